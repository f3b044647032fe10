//! Phase 3. Extended competence map: a heat map of competences (rows) × holders (columns:
//! the own organisation, chosen actors, a potential new partner), each cell a level 0–4 and an
//! availability; per row the required level, criticality and the computed gap; below it, the
//! gaps with how each is to be closed.

use crate::i18n::Lang;
use crate::model::{ActorId, Availability, COMPETENCE_LEVELS, Competence, CompetencePhase, Holder, Project, Remedy};
use crate::ui::ViewCtx;
use crate::ui::kit::{self, RowOp};
use egui::{Color32, RichText, Sense, Stroke, WidgetInfo, WidgetType};

crate::messages! {
    TITLE = "Osaamiskartta", "Competence map";
    INTRO = "Napsauta solua asettaaksesi tason (0–4) ja saatavuuden. Aukko = vaadittu taso − paras käytettävissä oleva taso.", "Click a cell to set its level (0–4) and availability. Gap = required level − best available level.";
    COMPETENCE = "osaaminen", "competence";
    NUMBER = "#", "#";
    NAME = "Osaaminen", "Competence";
    REQUIRED = "Vaadittu taso", "Required level";
    REQUIRED_SHORT = "Vaadittu", "Required";
    CRITICALITY = "Kriittisyys", "Criticality";
    GAP = "Aukko", "Gap";
    GAP_BADGE = "Aukko {gap}", "Gap {gap}";
    COVERED = "✔ Katettu", "✔ Covered";
    NOT_REQUIRED = "Ei vaatimusta", "Not required";
    POTENTIAL = "Potentiaalinen kumppani", "Potential partner";
    CATEGORY = "Luokka", "Category";
    DESCRIPTION = "Kuvaus", "Description";
    DETAILS = "Näytä tai piilota osaamisen {n} luokka ja kuvaus", "Show or hide the category and description of competence {n}";
    CELL = "Taso: {holder}, osaaminen {n}", "Level of {holder}, competence {n}";
    CELL_VALUE = "{level} {label}, {availability}", "{level} {label}, {availability}";
    CELL_HOVER = "{competence} – {holder}: {level} {label} ({availability}). Napsauta muuttaaksesi.", "{competence} – {holder}: {level} {label} ({availability}). Click to change.";
    LEVEL = "Taso", "Level";
    AVAILABILITY = "Saatavuus", "Availability";
    ADD_ROW = "+ Lisää osaaminen", "+ Add competence";
    ADD_COLUMN = "+ Lisää sarake", "+ Add column";
    NO_MORE_ACTORS = "Kaikki kartan toimijat ovat jo sarakkeina.", "Every actor of the map already has a column.";
    REMOVE_COLUMN = "Poista sarake {name}", "Remove column {name}";
    NO_OWN = "Merkitse oma organisaatiosi kartalla, niin se saa oman sarakkeen ensimmäiseksi.", "Mark your own organisation on the map to give it the first column.";
    LEGEND = "Selite", "Legend";
    LEGEND_NEGOTIABLE = "~ sovittavissa", "~ negotiable";
    LEGEND_NOT_AVAILABLE = "× ei käytettävissä (viivoitettu, ei kata aukkoa)", "× not available (hatched, does not close a gap)";
    GAPS = "Aukot ja niiden korjaaminen", "Gaps and how to close them";
    NO_GAPS = "Ei aukkoja: jokaisen osaamisen vaadittu taso on katettu.", "No gaps: every competence's required level is covered.";
    GAPS_SUMMARY = "{count} aukkoa, kriittisimmät ensin.", "{count} gaps, the most critical first.";
    GAP_FACTS = "vaadittu {required} · paras käytettävissä {best} · kriittisyys {criticality}", "required {required} · best available {best} · criticality {criticality}";
    REMEDY = "Korjauskeino", "Remedy";
    REMEDY_NONE = "Ei päätetty", "Not decided";
    CANDIDATES = "Ehdokaskumppanit", "Candidate partners";
    OWNER = "Vastuuhenkilö", "Owner";
    UNNAMED = "(nimetön osaaminen)", "(unnamed competence)";
}

const MIN_NAME_W: f32 = 180.0;
const SMALL_W: f32 = 62.0;
const MAX_CELL_W: f32 = 72.0;
const MIN_CELL_W: f32 = 44.0;
const CELL_H: f32 = 28.0;
const GAP_W: f32 = 84.0;
const CONTROLS_W: f32 = 116.0;

/// Widths that depend on the window and the number of columns: holder cells narrow down (the
/// names are slanted, the cells hold one digit) before the heat map needs a scroll bar, and
/// the competence name takes what is left.
#[derive(Clone, Copy)]
struct Geometry {
    name_w: f32,
    cell_w: f32,
}

impl Geometry {
    fn new(available: f32, columns: usize, spacing: f32) -> Geometry {
        let n = columns.max(1) as f32;
        let others = kit::NUMBER_W + 2.0 * SMALL_W + GAP_W + CONTROLS_W + (n + 6.0) * spacing;
        let cell_w = ((available - others - MIN_NAME_W) / n).clamp(MIN_CELL_W, MAX_CELL_W);
        let name_w = (available - others - n * cell_w).clamp(MIN_NAME_W, 320.0);
        Geometry { name_w, cell_w }
    }
}

/// Fill colours of levels 0–4: a sequential yellow–green–blue scale (ColorBrewer YlGnBu),
/// readable by colour-blind viewers; the number is always printed too.
pub const LEVEL_FILL: [Color32; 5] = [
    Color32::from_rgb(0xF4, 0xF4, 0xEC),
    Color32::from_rgb(0xC7, 0xE9, 0xB4),
    Color32::from_rgb(0x7F, 0xCD, 0xBB),
    Color32::from_rgb(0x1D, 0x91, 0xC0),
    Color32::from_rgb(0x25, 0x34, 0x94),
];

/// Text colour on each level's fill (dark on light, white on dark).
pub const LEVEL_TEXT: [Color32; 5] = [
    Color32::from_rgb(0x55, 0x55, 0x55),
    Color32::from_rgb(0x1A, 0x1A, 0x1A),
    Color32::from_rgb(0x1A, 0x1A, 0x1A),
    Color32::WHITE,
    Color32::WHITE,
];

/// The fill of a heat-map cell of `level` (0–4, higher clamped) and the text colour on it: the
/// one colour scale of the worksheet, the presentation's heat map slide and anything else that
/// draws competence levels.
pub fn level_colours(level: u8) -> (Color32, Color32) {
    let i = usize::from(level.min(4));
    (LEVEL_FILL[i], LEVEL_TEXT[i])
}

/// Colour of the gap badge (Okabe–Ito vermillion) and of "covered" (bluish green).
pub const GAP_COLOUR: Color32 = Color32::from_rgb(0xD5, 0x5E, 0x00);
/// Colour of "covered" (Okabe–Ito bluish green).
pub const COVERED_COLOUR: Color32 = Color32::from_rgb(0x00, 0x9E, 0x73);

/// Draws the phase's own editors (between the guiding questions and the common fields).
pub fn show(ui: &mut egui::Ui, cx: &mut ViewCtx) {
    kit::edit(ui, cx, |ui, cx, data: &mut CompetencePhase| {
        editor(ui, cx.project, cx.lang, data)
    });
}

/// The heat map, its legend and the gaps; returns whether a button-like control changed them.
fn editor(ui: &mut egui::Ui, project: &Project, lang: Lang, data: &mut CompetencePhase) -> bool {
    let mut step = false;
    let own = project.own_actor().map(|a| a.id);
    let holders = data.holders(own);
    let available = ui.available_width();

    kit::section_heading(ui, TITLE.get(lang));
    ui.label(RichText::new(INTRO.get(lang)).color(ui.visuals().weak_text_color()));
    if own.is_none() {
        ui.label(RichText::new(NO_OWN.get(lang)).italics());
    }
    ui.add_space(4.0);

    // The competences, with their required level and criticality, stay in view on the left;
    // the holders' columns scroll sideways beside them, row for row.
    let spacing = 4.0;
    let g = Geometry::new(available, holders.len(), spacing);
    let len = data.competences.len();
    let mut op = None;
    ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = spacing;
        let heights = ui
            .vertical(|ui| {
                ui.spacing_mut().item_spacing.x = spacing;
                let top = ui.cursor().min;
                header_frozen(ui, lang, g, false);
                let header_rect = egui::Rect::from_min_size(top, egui::vec2(ui.min_rect().width(), SLANT_H + 20.0));
                let mut heights = Vec::with_capacity(len);
                for (i, comp) in data.competences.iter_mut().enumerate() {
                    ui.push_id(("competence", comp.id), |ui| {
                        let (h, row_step) = frozen_row(ui, lang, comp, i, g);
                        heights.push(h);
                        step |= row_step;
                    });
                }
                pin_header(ui, header_rect, ui.min_rect().bottom(), |ui| {
                    header_frozen(ui, lang, g, true)
                });
                heights
            })
            .inner;
        kit::scroll::horizontal(ui, egui::ScrollArea::horizontal().id_salt("competence_map"), |ui| {
            ui.vertical(|ui| {
                ui.spacing_mut().item_spacing.x = spacing;
                let top = ui.cursor().min;
                step |= header(ui, project, lang, data, &holders, own, (g, false));
                let header_rect = egui::Rect::from_min_size(top, egui::vec2(ui.min_rect().width(), SLANT_H + 20.0));
                for (i, comp) in data.competences.iter_mut().enumerate() {
                    let height = heights.get(i).copied().unwrap_or(CELL_H);
                    ui.push_id(("competence", comp.id), |ui| {
                        let (row_step, row_op) = holder_row(ui, project, lang, comp, (i, len), &holders, (g, height));
                        step |= row_step;
                        if row_op.is_some() {
                            op = row_op;
                        }
                    });
                }
                pin_header(ui, header_rect, ui.min_rect().bottom(), |ui| {
                    header(ui, project, lang, data, &holders, own, (g, true));
                });
            });
        });
    });
    if data.competences.is_empty() {
        kit::empty_hint(ui, lang);
    }
    if let Some(op) = op {
        op.apply(&mut data.competences);
        step = true;
    }

    ui.horizontal(|ui| {
        if kit::add_button(ui, ADD_ROW.get(lang)) {
            let id = project.next_competence_id();
            data.competences.push(Competence {
                id,
                ..Competence::default()
            });
            step = true;
        }
        step |= add_column_menu(ui, project, lang, data, &holders);
    });
    legend(ui, lang);
    ui.add_space(10.0);
    step |= gaps(ui, project, lang, data);
    step
}

fn holder_name(project: &Project, lang: Lang, holder: Holder) -> String {
    match holder {
        Holder::Actor(id) => project.actor_name(id),
        Holder::Potential => POTENTIAL.get(lang).to_owned(),
    }
}

/// The frozen part of the header: number, name, and the slanted titles of the required level
/// and criticality columns.
fn header_frozen(ui: &mut egui::Ui, lang: Lang, g: Geometry, pinned: bool) {
    let weak = ui.visuals().weak_text_color();
    let spacing = ui.spacing().item_spacing.x;
    let width = kit::NUMBER_W + g.name_w + 2.0 * SMALL_W + 3.0 * spacing;
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, SLANT_H + 20.0), Sense::hover());
    let title_y = rect.bottom() - 2.0;
    let font = egui::TextStyle::Body.resolve(ui.style());
    let mut x = rect.left();
    for (text, w) in [(NUMBER.get(lang), kit::NUMBER_W), (NAME.get(lang), g.name_w)] {
        ui.painter().text(
            egui::pos2(x, title_y),
            egui::Align2::LEFT_BOTTOM,
            text,
            font.clone(),
            weak,
        );
        x += w + spacing;
    }
    // The narrow number columns get slanted titles too, in the titles' weak colour.
    for (k, text) in [REQUIRED_SHORT, CRITICALITY].into_iter().enumerate() {
        let slant = egui::Rect::from_min_size(egui::pos2(x, rect.top()), egui::vec2(SMALL_W, SLANT_H));
        slanted_name(
            ui,
            (ui.id().with(("title", k)), pinned),
            slant,
            text.get(lang),
            false,
            weak,
        );
        x += SMALL_W + spacing;
    }
}

/// The scrolling part of the header. Holder names are written at 45°, as in printed heat
/// maps, so long organisation names stay readable in narrow columns; actor columns other than
/// the own organisation have a remove button under the name. The titles are placed at the
/// same x positions as the rows' cells (widths plus the heat map's item spacing).
fn header(
    ui: &mut egui::Ui,
    project: &Project,
    lang: Lang,
    data: &mut CompetencePhase,
    holders: &[Holder],
    own: Option<ActorId>,
    (g, pinned): (Geometry, bool),
) -> bool {
    let mut remove = None;
    let weak = ui.visuals().weak_text_color();
    let spacing = ui.spacing().item_spacing.x;
    let width = holders.len() as f32 * (g.cell_w + spacing) + GAP_W + CONTROLS_W + 2.0 * spacing;
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, SLANT_H + 20.0), Sense::hover());
    let title_y = rect.bottom() - 2.0;
    let font = egui::TextStyle::Body.resolve(ui.style());
    let mut x = rect.left();
    let painter = ui.painter().clone();
    let title = |text: &str, x: f32| {
        painter.text(
            egui::pos2(x, title_y),
            egui::Align2::LEFT_BOTTOM,
            text,
            font.clone(),
            weak,
        );
    };
    for (c, &holder) in holders.iter().enumerate() {
        let name = holder_name(project, lang, holder);
        let is_own = matches!(holder, Holder::Actor(id) if Some(id) == own);
        let slant = egui::Rect::from_min_size(egui::pos2(x, rect.top()), egui::vec2(g.cell_w, SLANT_H));
        let colour = if is_own {
            ui.visuals().strong_text_color()
        } else {
            ui.visuals().text_color()
        };
        slanted_name(ui, (ui.id().with(("column", c)), pinned), slant, &name, is_own, colour);
        if let Holder::Actor(id) = holder
            && !is_own
            && !pinned
        {
            let label = REMOVE_COLUMN.fmt(lang, &[("name", &name)]);
            let place = egui::Rect::from_min_size(egui::pos2(x, rect.top() + SLANT_H), egui::vec2(g.cell_w, 20.0));
            let response = ui
                .put(place, egui::Button::new(RichText::new("🗑").small()).frame(false))
                .on_hover_text(&label);
            kit::name(&response, WidgetType::Button, &label);
            if response.clicked() {
                remove = Some(id);
            }
        }
        x += g.cell_w + spacing;
    }
    title(GAP.get(lang), x);
    match remove {
        Some(id) => {
            data.remove_column(id);
            true
        }
        None => false,
    }
}

/// Height of the slanted column names.
const SLANT_H: f32 = 108.0;

/// A column name rising at 45° from the bottom left of `rect`, shortened with "…" when longer
/// than the slant allows; the full name shows on hover and is read by screen readers.
fn slanted_name(
    ui: &egui::Ui,
    (id, pinned): (egui::Id, bool),
    rect: egui::Rect,
    name: &str,
    strong: bool,
    colour: Color32,
) {
    let font = if strong {
        let mut font = egui::TextStyle::Heading.resolve(ui.style());
        font.size = 14.0;
        font
    } else {
        egui::FontId::proportional(14.0)
    };
    let max = (SLANT_H - 8.0) * std::f32::consts::SQRT_2;
    let mut galley = ui.painter().layout_no_wrap(name.to_owned(), font.clone(), colour);
    let mut chars: Vec<char> = name.chars().collect();
    while galley.size().x > max && chars.len() > 1 {
        chars.pop();
        let shown = format!("{}…", chars.iter().collect::<String>().trim_end());
        galley = ui.painter().layout_no_wrap(shown, font.clone(), colour);
    }
    // The galley is placed by its upper-left corner; turned by −45° about it, the text's lower
    // left lands near the column's lower left.
    let height = galley.size().y;
    let start = egui::pos2(rect.left() + 16.0, rect.bottom() - 2.0);
    let pos = start - egui::vec2(height, height) * std::f32::consts::FRAC_1_SQRT_2;
    ui.painter()
        .add(egui::epaint::TextShape::new(pos, galley, colour).with_angle(-std::f32::consts::FRAC_PI_4));
    // The pinned copy of the header is only painted: the header itself names and explains.
    if !pinned {
        let response = ui.interact(rect, id, Sense::hover());
        let name = name.to_owned();
        response.widget_info(|| WidgetInfo::labeled(WidgetType::Label, true, &name));
        response.on_hover_text(name);
    }
}

/// Keeps a copy of a header (drawn by `draw` into a `Ui` at its place) at the top of the view
/// while the sheet is scrolled past the header and some of its rows are still in view, as a
/// spreadsheet's frozen top row. `header` is where the header is; `rows_bottom` where its
/// rows end. The copy is drawn above the sheet, on the panel's colour, and takes the pointer
/// so the hidden cells under it cannot be clicked.
fn pin_header(ui: &egui::Ui, header: egui::Rect, rows_bottom: f32, draw: impl FnOnce(&mut egui::Ui)) {
    let view = ui.clip_rect();
    if header.top() >= view.top() || rows_bottom - header.height() <= view.top() {
        return;
    }
    let top = view.top().min(rows_bottom - header.height());
    let rect = header.translate(egui::vec2(0.0, top - header.top()));
    // An area of the windows' order: it is painted over the sheet, and a window the user
    // brings forward (the help) is painted over it.
    egui::Area::new(ui.id().with("pinned_header"))
        .order(egui::Order::Middle)
        .fixed_pos(rect.min)
        .constrain(false)
        .show(ui.ctx(), |pinned| {
            pinned.set_clip_rect(view);
            let fill = pinned.visuals().panel_fill;
            pinned
                .painter()
                .rect_filled(rect.expand2(egui::vec2(6.0, 0.0)), 0.0, fill);
            let line = pinned.visuals().widgets.noninteractive.bg_stroke;
            pinned.painter().hline(rect.x_range(), rect.bottom(), line);
            let _ = pinned.interact(rect, pinned.id().with("blocker"), Sense::click());
            draw(pinned);
        });
}

/// Whether the details (category, description) of competence `id` are open.
fn details_id(id: crate::model::CompetenceId) -> egui::Id {
    egui::Id::new(("competence_details", id))
}

/// The frozen part of one competence's row: number, name (and category), required level and
/// criticality, with the details under them when open. Returns the row's height, which the
/// scrolling part of the row takes too, and whether a button-like control changed it.
fn frozen_row(ui: &mut egui::Ui, lang: Lang, comp: &mut Competence, i: usize, g: Geometry) -> (f32, bool) {
    let mut step = false;
    let name = |column| kit::cell_name(lang, column, COMPETENCE, i);
    let open = ui.data(|d| d.get_temp::<bool>(details_id(comp.id))).unwrap_or(false);
    let block = ui.vertical(|ui| {
        ui.horizontal_top(|ui| {
            ui.set_min_height(CELL_H);
            kit::cell(ui, kit::NUMBER_W, |ui| {
                ui.add_space(4.0);
                ui.label(RichText::new((i + 1).to_string()).strong());
            });
            kit::cell(ui, g.name_w, |ui| {
                kit::wrapping_cell(ui, &name(NAME), &mut comp.name, g.name_w);
                if !open && !comp.category.trim().is_empty() {
                    ui.label(
                        RichText::new(&comp.category)
                            .small()
                            .color(ui.visuals().weak_text_color()),
                    );
                }
            });
            kit::cell(ui, SMALL_W, |ui| {
                step |= number_choice(ui, "required", &name(REQUIRED), &mut comp.required, 0..=4, |n| {
                    format!("{n} – {}", COMPETENCE_LEVELS[usize::from(n)].get(lang))
                });
            });
            kit::cell(ui, SMALL_W, |ui| {
                step |= number_choice(
                    ui,
                    "criticality",
                    &name(CRITICALITY),
                    &mut comp.criticality,
                    1..=5,
                    |n| n.to_string(),
                );
            });
        });
        if open {
            ui.horizontal_top(|ui| {
                kit::cell(ui, kit::NUMBER_W, |_| {});
                let width = g.name_w + 2.0 * SMALL_W + 2.0 * ui.spacing().item_spacing.x;
                kit::cell(ui, width, |ui| {
                    ui.label(
                        RichText::new(CATEGORY.get(lang))
                            .small()
                            .color(ui.visuals().weak_text_color()),
                    );
                    kit::text_cell(ui, &name(CATEGORY), &mut comp.category, g.name_w);
                    kit::text_block(
                        ui,
                        DESCRIPTION.get(lang),
                        &name(DESCRIPTION),
                        &mut comp.description,
                        width,
                    );
                });
            });
            ui.add_space(4.0);
        }
    });
    (block.response.rect.height(), step)
}

/// The scrolling part of one competence's row, `height` tall (as its frozen part): a cell per
/// holder, the gap, the details button and the row controls.
fn holder_row(
    ui: &mut egui::Ui,
    project: &Project,
    lang: Lang,
    comp: &mut Competence,
    (i, len): (usize, usize),
    holders: &[Holder],
    (g, height): (Geometry, f32),
) -> (bool, Option<RowOp>) {
    let mut step = false;
    let mut op = None;
    let open_id = details_id(comp.id);
    let open = ui.data(|d| d.get_temp::<bool>(open_id)).unwrap_or(false);
    let width = holders.len() as f32 * (g.cell_w + ui.spacing().item_spacing.x) + GAP_W + CONTROLS_W;
    let layout = egui::Layout::left_to_right(egui::Align::Min);
    ui.allocate_ui_with_layout(egui::vec2(width, height), layout, |ui| {
        ui.set_min_height(height);
        for (c, &holder) in holders.iter().enumerate() {
            kit::cell(ui, g.cell_w, |ui| {
                ui.push_id(c, |ui| {
                    let at = HeatCell {
                        row: i,
                        col: c,
                        rows: len,
                        cols: holders.len(),
                    };
                    step |= level_cell(ui, project, lang, comp, holder, at, g.cell_w);
                });
            });
        }
        kit::cell(ui, GAP_W, |ui| {
            ui.add_space(2.0);
            gap_badge(ui, lang, comp);
        });
        kit::cell(ui, CONTROLS_W, |ui| {
            ui.horizontal(|ui| {
                ui.spacing_mut().item_spacing.x = 2.0;
                let label = DETAILS.fmt(lang, &[("n", &(i + 1))]);
                if kit::icon_button(ui, true, if open { "⏷" } else { "⏵" }, &label).clicked() {
                    ui.data_mut(|d| d.insert_temp(open_id, !open));
                }
                op = kit::row_controls(ui, lang, &kit::row_name(lang, COMPETENCE, i), i, len);
            });
        });
    });
    (step, op)
}

/// A narrow drop-down of small numbers: the number shown, the list spelled out by `text`.
fn number_choice(
    ui: &mut egui::Ui,
    id_salt: &str,
    label: &str,
    value: &mut u8,
    range: std::ops::RangeInclusive<u8>,
    text: impl Fn(u8) -> String,
) -> bool {
    let look = kit::Look {
        popup_width: Some(120.0),
        ..kit::Look::width(SMALL_W - 8.0)
    };
    let hover = text(*value);
    let response = kit::choice(ui, id_salt, label, value, value.to_string(), look, || {
        range.map(|n| (n, text(n))).collect()
    });
    response.on_hover_text(hover).changed()
}

/// Where a heat-map cell is: its row (competence) and column (holder) in a map of `rows` ×
/// `cols` cells.
#[derive(Clone, Copy)]
struct HeatCell {
    row: usize,
    col: usize,
    rows: usize,
    cols: usize,
}

/// The id of the heat-map cell of competence `row` and holder `col`, so that arrow keys can
/// move the focus to a neighbour.
fn heat_cell_id(row: usize, col: usize) -> egui::Id {
    egui::Id::new(("competence_heat_cell", row, col))
}

/// One heat-map cell: coloured by level, the number printed, availability marked; a click
/// opens a small menu to set level and availability.
fn level_cell(
    ui: &mut egui::Ui,
    project: &Project,
    lang: Lang,
    comp: &mut Competence,
    holder: Holder,
    at: HeatCell,
    cell_w: f32,
) -> bool {
    let i = at.row;
    let level = comp.level_of(holder).min(4);
    let availability = comp.availability_of(holder);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(cell_w, CELL_H), Sense::hover());
    let response = ui.interact(rect, heat_cell_id(at.row, at.col), Sense::click());
    kit::grid_arrow_keys(ui, &response, (at.row, at.col), (at.rows, at.cols), heat_cell_id);
    let holder_label = holder_name(project, lang, holder);
    let level_label = COMPETENCE_LEVELS[usize::from(level)].get(lang);
    let spoken = CELL.fmt(lang, &[("holder", &holder_label), ("n", &(i + 1))]);
    let value = CELL_VALUE.fmt(
        lang,
        &[
            ("level", &level),
            ("label", &level_label),
            ("availability", &availability.label().get(lang)),
        ],
    );
    response.widget_info(|| {
        let mut info = WidgetInfo::labeled(WidgetType::Button, true, &spoken);
        info.current_text_value = Some(value.clone());
        info
    });

    if ui.is_rect_visible(rect) {
        let painter = ui.painter();
        let (fill, text_colour) = level_colours(level);
        painter.rect_filled(rect, 4.0, fill);
        if availability == Availability::NotAvailable {
            // Diagonal hatching: "there, but not for us".
            let clipped = painter.with_clip_rect(rect.shrink(1.0));
            // Drawn in the text's colour, so the hatching shows on light and dark levels alike.
            let hatch = Stroke::new(1.5, text_colour.gamma_multiply(0.55));
            let mut x = rect.left() - rect.height();
            while x < rect.right() {
                clipped.line_segment(
                    [egui::pos2(x, rect.bottom()), egui::pos2(x + rect.height(), rect.top())],
                    hatch,
                );
                x += 7.0;
            }
        }
        let outline = if response.hovered() || response.has_focus() {
            Stroke::new(2.0, ui.visuals().selection.stroke.color)
        } else {
            Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color)
        };
        painter.rect_stroke(rect, 4.0, outline, egui::StrokeKind::Inside);
        // The heading's face (bold once the bundled fonts are bound) at cell size.
        let mut font = egui::TextStyle::Heading.resolve(ui.style());
        font.size = 16.0;
        painter.text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            level.to_string(),
            font,
            text_colour,
        );
        let mark = match availability {
            Availability::Available => None,
            Availability::Negotiable => Some("~"),
            Availability::NotAvailable => Some("×"),
        };
        if let Some(mark) = mark {
            painter.text(
                rect.right_top() + egui::vec2(-5.0, 2.0),
                egui::Align2::RIGHT_TOP,
                mark,
                egui::FontId::proportional(14.0),
                text_colour,
            );
        }
    }
    let competence_name = if comp.name.trim().is_empty() {
        kit::cell_name(lang, NAME, COMPETENCE, i)
    } else {
        comp.name.clone()
    };
    let response = response.on_hover_text(CELL_HOVER.fmt(
        lang,
        &[
            ("competence", &competence_name),
            ("holder", &holder_label),
            ("level", &level),
            ("label", &level_label),
            ("availability", &availability.label().get(lang)),
        ],
    ));

    if kit::is_read_only(ui) {
        return false;
    }
    let mut changed = false;
    egui::Popup::menu(&response)
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
        .show(|ui| {
            ui.set_min_width(170.0);
            ui.label(RichText::new(format!("{competence_name} – {holder_label}")).strong());
            ui.label(
                RichText::new(LEVEL.get(lang))
                    .small()
                    .color(ui.visuals().weak_text_color()),
            );
            let mut new_level = level;
            for (n, label) in (0u8..).zip(COMPETENCE_LEVELS) {
                let text = RichText::new(format!("{n} – {}", label.get(lang)));
                if ui.selectable_label(level == n, text).clicked() {
                    new_level = n;
                }
            }
            ui.separator();
            ui.label(
                RichText::new(AVAILABILITY.get(lang))
                    .small()
                    .color(ui.visuals().weak_text_color()),
            );
            let mut new_availability = availability;
            for &a in Availability::ALL {
                ui.radio_value(&mut new_availability, a, a.label().get(lang));
            }
            if new_level != level || new_availability != availability {
                comp.set_cell(holder, new_level, new_availability);
                changed = true;
            }
        });
    changed
}

/// The computed gap: a badge "Gap n", "Covered", or nothing required.
fn gap_badge(ui: &mut egui::Ui, lang: Lang, comp: &Competence) {
    let gap = comp.gap();
    if gap > 0 {
        kit::badge(ui, &GAP_BADGE.fmt(lang, &[("gap", &gap)]), GAP_COLOUR);
    } else if comp.required > 0 {
        ui.label(RichText::new(COVERED.get(lang)).strong().color(COVERED_COLOUR));
    } else {
        ui.label(
            RichText::new(NOT_REQUIRED.get(lang))
                .small()
                .color(ui.visuals().weak_text_color()),
        );
    }
}

/// A menu of the actors that have no column yet.
fn add_column_menu(
    ui: &mut egui::Ui,
    project: &Project,
    lang: Lang,
    data: &mut CompetencePhase,
    holders: &[Holder],
) -> bool {
    let mut options: Vec<_> = project
        .actors
        .iter()
        .filter(|a| !holders.contains(&Holder::Actor(a.id)))
        .map(|a| (a.id, project.actor_name(a.id)))
        .collect();
    options.sort_by_key(|(_, name)| name.to_lowercase());
    let why = if project.actors.is_empty() {
        kit::NO_ACTORS.get(lang)
    } else {
        NO_MORE_ACTORS.get(lang)
    };
    let Some(id) = kit::actor_menu(ui, ADD_COLUMN.get(lang), &options, why) else {
        return false;
    };
    data.columns.push(id);
    true
}

/// The colour scale and the availability marks.
fn legend(ui: &mut egui::Ui, lang: Lang) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(format!("{}:", LEGEND.get(lang))).small().strong());
        for (n, label) in COMPETENCE_LEVELS.iter().enumerate() {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(22.0, 18.0), Sense::hover());
            ui.painter().rect_filled(rect, 3.0, LEVEL_FILL[n]);
            ui.painter().rect_stroke(
                rect,
                3.0,
                Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color),
                egui::StrokeKind::Inside,
            );
            ui.painter().text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                n.to_string(),
                egui::FontId::proportional(12.0),
                LEVEL_TEXT[n],
            );
            ui.label(RichText::new(label.get(lang)).small());
        }
        ui.label(RichText::new(LEGEND_NEGOTIABLE.get(lang)).small());
        ui.label(RichText::new(LEGEND_NOT_AVAILABLE.get(lang)).small());
    });
}

/// The gaps, most critical first, each with remedy, candidate partners and owner.
fn gaps(ui: &mut egui::Ui, project: &Project, lang: Lang, data: &mut CompetencePhase) -> bool {
    let mut step = false;
    kit::section_heading(ui, GAPS.get(lang));
    let order: Vec<usize> = data.gaps().into_iter().map(|(i, _)| i).collect();
    if order.is_empty() {
        ui.label(RichText::new(NO_GAPS.get(lang)).color(COVERED_COLOUR));
        return false;
    }
    ui.label(RichText::new(GAPS_SUMMARY.fmt(lang, &[("count", &order.len())])).color(ui.visuals().weak_text_color()));
    for (k, i) in order.into_iter().enumerate() {
        let Some(comp) = data.competences.get_mut(i) else {
            continue;
        };
        let name = |column| kit::cell_name(lang, column, COMPETENCE, i);
        ui.push_id(("gap", comp.id), |ui| {
            kit::row_frame(ui, k).show(ui, |ui| {
                let inner = ui.available_width().max(600.0);
                ui.set_width(inner);
                let candidates_w = (inner - 190.0 - 220.0 - 2.0 * ui.spacing().item_spacing.x).max(240.0);
                ui.horizontal(|ui| {
                    kit::badge(ui, &GAP_BADGE.fmt(lang, &[("gap", &comp.gap())]), GAP_COLOUR);
                    let title = if comp.name.trim().is_empty() {
                        UNNAMED.get(lang).to_owned()
                    } else {
                        comp.name.clone()
                    };
                    ui.label(RichText::new(title).strong().size(16.0));
                    ui.label(
                        RichText::new(GAP_FACTS.fmt(
                            lang,
                            &[
                                ("required", &comp.required),
                                ("best", &comp.best_available()),
                                ("criticality", &comp.criticality),
                            ],
                        ))
                        .color(ui.visuals().weak_text_color()),
                    );
                });
                ui.horizontal_top(|ui| {
                    kit::cell(ui, 190.0, |ui| {
                        ui.label(
                            RichText::new(REMEDY.get(lang))
                                .small()
                                .color(ui.visuals().weak_text_color()),
                        );
                        let options: Vec<Option<Remedy>> = std::iter::once(None)
                            .chain(Remedy::ALL.iter().copied().map(Some))
                            .collect();
                        step |= kit::value_choice(
                            ui,
                            "remedy",
                            &name(REMEDY),
                            &mut comp.remedy,
                            &options,
                            kit::Look::width(170.0),
                            |r| r.map_or(REMEDY_NONE.get(lang), |r| r.label().get(lang)).to_owned(),
                        )
                        .changed();
                    });
                    kit::cell(ui, candidates_w, |ui| {
                        ui.label(
                            RichText::new(CANDIDATES.get(lang))
                                .small()
                                .color(ui.visuals().weak_text_color()),
                        );
                        step |= kit::actor_set(
                            ui,
                            "candidates",
                            &name(CANDIDATES),
                            kit::SetMenu::Toggle(&name(CANDIDATES)),
                            project,
                            lang,
                            &mut comp.candidates,
                        );
                    });
                    kit::cell(ui, 220.0, |ui| {
                        ui.label(
                            RichText::new(OWNER.get(lang))
                                .small()
                                .color(ui.visuals().weak_text_color()),
                        );
                        kit::text_cell(ui, &name(OWNER), &mut comp.owner, 220.0);
                    });
                });
            });
        });
        ui.add_space(2.0);
    }
    step
}
