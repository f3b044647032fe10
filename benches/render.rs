//! Rendered exports of a 5,000-actor map: SVG (target < 0.2 s), PNG 1920 px (< 0.5 s), the map
//! as PDF, and the whole report as PDF (< 2 s).
//!
//! `cargo bench --bench render -- --warm-up-time 1 --measurement-time 3`

mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use verkosto::export::{ExportOptions, Rendered, render};

fn exports(c: &mut Criterion) {
    let mut project = common::synthetic(5000, 10_000);
    // The report carries the example's phase content around the big map.
    let example = verkosto::example::project();
    project.roles = example.roles.clone();
    project.strategy = example.strategy.clone();
    project.evaluation = example.evaluation.clone();
    let options = ExportOptions {
        width: 1920.0,
        ..ExportOptions::default()
    };
    let mut group = c.benchmark_group("export_5000");
    group.sample_size(10);
    for (name, what) in [
        ("map_svg", Rendered::MapSvg),
        ("map_png_1920", Rendered::MapPng),
        ("map_pdf", Rendered::MapPdf),
        ("report_pdf", Rendered::ReportPdf),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| black_box(render(black_box(&project), what, &options).map(|v| v.len())));
        });
    }
    group.finish();
}

criterion_group!(benches, exports);
criterion_main!(benches);
