//! Rendered exports: golden files for the example project's SVG map, HTML and Markdown
//! report; PNG and PDF checked by structure; hostile text escaped everywhere; the command line.

mod common;

use std::path::PathBuf;
use verkosto::export::report::{build, pdf::report_pages};
use verkosto::export::{CardSize, ExportOptions, MapOptions, Rendered, card, map, render};
use verkosto::i18n::Lang;
use verkosto::model::{Actor, ActorId, Date, Project, Relation, RelationId};

fn golden(name: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} is missing; run with UPDATE_GOLDEN=1 to write it", path.display()));
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .map_or(0, |i| i + 1);
        panic!(
            "{name} differs from the golden file from line {line}; run with UPDATE_GOLDEN=1 if the change is intended"
        );
    }
}

fn options(lang: Lang) -> ExportOptions {
    ExportOptions {
        lang,
        date: Date::ymd(2026, 12, 2),
        ..ExportOptions::default()
    }
}

#[test]
fn example_map_svg_matches_its_golden_file() {
    let project = verkosto::example::project();
    let svg = String::from_utf8(render(&project, Rendered::MapSvg, &options(Lang::En)).unwrap()).unwrap();
    assert!(svg.contains(project.own_actor().unwrap().name.as_str()));
    golden("example_map.svg", &svg);
}

#[test]
fn example_report_html_matches_its_golden_file() {
    let project = verkosto::example::project();
    let html = String::from_utf8(render(&project, Rendered::ReportHtml, &options(Lang::Fi)).unwrap()).unwrap();
    // Self-contained: no external requests, no scripts.
    assert!(!html.contains("src=\"http"), "external source");
    assert!(!html.contains("href=\"http"), "external link");
    assert!(!html.contains("<script"), "script");
    assert!(html.contains("@media print"));
    golden("example_report.html", &html);
}

#[test]
fn example_report_markdown_matches_its_golden_file() {
    let project = verkosto::example::project();
    let md = String::from_utf8(render(&project, Rendered::ReportMarkdown, &options(Lang::En)).unwrap()).unwrap();
    for phase in verkosto::model::PhaseId::ALL {
        assert!(
            md.contains(&format!("## {}. ", phase.number())),
            "phase {} missing",
            phase.number()
        );
    }
    golden("example_report.md", &md);
}

#[test]
fn the_same_project_gives_the_same_bytes() {
    let project = verkosto::example::project();
    for what in [Rendered::MapSvg, Rendered::ReportHtml, Rendered::CardSvg] {
        let a = render(&project, what, &options(Lang::Fi)).unwrap();
        let b = render(&project, what, &options(Lang::Fi)).unwrap();
        assert_eq!(a, b, "{what:?}");
    }
}

/// Width, height and the share of non-white pixels of a PNG.
fn png_facts(bytes: &[u8]) -> (u32, u32, f64) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    let pixmap = resvg::tiny_skia::Pixmap::decode_png(bytes).unwrap();
    let inked = pixmap
        .pixels()
        .iter()
        .filter(|p| p.red() < 240 || p.green() < 240 || p.blue() < 240)
        .count();
    (
        pixmap.width(),
        pixmap.height(),
        inked as f64 / pixmap.pixels().len() as f64,
    )
}

#[test]
fn map_png_has_the_asked_size_and_is_not_blank() {
    let project = verkosto::example::project();
    let opts = ExportOptions {
        width: 800.0,
        scale: 2.0,
        ..options(Lang::En)
    };
    let (w, h, inked) = png_facts(&render(&project, Rendered::MapPng, &opts).unwrap());
    assert_eq!((w, h), (1600, 1000));
    assert!(inked > 0.03, "only {inked} of the pixels drawn");
}

#[test]
fn card_png_is_a4_or_a_slide_and_not_blank() {
    let project = verkosto::example::project();
    let a4 = png_facts(&render(&project, Rendered::CardPng, &options(Lang::Fi)).unwrap());
    assert_eq!((a4.0, a4.1), (595, 842));
    assert!(a4.2 > 0.05);
    let slide = ExportOptions {
        card: CardSize::Slide,
        ..options(Lang::En)
    };
    let s = png_facts(&render(&project, Rendered::CardPng, &slide).unwrap());
    assert_eq!((s.0, s.1), (1280, 720));
}

fn page_count(pdf: &[u8]) -> usize {
    // Writers differ in the space after the key (`/Type /Page` or `/Type/Page`).
    let text = String::from_utf8_lossy(pdf).replace("/Type /", "/Type/");
    text.matches("/Type/Page").count() - text.matches("/Type/Pages").count()
}

/// The text of a PDF through poppler's pdftotext, or `None` when it is not installed.
fn pdftotext(pdf: &[u8]) -> Option<String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .ok()?;
    assert!(
        out.status.success(),
        "pdftotext failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn report_pdf_has_cover_contents_and_every_phase_with_extractable_text() {
    let project = verkosto::example::project();
    let report = build(&project, &options(Lang::Fi).report());
    let pages = report_pages(&report);
    assert!(pages.len() >= 11, "{} pages", pages.len());
    let pdf = render(&project, Rendered::ReportPdf, &options(Lang::Fi)).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    assert_eq!(page_count(&pdf), pages.len());
    let Some(text) = pdftotext(&pdf) else {
        println!("skipped the text check: pdftotext (poppler-utils) is not installed");
        return;
    };
    for phase in verkosto::model::PhaseId::ALL {
        assert!(text.contains(phase.name().get(Lang::Fi).split(' ').next().unwrap()));
    }
    for actor in project.actors.iter().take(5) {
        assert!(
            text.contains(actor.name.split(' ').next().unwrap()),
            "{} not in the PDF",
            actor.name
        );
    }
    assert!(text.contains(&format!("Sivu 1 / {}", pages.len())));
}

#[test]
fn map_and_card_pdfs_are_one_page() {
    let project = verkosto::example::project();
    for what in [Rendered::MapPdf, Rendered::CardPdf] {
        let pdf = render(&project, what, &options(Lang::En)).unwrap();
        assert_eq!(page_count(&pdf), 1, "{what:?}");
        if let Some(text) = pdftotext(&pdf) {
            assert!(
                text.contains(project.own_actor().unwrap().name.split(' ').next().unwrap())
                    || what == Rendered::CardPdf
            );
        }
    }
}

fn hostile_project() -> Project {
    let mut project = Project::new();
    let names = [
        "<script>alert('x')</script>".to_owned(),
        "\"Quotes\" & 'apostrophes' </text></svg>".to_owned(),
        "שלום עולם مرحبا".to_owned(),
        "Emoji 🎉🤝 verkosto".to_owned(),
        "A".repeat(10_000),
        "| pipe | *star* _under_ [link](http://x) # hash".to_owned(),
    ];
    for (i, name) in names.into_iter().enumerate() {
        project.actors.push(Actor {
            id: ActorId(i as u32 + 1),
            name,
            own: i == 0,
            kind: "company".into(),
            description: "<b>bold?</b>".into(),
            ..Actor::default()
        });
    }
    project.relations.push(Relation {
        id: RelationId(1),
        from: ActorId(1),
        to: ActorId(2),
        directed: true,
        ..Relation::default()
    });
    project.meta.name = "<h1>Project</h1> & \"co\"".into();
    project.card.name = "<script>card</script>".into();
    project.card.members = vec![ActorId(1), ActorId(5)];
    project.mapping.sheet.answers = vec!["</dd><script>evil()</script>".into()];
    project
}

#[test]
fn hostile_text_stays_text_in_every_format() {
    let project = hostile_project();
    let opts = options(Lang::En);
    let svg = String::from_utf8(render(&project, Rendered::MapSvg, &opts).unwrap()).unwrap();
    assert!(!svg.contains("<script>") && svg.contains("&lt;script&gt;"));
    assert!(!svg.contains("</text></svg>\""));
    let card = card::card_svg(&project, CardSize::A4, Lang::En, None);
    assert!(!card.contains("<script>"));
    let html = String::from_utf8(render(&project, Rendered::ReportHtml, &opts).unwrap()).unwrap();
    assert!(!html.contains("<script"), "a script tag got through");
    assert!(!html.contains("<h1>Project"));
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert!(html.contains("שלום עולם مرحبا") && html.contains("🎉🤝"));
    let md = String::from_utf8(render(&project, Rendered::ReportMarkdown, &opts).unwrap()).unwrap();
    assert!(!md.contains("<script"));
    assert!(md.contains("&lt;script&gt;"));
    assert!(md.contains("\\| pipe \\|"), "pipes would break the table");
    // Every SVG and PNG still parses and renders; the PDF is made.
    for what in [
        Rendered::MapPng,
        Rendered::CardPng,
        Rendered::ReportPdf,
        Rendered::MapPdf,
    ] {
        let bytes = render(&project, what, &opts).unwrap();
        assert!(bytes.len() > 100, "{what:?}");
    }
    let pdf = render(&project, Rendered::ReportPdf, &opts).unwrap();
    if let Some(text) = pdftotext(&pdf) {
        assert!(
            text.contains("<script>alert('x')</script>"),
            "the name is shown as written"
        );
    }
}

/// The left edge of an exported map's legend: its box is the first rounded rectangle.
fn legend_left(svg: &str) -> f32 {
    svg.split("<rect ")
        .find(|r| r.contains("rx=\"6\""))
        .and_then(|r| r.split("x=\"").nth(1))
        .and_then(|r| r.split('"').next())
        .and_then(|x| x.parse().ok())
        .expect("a legend")
}

#[test]
fn the_legend_is_beside_the_map_never_over_an_actor() {
    let project = verkosto::example::project();
    let svg = map::map_svg(
        &project,
        &MapOptions {
            width: 1000.0,
            height: 700.0,
            ..MapOptions::default()
        },
    );
    // Every symbol centre lies left of the legend.
    let legend_x = legend_left(&svg);
    for circle in svg.split("<circle cx=\"").skip(1) {
        let cx: f32 = circle.split('"').next().unwrap().parse().unwrap();
        let r: f32 = circle
            .split("r=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        if cx < legend_x {
            assert!(
                cx + r <= legend_x + 0.5 || r > 100.0,
                "a symbol at {cx} reaches under the legend at {legend_x}"
            );
        }
    }
}

#[test]
fn actor_names_stay_on_the_page_and_clear_of_the_legend() {
    let project = verkosto::example::project();
    for width in [500.0, 700.0, 1000.0] {
        let svg = map::map_svg(
            &project,
            &MapOptions {
                width,
                height: 500.0,
                ..MapOptions::default()
            },
        );
        let legend_x = legend_left(&svg);
        // The actor names are the 13 px texts centred under their symbols.
        let mut names = 0;
        for text in svg.split("<text x=\"").skip(1) {
            if !text.contains("font-size=\"13\"") || !text.contains("text-anchor=\"middle\"") {
                continue;
            }
            let x: f32 = text.split('"').next().and_then(|x| x.parse().ok()).expect("x");
            let name = text.split('>').nth(1).and_then(|t| t.split('<').next()).expect("text");
            let name = name.replace("&amp;", "&");
            let bold = text.contains("font-weight");
            let half = verkosto::export::fonts::measure(&name, 13.0, bold) / 2.0;
            assert!(x - half >= -0.5, "{name} runs off the left edge at width {width}");
            assert!(
                x + half <= legend_x + 0.5,
                "{name} runs under the legend at width {width}"
            );
            names += 1;
        }
        assert!(names > 5, "names were drawn at width {width}");
    }
}

#[test]
fn export_on_the_command_line_writes_the_file_or_says_why_not() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("ex.ron");
    std::fs::write(&input, verkosto::example::EXAMPLE_RON).unwrap();
    let out = dir.path().join("map.svg");
    let args: Vec<std::ffi::OsString> = [
        "export",
        input.to_str().unwrap(),
        "--format",
        "svg",
        "-o",
        out.to_str().unwrap(),
        "--date",
        "2026-12-02",
    ]
    .iter()
    .map(std::ffi::OsString::from)
    .collect();
    let verkosto::cli::Invocation::Headless(sub) = verkosto::cli::parse_args(&args, Lang::En).unwrap() else {
        panic!("not headless");
    };
    let outcome = verkosto::cli::run(&sub, Lang::En);
    assert_eq!(outcome.code, 0, "{}", outcome.stderr);
    assert!(std::fs::read_to_string(&out).unwrap().starts_with("<svg"));

    let bad: Vec<std::ffi::OsString> = ["export", input.to_str().unwrap(), "--format", "gif", "-o", "x"]
        .iter()
        .map(std::ffi::OsString::from)
        .collect();
    let err = verkosto::cli::parse_args(&bad, Lang::Fi).unwrap_err();
    assert!(err.0.contains("Tuntematon vientimuoto gif"), "{}", err.0);
    let no_out: Vec<std::ffi::OsString> = ["export", input.to_str().unwrap(), "--format", "pdf"]
        .iter()
        .map(std::ffi::OsString::from)
        .collect();
    assert!(
        verkosto::cli::parse_args(&no_out, Lang::En)
            .unwrap_err()
            .0
            .contains("-o")
    );
}

#[test]
fn a_joint_map_is_exported_coloured_by_agreement_unless_asked_for_kinds() {
    use verkosto::combine::SeenBy;
    let project = common::joint_project();
    let hex = |seen| verkosto::export::svg::hex(map::seen_rgb(seen));
    let svg = map::map_svg(&project, &MapOptions::default());
    for seen in [SeenBy::All, SeenBy::Several, SeenBy::One] {
        assert!(svg.contains(&hex(seen)), "{seen:?} coloured");
    }
    for text in [
        "Named by every member",
        "Named by several members",
        "Named by one member",
    ] {
        assert!(svg.contains(text), "legend: {text}");
    }
    assert!(svg.contains("#c8c8c8"), "the kinds are told by shape alone");
    let mut by_kind = MapOptions::default();
    by_kind.view.colour_by_kind = true;
    let svg = map::map_svg(&project, &by_kind);
    assert!(!svg.contains("Named by every member"));
    // The kinds keep their colours in the legend (not the neutral grey of the agreement map).
    assert!(!svg.contains("#c8c8c8"));
    // An ordinary project's map is as it was.
    let example = map::map_svg(&verkosto::example::project(), &MapOptions::default());
    assert!(!example.contains("Named by every member"));
}
