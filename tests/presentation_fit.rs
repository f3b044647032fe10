//! Every slide of the example project, in both languages, at 1280 × 720 and 1920 × 1080: no
//! text block leaves the slide's area, and body text and titles are at least the promised
//! sizes (scaled from 24 and 40 px at 1920 × 1080); the boxes of the graphical slides (heat
//! map cells, chart bars) stay inside too. Measured on egui's galleys, not pixels.

use egui_kittest::Harness;
use verkosto::i18n::Lang;
use verkosto::model::{Deck, Project};
use verkosto::ui::present::{lay_out, layout};

fn example() -> Project {
    verkosto::io::parse(verkosto::example::EXAMPLE_RON).expect("the example project loads")
}

fn smallest_font(galley: &egui::Galley) -> f32 {
    galley
        .job
        .sections
        .iter()
        .map(|s| s.format.font_id.size)
        .fold(f32::INFINITY, f32::min)
}

fn check(size: egui::Vec2, lang: Lang) -> (Vec<String>, usize) {
    let mut harness = Harness::builder().with_size(size).build_ui_state(
        move |ui, (problems, pages, frames): &mut (Vec<String>, usize, u32)| {
            *frames += 1;
            if *frames == 1 {
                // The bold face becomes usable in the pass after it is installed.
                verkosto::ui::style::install_fonts(ui.ctx());
                return;
            }
            problems.clear();
            *pages = 0;
            let project = example();
            let rect = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
            let s = layout::scale(size);
            for slide in Deck::new(&project).slides {
                let laid = lay_out(ui.painter(), &project, slide.key, lang, rect, false);
                let name = format!("{:?} {lang:?} {}×{}", slide.key, size.x, size.y);
                let t = &laid.title_galley;
                if t.size().x > laid.frame.title.width() + 0.5 || laid.frame.body.min.y >= rect.max.y {
                    problems.push(format!("{name}: the title does not fit"));
                }
                if smallest_font(t) < layout::PROMISED_TITLE_1080 * s - 0.01 {
                    problems.push(format!("{name}: the title is too small"));
                }
                *pages += laid.pages.len();
                assert_eq!(laid.marks.len(), laid.pages.len(), "one list of boxes per page");
                for m in laid.marks.iter().flatten() {
                    let r = m.rect.translate(laid.frame.body.min.to_vec2());
                    if !laid.frame.body.expand(0.5).contains_rect(r) {
                        problems.push(format!("{name}: a box {:?} leaves the slide", m.label));
                    }
                }
                for page in &laid.pages {
                    for placed in page {
                        let r = egui::Rect::from_min_size(laid.frame.body.min + placed.offset, placed.galley.size());
                        if !laid.frame.body.expand(0.5).contains_rect(r) {
                            problems.push(format!("{name}: {:?} leaves the slide", placed.galley.text()));
                        }
                        if !rect.contains_rect(r) {
                            problems.push(format!("{name}: text outside the window"));
                        }
                        if smallest_font(&placed.galley) < layout::PROMISED_BODY_1080 * s - 0.01 {
                            problems.push(format!("{name}: text smaller than promised"));
                        }
                    }
                }
            }
        },
        (Vec::new(), 0, 0),
    );
    harness.run_steps(3);
    let (problems, pages, _) = harness.state().clone();
    (problems, pages)
}

#[test]
fn every_slide_of_the_example_fits_in_both_languages_at_both_sizes() {
    for size in [egui::vec2(1280.0, 720.0), egui::vec2(1920.0, 1080.0)] {
        for lang in [Lang::Fi, Lang::En] {
            let (problems, pages) = check(size, lang);
            assert!(problems.is_empty(), "{problems:#?}");
            assert!(pages >= 8, "the text slides were laid out ({pages} pages)");
        }
    }
}
