//! Phase 5. The network's refining idea: the eight-field idea canvas, the type of net and the
//! idea's maturity; "save as new version" keeps dated versions, and any two of them (or a
//! version and the working canvas) can be compared field by field, word by word.

use crate::i18n::{Lang, Tr};
use crate::model::{
    CanvasField, ChangeKind, Date, DiffOp, IdeaPhase, IdeaVersion, Maturity, NetType, compare_versions, word_diff,
};
use crate::ui::ViewCtx;
use crate::ui::kit::{self, RowOp, UiExt};
use egui::text::LayoutJob;
use egui::{Color32, RichText, Stroke, TextFormat, WidgetType};

crate::messages! {
    CANVAS_TITLE = "Ideakanvaasi", "Idea canvas";
    CANVAS_INTRO = "Kirjoita idea kahdeksaan lyhyeen kenttään. Tallenna versio esimerkiksi jokaisen työpajan jälkeen; versioita voi verrata alempana.", "Write the idea in eight short fields. Save a version, for example after each workshop; versions can be compared further down.";
    NEED = "Tarve", "Need";
    NEED_HINT = "Mihin tarpeeseen verkosto vastaa?", "What need does the network answer?";
    TARGET_GROUPS = "Kohderyhmät", "Target groups";
    TARGET_GROUPS_HINT = "Kenen tarpeeseen? Asiakkaat, käyttäjät, yhteisö.", "Whose need? Customers, users, community.";
    VALUE_PROPOSITION = "Arvolupaus", "Value proposition";
    VALUE_PROPOSITION_HINT = "Mitä arvoa verkosto luo, jota kukaan ei luo yksin?", "What value does the network create that nobody creates alone?";
    OFFERING = "Tarjooma", "Offering";
    OFFERING_HINT = "Mitä verkosto konkreettisesti tarjoaa?", "What does the network concretely offer?";
    MEMBER_CONTRIBUTIONS = "Jäsenten panos ja hyöty", "Members' contributions and gains";
    MEMBER_CONTRIBUTIONS_HINT = "Mitä kukin jäsen antaa ja saa?", "What does each member give and gain?";
    WHY_TOGETHER = "Miksi yhdessä", "Why together";
    WHY_TOGETHER_HINT = "Miksi tämä kannattaa tehdä verkostona?", "Why is this worth doing as a network?";
    REVENUE_LOGIC = "Rahoitus- tai ansaintalogiikka", "Funding or revenue logic";
    REVENUE_LOGIC_HINT = "Miten toiminta rahoitetaan tai mistä tulot tulevat?", "How is the work funded, or where does income come from?";
    OPEN_QUESTIONS = "Avoimet kysymykset", "Open questions";
    OPEN_QUESTIONS_HINT = "Mitä pitää vielä testata kumppaneiden tai asiakkaiden kanssa?", "What must still be tested with partners or customers?";

    NET_TYPE = "Verkoston tyyppi", "Type of net";
    NET_TYPE_NONE = "Ei valittu", "Not chosen";
    MATURITY = "Kypsyys", "Maturity";

    VERSIONS_TITLE = "Versiot", "Versions";
    VERSIONS_INTRO = "Tallenna kanvaasi versioksi esimerkiksi jokaisen työpajan jälkeen. Versioita voi verrata keskenään tai nykyiseen kanvaasiin.", "Save the canvas as a version, for example after each workshop. Versions can be compared with each other or with the working canvas.";
    VERSION = "versio", "version";
    VERSION_LABEL = "Uuden version nimi", "New version's label";
    VERSION_LABEL_HINT = "esim. ensimmäisen työpajan jälkeen", "e.g. after the first workshop";
    SAVE_VERSION = "💾 Tallenna uutena versiona", "💾 Save as new version";
    SAVED_VERSION_DEFAULT = "Versio {n}", "Version {n}";
    NO_VERSIONS = "Versioita ei ole vielä tallennettu.", "No versions saved yet.";
    DATE = "Päivämäärä", "Date";
    LABEL = "Nimi", "Label";
    RESTORE = "Kopioi kanvaasiin", "Copy to canvas";
    RESTORE_NAMED = "Kopioi versio {n} työkanvaasiin", "Copy version {n} to the working canvas";
    RESTORE_HINT = "Korvaa työkanvaasin tämän version sisällöllä (voit kumota).", "Replaces the working canvas with this version (you can undo).";
    NO_DATE = "ei päivää", "no date";

    COMPARE_TITLE = "Vertaa versioita", "Compare versions";
    COMPARE = "Vertaa", "Compare";
    COMPARE_WITH = "ja", "with";
    COMPARE_FIRST = "Vertailun ensimmäinen versio", "First version to compare";
    COMPARE_SECOND = "Vertailun toinen versio", "Second version to compare";
    CURRENT = "Nykyinen kanvaasi", "Working canvas";
    COMPARE_NEED_VERSION = "Tallenna versio, niin voit myöhemmin verrata sitä muutoksiin.", "Save a version to compare it with later changes.";
    CHANGED_COUNT = "{changed}/10 kohtaa muuttunut", "{changed} of 10 items changed";
    ONLY_CHANGES = "Näytä vain muuttuneet", "Show only changes";
    SAME_VERSION = "Valitse kaksi eri versiota.", "Choose two different versions.";
    KIND_UNCHANGED = "Ennallaan", "Unchanged";
    KIND_ADDED = "Lisätty", "Added";
    KIND_REMOVED = "Poistettu", "Removed";
    KIND_EDITED = "Muutettu", "Changed";
    EMPTY = "(tyhjä)", "(empty)";
}

/// The title and hint of each canvas field.
pub(crate) fn field_text(field: CanvasField) -> (Tr, Tr) {
    match field {
        CanvasField::Need => (NEED, NEED_HINT),
        CanvasField::TargetGroups => (TARGET_GROUPS, TARGET_GROUPS_HINT),
        CanvasField::ValueProposition => (VALUE_PROPOSITION, VALUE_PROPOSITION_HINT),
        CanvasField::Offering => (OFFERING, OFFERING_HINT),
        CanvasField::MemberContributions => (MEMBER_CONTRIBUTIONS, MEMBER_CONTRIBUTIONS_HINT),
        CanvasField::WhyTogether => (WHY_TOGETHER, WHY_TOGETHER_HINT),
        CanvasField::RevenueLogic => (REVENUE_LOGIC, REVENUE_LOGIC_HINT),
        CanvasField::OpenQuestions => (OPEN_QUESTIONS, OPEN_QUESTIONS_HINT),
    }
}

/// Which side of a comparison: a saved version or the working canvas.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pick {
    Version(usize),
    Current,
}

/// View state of the comparison (never part of the document).
#[derive(Clone, Copy, Debug, PartialEq)]
struct CompareState {
    first: Pick,
    second: Pick,
    only_changes: bool,
}

const ACCENT: Color32 = crate::ui::style::OWN_HUES[4];
const REMOVED_BG: Color32 = Color32::from_rgb(0xF9, 0xD3, 0xBE);
const ADDED_BG: Color32 = Color32::from_rgb(0xC8, 0xEC, 0xDF);
const CHANGED_BG: Color32 = Color32::from_rgb(0xF2, 0xA9, 0x00);

/// Draws the phase's own editors (between the guiding questions and the common fields).
pub fn show(ui: &mut egui::Ui, cx: &mut ViewCtx) {
    kit::edit(ui, cx, |ui, cx, data: &mut IdeaPhase| editor(ui, cx.lang, data));
}

/// The canvas, its versions and their comparison; returns whether a button changed the idea.
fn editor(ui: &mut egui::Ui, lang: Lang, data: &mut IdeaPhase) -> bool {
    let mut step = false;
    // Measured once: wide content below must not widen what comes after it.
    let full_w = ui.available_width();

    kit::section_heading(ui, CANVAS_TITLE.get(lang));
    ui.label(RichText::new(CANVAS_INTRO.get(lang)).color(ui.visuals().weak_text_color()));
    ui.add_space(4.0);
    step |= type_and_maturity(ui, lang, data);
    ui.add_space(6.0);
    canvas(ui, lang, data, full_w);
    ui.add_space(12.0);
    // One id for the comparison's view state, shared by "save" (which shows the new version)
    // and the comparison itself.
    let compare_id = ui.make_persistent_id("idea_compare");
    step |= versions(ui, lang, data, compare_id, full_w);
    ui.add_space(12.0);
    comparison(ui, lang, data, compare_id, full_w);
    step
}

fn type_and_maturity(ui: &mut egui::Ui, lang: Lang, data: &mut IdeaPhase) -> bool {
    let mut step = false;
    egui::Grid::new("idea_type_maturity")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            ui.label(RichText::new(NET_TYPE.get(lang)).strong());
            let mut options: Vec<(Option<NetType>, String)> = vec![(None, NET_TYPE_NONE.get(lang).to_owned())];
            options.extend(NetType::ALL.iter().map(|&t| (Some(t), t.label().get(lang).to_owned())));
            step |= kit::segmented(ui, NET_TYPE.get(lang), &mut data.net_type, &options);
            ui.end_row();
            ui.label(RichText::new(MATURITY.get(lang)).strong());
            let options: Vec<(Maturity, String)> = Maturity::ALL
                .iter()
                .enumerate()
                .map(|(n, &m)| (m, format!("{}. {}", n + 1, m.label().get(lang))))
                .collect();
            step |= kit::segmented(ui, MATURITY.get(lang), &mut data.maturity, &options);
            ui.end_row();
        });
    step
}

/// The eight fields as cards: two columns, or four on a wide screen.
fn canvas(ui: &mut egui::Ui, lang: Lang, data: &mut IdeaPhase, full_w: f32) {
    let columns = if full_w > 1100.0 { 4 } else { 2 };
    let gap = 10.0;
    let card_w = ((full_w - gap * (columns as f32 - 1.0)) / columns as f32).max(200.0);
    // Inner margins (10 + 10) and the stroke (1 + 1) are outside the content width.
    let inner = card_w - 22.0;
    let visuals = ui.visuals().clone();
    for chunk in CanvasField::ALL.chunks(columns) {
        ui.horizontal_top(|ui| {
            ui.spacing_mut().item_spacing.x = gap;
            for &field in chunk {
                let (title, hint) = field_text(field);
                egui::Frame::new()
                    .fill(visuals.faint_bg_color)
                    .stroke(Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color))
                    .corner_radius(6.0)
                    .inner_margin(kit::margin(10, 6, 8))
                    .show(ui, |ui| {
                        ui.vertical(|ui| {
                            ui.set_width(inner);
                            // A coloured bar on top ties the cards together as one canvas.
                            let (bar, _) = ui.allocate_exact_size(egui::vec2(inner, 3.0), egui::Sense::hover());
                            ui.painter().rect_filled(bar, 1.5, ACCENT);
                            let title_response = ui.label(RichText::new(title.get(lang)).strong().size(16.0));
                            ui.add(
                                egui::Label::new(
                                    RichText::new(hint.get(lang)).small().color(visuals.weak_text_color()),
                                )
                                .wrap(),
                            );
                            let text = data.canvas.field_mut(field);
                            if ui.is_read_only() {
                                ui.label(text.as_str());
                            } else {
                                ui.add(egui::TextEdit::multiline(text).desired_rows(4).desired_width(inner))
                                    .labelled_by(title_response.id);
                            }
                        });
                    });
            }
        });
        ui.add_space(gap);
    }
}

fn version_title(lang: Lang, index: usize, v: &IdeaVersion) -> String {
    let date = v.date.map_or_else(|| NO_DATE.get(lang).to_owned(), |d| d.to_string());
    if v.label.trim().is_empty() {
        format!("v{} · {date}", index + 1)
    } else {
        format!("v{} · {date} · {}", index + 1, v.label)
    }
}

/// Saving a new version, and the list of saved ones.
fn versions(ui: &mut egui::Ui, lang: Lang, data: &mut IdeaPhase, compare_id: egui::Id, full_w: f32) -> bool {
    let mut step = false;
    kit::section_heading(ui, VERSIONS_TITLE.get(lang));
    ui.label(RichText::new(VERSIONS_INTRO.get(lang)).color(ui.visuals().weak_text_color()));
    if !ui.is_read_only() {
        step |= save_version(ui, lang, data, compare_id);
    }
    step |= version_list(ui, lang, data, full_w);
    step
}

/// The label field and "save as new version".
fn save_version(ui: &mut egui::Ui, lang: Lang, data: &mut IdeaPhase, compare_id: egui::Id) -> bool {
    let mut step = false;
    let label_id = ui.make_persistent_id("new_version_label");
    let mut label: String = ui.data(|d| d.get_temp(label_id)).unwrap_or_default();
    ui.horizontal(|ui| {
        let caption = ui.label(VERSION_LABEL.get(lang));
        ui.add(
            egui::TextEdit::singleline(&mut label)
                .hint_text(VERSION_LABEL_HINT.get(lang))
                .desired_width(300.0),
        )
        .labelled_by(caption.id);
        if ui.button(RichText::new(SAVE_VERSION.get(lang)).strong()).clicked() {
            let text = if label.trim().is_empty() {
                SAVED_VERSION_DEFAULT.fmt(lang, &[("n", &(data.versions.len() + 1))])
            } else {
                label.clone()
            };
            data.save_version(Some(Date::today()), &text);
            label.clear();
            step = true;
            // Show the new version against the working canvas straight away.
            let mut state = compare_state(ui, compare_id, data.versions.len());
            state.first = Pick::Version(data.versions.len() - 1);
            state.second = Pick::Current;
            ui.data_mut(|d| d.insert_temp(compare_id, state));
        }
    });
    ui.data_mut(|d| d.insert_temp(label_id, label));
    step
}

/// The saved versions with their label, maturity and type, a restore button and row controls.
fn version_list(ui: &mut egui::Ui, lang: Lang, data: &mut IdeaPhase, full_w: f32) -> bool {
    let mut step = false;
    if data.versions.is_empty() {
        ui.label(
            RichText::new(NO_VERSIONS.get(lang))
                .italics()
                .color(ui.visuals().weak_text_color()),
        );
        return step;
    }
    ui.add_space(4.0);
    let len = data.versions.len();
    let mut op: Option<RowOp> = None;
    let mut restore = None;
    let spacing = ui.spacing().item_spacing.x;
    let (number_w, date_w, maturity_w, type_w, buttons_w) = (32.0, 96.0, 110.0, 200.0, 230.0);
    let label_w = (full_w - number_w - date_w - maturity_w - type_w - buttons_w - 5.0 * spacing - 20.0).max(180.0);
    ui.horizontal(|ui| {
        ui.add_space(8.0);
        kit::header(
            ui,
            &[
                ("#", number_w),
                (DATE.get(lang), date_w),
                (LABEL.get(lang), label_w),
                (MATURITY.get(lang), maturity_w),
                (NET_TYPE.get(lang), type_w),
            ],
        );
    });
    for (i, v) in data.versions.iter_mut().enumerate() {
        ui.push_id(("version", i), |ui| {
            kit::row_frame(ui, i).show(ui, |ui| {
                ui.horizontal_top(|ui| {
                    kit::cell(ui, number_w, |ui| {
                        ui.add_space(4.0);
                        ui.label(RichText::new(format!("v{}", i + 1)).strong());
                    });
                    kit::cell(ui, date_w, |ui| {
                        ui.add_space(4.0);
                        ui.label(v.date.map_or_else(|| NO_DATE.get(lang).to_owned(), |d| d.to_string()));
                    });
                    kit::cell(ui, label_w, |ui| {
                        kit::text_cell(ui, &kit::cell_name(lang, LABEL, VERSION, i), &mut v.label, label_w);
                    });
                    kit::cell(ui, maturity_w, |ui| {
                        ui.add_space(4.0);
                        ui.label(v.maturity.label().get(lang));
                    });
                    kit::cell(ui, type_w, |ui| {
                        ui.add_space(4.0);
                        ui.add(
                            egui::Label::new(v.net_type.map_or(NET_TYPE_NONE.get(lang), |t| t.label().get(lang)))
                                .wrap(),
                        );
                    });
                    kit::cell(ui, buttons_w, |ui| {
                        ui.horizontal(|ui| {
                            if !ui.is_read_only() {
                                let named = RESTORE_NAMED.fmt(lang, &[("n", &(i + 1))]);
                                let response = ui.button(RESTORE.get(lang)).on_hover_text(RESTORE_HINT.get(lang));
                                kit::name(&response, WidgetType::Button, &named);
                                if response.clicked() {
                                    restore = Some(i);
                                }
                            }
                            if let Some(o) = kit::row_controls(ui, lang, &kit::row_name(lang, VERSION, i), i, len) {
                                op = Some(o);
                            }
                        });
                    });
                });
            });
        });
        ui.add_space(2.0);
    }
    if let Some(i) = restore {
        data.restore_version(i);
        step = true;
    }
    if let Some(op) = op {
        op.apply(&mut data.versions);
        step = true;
    }
    step
}

/// The comparison's state for `count` versions, with defaults: the newest version against the
/// working canvas.
fn compare_state(ui: &egui::Ui, id: egui::Id, count: usize) -> CompareState {
    let default = CompareState {
        first: count.checked_sub(1).map_or(Pick::Current, Pick::Version),
        second: Pick::Current,
        only_changes: false,
    };
    let mut state: CompareState = ui.data(|d| d.get_temp(id)).unwrap_or(default);
    // Versions may have been deleted since: fall back to what still exists.
    for pick in [&mut state.first, &mut state.second] {
        if let Pick::Version(i) = *pick
            && i >= count
        {
            *pick = default.first;
        }
    }
    state
}

fn pick_text(lang: Lang, data: &IdeaPhase, pick: Pick) -> String {
    match pick {
        Pick::Current => CURRENT.get(lang).to_owned(),
        Pick::Version(i) => data
            .versions
            .get(i)
            .map_or_else(String::new, |v| version_title(lang, i, v)),
    }
}

fn picked(data: &IdeaPhase, pick: Pick) -> IdeaVersion {
    match pick {
        Pick::Version(i) => data.versions.get(i).cloned().unwrap_or_default(),
        Pick::Current => data.snapshot(None, ""),
    }
}

/// Two versions side by side, changed fields highlighted and their words marked.
fn comparison(ui: &mut egui::Ui, lang: Lang, data: &IdeaPhase, id: egui::Id, full_w: f32) {
    kit::section_heading(ui, COMPARE_TITLE.get(lang));
    if data.versions.is_empty() {
        ui.label(
            RichText::new(COMPARE_NEED_VERSION.get(lang))
                .italics()
                .color(ui.visuals().weak_text_color()),
        );
        return;
    }
    let mut state = compare_state(ui, id, data.versions.len());
    let mut options: Vec<Pick> = (0..data.versions.len()).map(Pick::Version).collect();
    options.push(Pick::Current);
    ui.horizontal(|ui| {
        let captions = [
            (COMPARE.get(lang), COMPARE_FIRST.get(lang)),
            (COMPARE_WITH.get(lang), COMPARE_SECOND.get(lang)),
        ];
        let values = [&mut state.first, &mut state.second];
        kit::choice_pair(ui, captions, values, &options, kit::Look::width(260.0), |p| {
            pick_text(lang, data, p)
        });
        ui.checkbox(&mut state.only_changes, ONLY_CHANGES.get(lang));
    });
    ui.data_mut(|d| d.insert_temp(id, state));
    if state.first == state.second {
        ui.label(RichText::new(SAME_VERSION.get(lang)).italics());
        return;
    }
    let before = picked(data, state.first);
    let after = picked(data, state.second);
    let result = compare_versions(&before, &after);
    ui.label(RichText::new(CHANGED_COUNT.fmt(lang, &[("changed", &result.changed_count())])).strong());
    ui.add_space(4.0);

    let title_w = 190.0;
    let text_w = ((full_w - title_w - 2.0 * ui.spacing().item_spacing.x - 20.0) / 2.0).max(200.0);
    let first_title = pick_text(lang, data, state.first);
    let second_title = pick_text(lang, data, state.second);
    ui.horizontal(|ui| {
        ui.add_space(8.0);
        kit::header(ui, &[("", title_w), (&first_title, text_w), (&second_title, text_w)]);
    });

    let mut rows: Vec<(String, ChangeKind, String, String, bool)> = result
        .fields
        .iter()
        .map(|f| {
            (
                field_text(f.field).0.get(lang).to_owned(),
                f.kind,
                f.before.clone(),
                f.after.clone(),
                true,
            )
        })
        .collect();
    let label_of = |t: Option<NetType>| t.map_or(NET_TYPE_NONE.get(lang), |t| t.label().get(lang)).to_owned();
    let (a, b) = result.net_type;
    rows.push((
        NET_TYPE.get(lang).to_owned(),
        ChangeKind::of(&label_of(a), &label_of(b)),
        label_of(a),
        label_of(b),
        false,
    ));
    let (a, b) = result.maturity;
    let (a, b) = (a.label().get(lang).to_owned(), b.label().get(lang).to_owned());
    rows.push((MATURITY.get(lang).to_owned(), ChangeKind::of(&a, &b), a, b, false));

    for (k, (title, kind, before, after, words)) in rows.into_iter().enumerate() {
        if state.only_changes && !kind.is_change() {
            continue;
        }
        let frame = kit::row_frame(ui, k);
        let frame = if kind.is_change() {
            frame.stroke(Stroke::new(2.0, CHANGED_BG))
        } else {
            frame
        };
        frame.show(ui, |ui| {
            ui.horizontal_top(|ui| {
                kit::cell(ui, title_w, |ui| {
                    let text = RichText::new(&title).strong();
                    ui.label(if kind.is_change() {
                        text
                    } else {
                        text.color(ui.visuals().weak_text_color())
                    });
                    let kind_text = match kind {
                        ChangeKind::Unchanged => KIND_UNCHANGED,
                        ChangeKind::Added => KIND_ADDED,
                        ChangeKind::Removed => KIND_REMOVED,
                        ChangeKind::Edited => KIND_EDITED,
                    };
                    if kind.is_change() {
                        kit::badge(ui, kind_text.get(lang), Color32::from_rgb(0x8A, 0x5A, 0x00));
                    } else {
                        ui.label(
                            RichText::new(kind_text.get(lang))
                                .small()
                                .color(ui.visuals().weak_text_color()),
                        );
                    }
                });
                let dim = !kind.is_change();
                let (left, right) = if kind.is_change() {
                    // Texts are compared word by word; a changed choice (type, maturity) as a whole.
                    let diff = if words {
                        word_diff(&before, &after)
                    } else {
                        vec![(DiffOp::Removed, before.clone()), (DiffOp::Added, after.clone())]
                    };
                    (
                        diff_job(ui, lang, &diff, DiffOp::Removed, text_w),
                        diff_job(ui, lang, &diff, DiffOp::Added, text_w),
                    )
                } else {
                    (
                        plain_job(ui, lang, &before, dim, text_w),
                        plain_job(ui, lang, &after, dim, text_w),
                    )
                };
                kit::cell(ui, text_w, |ui| {
                    ui.add(egui::Label::new(left).wrap());
                });
                kit::cell(ui, text_w, |ui| {
                    ui.add(egui::Label::new(right).wrap());
                });
            });
        });
        ui.add_space(2.0);
    }
}

fn text_format(ui: &egui::Ui, colour: Color32) -> TextFormat {
    TextFormat {
        font_id: egui::TextStyle::Body.resolve(ui.style()),
        color: colour,
        ..Default::default()
    }
}

fn plain_job(ui: &egui::Ui, lang: Lang, text: &str, dim: bool, width: f32) -> LayoutJob {
    let mut job = LayoutJob::default();
    job.wrap.max_width = width;
    let colour = if dim {
        ui.visuals().weak_text_color()
    } else {
        ui.visuals().text_color()
    };
    if text.trim().is_empty() {
        job.append(
            EMPTY.get(lang),
            0.0,
            TextFormat {
                italics: true,
                ..text_format(ui, ui.visuals().weak_text_color())
            },
        );
    } else {
        job.append(text, 0.0, text_format(ui, colour));
    }
    job
}

/// One side of a word diff: the shared words plain, and `side`'s own words marked — removed
/// words struck through on a warm background, added words underlined on a cool one, so the
/// marking never rests on colour alone.
fn diff_job(ui: &egui::Ui, lang: Lang, diff: &[(DiffOp, String)], side: DiffOp, width: f32) -> LayoutJob {
    let mut job = LayoutJob::default();
    job.wrap.max_width = width;
    let plain = text_format(ui, ui.visuals().text_color());
    let dark = Color32::from_rgb(0x1A, 0x1A, 0x1A);
    let mut any = false;
    for (op, text) in diff {
        let format = match *op {
            DiffOp::Same => plain.clone(),
            op if op == side && side == DiffOp::Removed => TextFormat {
                background: REMOVED_BG,
                strikethrough: Stroke::new(1.0, dark),
                ..text_format(ui, dark)
            },
            op if op == side => TextFormat {
                background: ADDED_BG,
                underline: Stroke::new(1.5, dark),
                ..text_format(ui, dark)
            },
            _ => continue,
        };
        any |= !text.trim().is_empty();
        job.append(text, 0.0, format);
    }
    if !any {
        return plain_job(ui, lang, "", true, width);
    }
    job
}
