//! Data export of a 5,000-actor, 20,000-relation project: `cargo bench --bench export`.
//! (Rendered exports — SVG, PNG, PDF — have their own bench.)

mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use verkosto::export::data::{csv, gexf, graphml, xlsx};
use verkosto::i18n::Lang;

fn export(c: &mut Criterion) {
    let project = common::synthetic(5_000, 20_000);
    let mut group = c.benchmark_group("export 5000 actors");
    group.sample_size(10);
    group.bench_function("graphml", |b| b.iter(|| black_box(graphml::to_graphml(&project))));
    group.bench_function("gexf", |b| b.iter(|| black_box(gexf::to_gexf(&project, Lang::En))));
    group.bench_function("xlsx", |b| b.iter(|| black_box(xlsx::to_xlsx(&project, Lang::En))));
    group.bench_function("csv", |b| b.iter(|| black_box(csv::to_csv(&project, Lang::En))));
    group.finish();
}

criterion_group!(benches, export);
criterion_main!(benches);
