//! The toolbar above the canvas: add, connect, delete, layout, size, zoom to fit, search,
//! filter, labels and legend. Every control has a visible, translated label, which is also
//! its accessible name.

use super::commands::search_matches;
use super::*;
use crate::i18n::Lang;
use crate::model::{Project, RelationStatus, Ring};
use crate::ui::Selection;
use std::collections::BTreeSet;

/// The label of a "size by" choice.
pub(super) fn size_label(size: SizeBy, lang: Lang) -> &'static str {
    use crate::analysis::Metric;
    match size {
        SizeBy::Importance => SIZE_IMPORTANCE.get(lang),
        SizeBy::Degree => Metric::Degree.label().get(lang),
        SizeBy::Betweenness => Metric::Betweenness.label().get(lang),
        SizeBy::Closeness => Metric::Closeness.label().get(lang),
    }
}

fn toggle_in<T: Ord>(ui: &mut egui::Ui, set: &mut BTreeSet<T>, value: T, text: &str) {
    let mut on = set.contains(&value);
    if ui.checkbox(&mut on, text).changed() {
        if on {
            set.insert(value);
        } else {
            set.remove(&value);
        }
    }
}

/// The toolbar's controls, in their order on the row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Item {
    Add,
    Connect,
    Delete,
    Separator,
    /// The layout menu, or "Stop layout" in the same place while a layout runs.
    Layout,
    Fit,
    Size,
    /// The search label, field and match count.
    Search,
    Filter,
    Labels,
    RelationLabels,
    Legend,
    Slide,
}

const ITEMS: [Item; 16] = [
    Item::Add,
    Item::Connect,
    Item::Delete,
    Item::Separator,
    Item::Layout,
    Item::Fit,
    Item::Size,
    Item::Separator,
    Item::Search,
    Item::Filter,
    Item::Separator,
    Item::Labels,
    Item::RelationLabels,
    Item::Legend,
    Item::Separator,
    Item::Slide,
];

/// A separator's width on the row.
const SEPARATOR_W: f32 = 6.0;

/// The overflow menu's button.
pub const MORE: &str = "…";

/// The search field's width, with room at its right end for the match count.
const SEARCH_FIELD_W: f32 = 150.0;

/// Widths the toolbar keeps for controls whose text changes, so that nothing after them
/// moves: the layout slot, the size menu and the search's match count.
struct Slots {
    layout: f32,
    size: f32,
    count: f32,
}

fn text_width(ui: &egui::Ui, text: &str) -> f32 {
    egui::WidgetText::from(text)
        .into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Button,
        )
        .size()
        .x
}

fn slots(ui: &egui::Ui, lang: Lang) -> Slots {
    let pad = 2.0 * ui.spacing().button_padding.x;
    let layout = text_width(ui, LAYOUT.get(lang)).max(text_width(ui, FORCE_STOP.get(lang))) + pad;
    let size = SizeBy::ALL
        .iter()
        .map(|&s| text_width(ui, &size_text(s, lang)))
        .fold(0.0, f32::max)
        + pad;
    let small = |t: &str| {
        egui::WidgetText::from(egui::RichText::new(t).small())
            .into_galley(
                ui,
                Some(egui::TextWrapMode::Extend),
                f32::INFINITY,
                egui::TextStyle::Small,
            )
            .size()
            .x
    };
    let count = small(&SEARCH_COUNT.fmt(lang, &[("count", &999)])).max(small(SEARCH_NONE.get(lang)));
    Slots { layout, size, count }
}

/// The size menu's text, "Size: importance", cased as in the legend.
fn size_text(size: SizeBy, lang: Lang) -> String {
    format!("{}: {}", SIZE_BY.get(lang), size_label(size, lang).to_lowercase())
}

/// How wide `item` is on the row (an estimate from its text, a little on the large side).
fn item_width(ui: &egui::Ui, item: Item, slots: &Slots, lang: Lang) -> f32 {
    let spacing = ui.spacing();
    let button = |t: &str| text_width(ui, t) + 2.0 * spacing.button_padding.x;
    let check =
        |t: &str| text_width(ui, t) + spacing.icon_width + spacing.icon_spacing + 2.0 * spacing.button_padding.x;
    match item {
        Item::Add => button(ADD_ACTOR.get(lang)),
        Item::Connect => button(CONNECT.get(lang)),
        Item::Delete => button(DELETE.get(lang)),
        Item::Separator => SEPARATOR_W,
        Item::Layout => slots.layout,
        Item::Fit => button(ZOOM_FIT.get(lang)),
        Item::Size => slots.size,
        Item::Search => text_width(ui, SEARCH.get(lang)) + SEARCH_FIELD_W + spacing.item_spacing.x + 8.0,
        Item::Filter => button(&FILTER_ACTIVE.fmt(lang, &[("count", &99)])),
        Item::Labels => check(LABELS.get(lang)),
        Item::RelationLabels => check(RELATION_LABELS.get(lang)),
        Item::Legend => check(LEGEND.get(lang)),
        Item::Slide => button(crate::ui::present::ADD_VIEW_SLIDE.get(lang)),
    }
}

/// The order in which controls leave the row for the "…" menu when it is too narrow: the
/// least used first; adding, connecting and deleting stay longest.
const DROP_ORDER: [Item; 12] = [
    Item::Slide,
    Item::RelationLabels,
    Item::Legend,
    Item::Labels,
    Item::Filter,
    Item::Size,
    Item::Search,
    Item::Layout,
    Item::Fit,
    Item::Delete,
    Item::Connect,
    Item::Add,
];

/// Which of [`ITEMS`] stay on a row `available` wide, with room for the overflow button.
fn fitting(ui: &egui::Ui, available: f32, slots: &Slots, lang: Lang) -> [bool; ITEMS.len()] {
    let gap = ui.spacing().item_spacing.x;
    let more = text_width(ui, MORE) + 2.0 * ui.spacing().button_padding.x;
    let mut kept = [true; ITEMS.len()];
    let used = |kept: &[bool; ITEMS.len()]| {
        // Separators count only between two kept controls.
        let mut total = more;
        let mut pending_sep = false;
        let mut any = false;
        for (k, &item) in ITEMS.iter().enumerate() {
            if item == Item::Separator {
                pending_sep = any;
                continue;
            }
            if kept[k] {
                if pending_sep {
                    total += item_width(ui, Item::Separator, slots, lang) + gap;
                    pending_sep = false;
                }
                total += item_width(ui, item, slots, lang) + gap;
                any = true;
            }
        }
        total
    };
    for drop in DROP_ORDER {
        if used(&kept) <= available {
            break;
        }
        for (k, &item) in ITEMS.iter().enumerate() {
            if item == drop {
                kept[k] = false;
            }
        }
    }
    // A dropped control that fits in the room left comes back (the most used first).
    for &back in DROP_ORDER.iter().rev() {
        let Some(k) = ITEMS.iter().position(|&i| i == back) else {
            continue;
        };
        if !kept[k] {
            kept[k] = true;
            if used(&kept) > available {
                kept[k] = false;
            }
        }
    }
    // Separators stay only between two kept controls.
    for k in 0..ITEMS.len() {
        if ITEMS[k] == Item::Separator {
            let before = ITEMS[..k].iter().zip(&kept).any(|(&i, &on)| on && i != Item::Separator);
            let after = ITEMS[k + 1..]
                .iter()
                .zip(&kept[k + 1..])
                .take_while(|(i, _)| **i != Item::Separator)
                .any(|(_, &on)| on);
            kept[k] = before && after;
        }
    }
    kept
}

/// Draws the toolbar and returns what it asked for. It stays on one row: controls keep their
/// places (texts that change have slots of fixed width), and what does not fit goes into the
/// "…" menu at the row's end.
pub(super) fn show(ui: &mut egui::Ui, cx: &ViewCtx, state: &mut MapState) -> Vec<Action> {
    let lang = cx.lang;
    let mut actions = Vec::new();
    let slots = slots(ui, lang);
    ui.spacing_mut().item_spacing.x = 6.0;
    let kept = fitting(ui, ui.available_width(), &slots, lang);
    ui.horizontal(|ui| {
        for (&item, _) in ITEMS.iter().zip(kept).filter(|(_, on)| *on) {
            show_item(ui, item, cx, state, &slots, &mut actions);
        }
        let running = state.interaction.force.is_some();
        let more = ui
            .menu_button(MORE, |ui| {
                if running && ui.button(FORCE_CANCEL.get(lang)).clicked() {
                    actions.push(Action::ForceCancel);
                    ui.close();
                }
                let mut last_was_separator = true;
                for (&item, _) in ITEMS.iter().zip(kept).filter(|(_, on)| !*on) {
                    if item == Item::Separator {
                        if !last_was_separator {
                            ui.separator();
                        }
                        last_was_separator = true;
                        continue;
                    }
                    last_was_separator = false;
                    show_item(ui, item, cx, state, &slots, &mut actions);
                }
                if !last_was_separator {
                    ui.separator();
                }
                label_size_menu(ui, state, lang);
            })
            .response
            .on_hover_text(MORE_HINT.get(lang));
        // Read out by what it holds, not as "…".
        more.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Button, true, MORE_HINT.get(lang)));
    });
    actions
}

/// One control of the toolbar, on the row or in the overflow menu.
fn show_item(
    ui: &mut egui::Ui,
    item: Item,
    cx: &ViewCtx,
    state: &mut MapState,
    slots: &Slots,
    actions: &mut Vec<Action>,
) {
    let (project, selection, lang) = (cx.project, &*cx.selection, cx.lang);
    let in_menu = !ui.layout().is_horizontal();
    // On the row, controls whose text changes keep a fixed width.
    let min_w = |w: f32| egui::vec2(if in_menu { 0.0 } else { w }, 0.0);
    match item {
        Item::Add => {
            if ui
                .button(ADD_ACTOR.get(lang))
                .on_hover_text(ADD_ACTOR_HINT.get(lang))
                .clicked()
            {
                actions.push(Action::AddActor(None));
            }
        }
        Item::Connect => {
            let connect = ui.add(egui::Button::new(CONNECT.get(lang)).selected(state.interaction.connect_mode));
            if connect.on_hover_text(CONNECT_HINT.get(lang)).clicked() {
                state.interaction.connect_mode = !state.interaction.connect_mode;
                state.interaction.connect_from = None;
            }
        }
        Item::Delete => {
            let can_delete = *selection != Selection::None;
            if ui
                .add_enabled(can_delete, egui::Button::new(DELETE.get(lang)))
                .on_hover_text(DELETE_HINT.get(lang))
                .clicked()
            {
                actions.push(Action::Delete);
            }
        }
        Item::Separator => {
            ui.add(egui::Separator::default().spacing(SEPARATOR_W));
        }
        Item::Layout => {
            if state.interaction.force.is_some() {
                // In the layout menu's place, as wide, so nothing after it moves.
                if ui
                    .add(egui::Button::new(FORCE_STOP.get(lang)).min_size(min_w(slots.layout)))
                    .clicked()
                {
                    actions.push(Action::ForceStop);
                }
            } else {
                let button = egui::Button::new(LAYOUT.get(lang)).min_size(min_w(slots.layout));
                egui::containers::menu::MenuButton::from_button(button)
                    .ui(ui, |ui| layout_menu(ui, project, state, actions, lang));
            }
        }
        Item::Fit => {
            if ui
                .button(ZOOM_FIT.get(lang))
                .on_hover_text(ZOOM_FIT_HINT.get(lang))
                .clicked()
            {
                actions.push(Action::Fit);
            }
        }
        Item::Size => {
            let button = egui::Button::new(size_text(state.options.size_by, lang)).min_size(min_w(slots.size));
            egui::containers::menu::MenuButton::from_button(button).ui(ui, |ui| {
                for size in SizeBy::ALL {
                    // Metrics come from the shared analysis; while a large network's first
                    // analysis runs, symbols keep their importance sizes.
                    if ui
                        .add(egui::Button::selectable(
                            state.options.size_by == size,
                            size_label(size, lang),
                        ))
                        .clicked()
                    {
                        state.options.size_by = size;
                        ui.close();
                    }
                }
            });
        }
        Item::Search => {
            ui.horizontal(|ui| search(ui, project, state, slots, actions, lang));
        }
        Item::Filter => {
            let active = state.options.filter.condition_count();
            let filter_text = if active == 0 {
                FILTER.get(lang).to_owned()
            } else {
                FILTER_ACTIVE.fmt(lang, &[("count", &active)])
            };
            // Ticking a box keeps the menu open, so several conditions can be set at once.
            egui::containers::menu::MenuButton::new(filter_text)
                .config(keep_open())
                .ui(ui, |ui| filter_menu(ui, project, state, lang));
        }
        Item::Labels => {
            ui.checkbox(&mut state.options.show_labels, LABELS.get(lang));
        }
        Item::RelationLabels => {
            ui.checkbox(&mut state.options.show_relation_labels, RELATION_LABELS.get(lang))
                .on_hover_text(RELATION_LABELS_HINT.get(lang));
        }
        Item::Legend => {
            ui.checkbox(&mut state.options.show_legend, LEGEND.get(lang));
        }
        Item::Slide => {
            if ui.button(crate::ui::present::ADD_VIEW_SLIDE.get(lang)).clicked() {
                actions.push(Action::AddViewSlide);
            }
        }
    }
}

/// The names' size: small, normal or large.
fn label_size_menu(ui: &mut egui::Ui, state: &mut MapState, lang: Lang) {
    use crate::ui::map::LabelSize;
    ui.menu_button(LABEL_SIZE.get(lang), |ui| {
        for size in LabelSize::ALL {
            let text = match size {
                LabelSize::Small => LABEL_SMALL,
                LabelSize::Normal => LABEL_NORMAL,
                LabelSize::Large => LABEL_LARGE,
            };
            if ui
                .add(egui::Button::selectable(
                    state.options.label_size == size,
                    text.get(lang),
                ))
                .clicked()
            {
                state.options.label_size = size;
                ui.close();
            }
        }
    });
}

/// The layout menu: start the force layout, arrange in rings, the ring guides.
fn layout_menu(ui: &mut egui::Ui, project: &Project, state: &mut MapState, actions: &mut Vec<Action>, lang: Lang) {
    if ui
        .add_enabled(project.actors.len() > 1, egui::Button::new(FORCE_START.get(lang)))
        .clicked()
    {
        actions.push(Action::ForceStart);
        ui.close();
    }
    if ui
        .add_enabled(!project.actors.is_empty(), egui::Button::new(CONCENTRIC.get(lang)))
        .clicked()
    {
        actions.push(Action::Concentric);
        ui.close();
    }
    ui.separator();
    ui.checkbox(&mut state.options.show_ring_guides, RING_GUIDES.get(lang));
    ui.label(egui::RichText::new(LAYOUT_HINT.get(lang)).small().weak());
}

/// The search: its label (never wrapped), the field and the match count in a slot of its own.
fn search(
    ui: &mut egui::Ui,
    project: &Project,
    state: &mut MapState,
    slots: &Slots,
    actions: &mut Vec<Action>,
    lang: Lang,
) {
    let label = ui.add(egui::Label::new(SEARCH.get(lang)).extend());
    let before = state.options.search.clone();
    // The match count sits in the field's right end, so that nothing moves when it appears.
    let count_room = slots.count + 6.0;
    let search = ui
        .add(
            egui::TextEdit::singleline(&mut state.options.search)
                .hint_text(SEARCH_HINT.get(lang))
                // The whole field, the count's room (its right margin) included.
                .desired_width(SEARCH_FIELD_W)
                .margin(egui::Margin {
                    left: 4,
                    right: count_room as i8,
                    top: 2,
                    bottom: 2,
                }),
        )
        .labelled_by(label.id)
        .on_hover_text(SEARCH_TIP.get(lang));
    if state.options.search != before {
        state.interaction.search_cursor = 0;
        if search_matches(project, &state.options.search).len() == 1 {
            actions.push(Action::SearchNext);
        }
    }
    if search.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
        actions.push(Action::SearchNext);
        search.request_focus();
    }
    if !state.options.search.trim().is_empty() {
        let count = search_matches(project, &state.options.search).len();
        let text = if count == 0 {
            SEARCH_NONE.get(lang).to_owned()
        } else {
            SEARCH_COUNT.fmt(lang, &[("count", &count)])
        };
        let at = search.rect.right_center() - egui::vec2(5.0, 0.0);
        let font = egui::TextStyle::Small.resolve(ui.style());
        ui.painter().text(
            at,
            egui::Align2::RIGHT_CENTER,
            &text,
            font,
            ui.visuals().weak_text_color(),
        );
    }
}

/// Menus that stay open while boxes are ticked; a click outside closes them.
fn keep_open() -> egui::containers::menu::MenuConfig {
    egui::containers::menu::MenuConfig::new().close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
}

/// A submenu of the filter menu, titled with the number of ticked boxes.
fn section(ui: &mut egui::Ui, title: &str, ticked: usize, content: impl FnOnce(&mut egui::Ui)) {
    let text = if ticked == 0 {
        title.to_owned()
    } else {
        format!("{title} ({ticked})")
    };
    egui::containers::menu::SubMenuButton::new(text)
        .config(keep_open())
        .ui(ui, |ui| {
            egui::ScrollArea::vertical().max_height(480.0).show(ui, content);
        });
}

/// A filter submenu with a box for each item of an editable list.
fn catalog_section(
    ui: &mut egui::Ui,
    title: &str,
    set: &mut BTreeSet<String>,
    catalog: &crate::model::Catalog,
    lang: Lang,
) {
    section(ui, title, set.len(), |ui| {
        for item in &catalog.0 {
            toggle_in(ui, set, item.key.clone(), item.label(lang));
        }
    });
}

/// The filter menu: kinds, tags, rings, flows and statuses (and in a joint project how
/// widely the members see them, and the colouring by agreement); what does not match fades.
fn filter_menu(ui: &mut egui::Ui, project: &Project, state: &mut MapState, lang: Lang) {
    if project.joint.is_some() {
        let mut on = state.options.colours_by_agreement(project);
        if ui
            .checkbox(&mut on, COLOUR_BY_AGREEMENT.get(lang))
            .on_hover_text(COLOUR_BY_AGREEMENT_HINT.get(lang))
            .changed()
        {
            state.options.agreement_colours = Some(on);
        }
        ui.separator();
    }
    let filter = &mut state.options.filter;
    if ui
        .add_enabled(filter.is_active(), egui::Button::new(FILTER_CLEAR.get(lang)))
        .clicked()
    {
        *filter = Default::default();
    }
    ui.separator();
    if project.joint.is_some() {
        section(ui, FILTER_SEEN.get(lang), filter.seen.len(), |ui| {
            for seen in crate::combine::SeenBy::ALL {
                toggle_in(ui, &mut filter.seen, seen, crate::ui::joint::seen_label(seen).get(lang));
            }
        });
    }
    catalog_section(
        ui,
        FILTER_KIND.get(lang),
        &mut filter.kinds,
        &project.catalogs.actor_kinds,
        lang,
    );
    section(ui, FILTER_RING.get(lang), filter.rings.len(), |ui| {
        for &ring in Ring::ALL {
            toggle_in(ui, &mut filter.rings, ring, ring.label().get(lang));
        }
    });
    section(ui, FILTER_TAG.get(lang), filter.tags.len(), |ui| {
        let tags: BTreeSet<&str> = project
            .actors
            .iter()
            .flat_map(|a| a.tags.iter().map(String::as_str))
            .collect();
        if tags.is_empty() {
            ui.label(egui::RichText::new(FILTER_NO_TAGS.get(lang)).weak());
        }
        for tag in tags {
            toggle_in(ui, &mut filter.tags, tag.to_owned(), tag);
        }
    });
    catalog_section(
        ui,
        FILTER_FLOW.get(lang),
        &mut filter.flows,
        &project.catalogs.flows,
        lang,
    );
    section(ui, FILTER_STATUS.get(lang), filter.statuses.len(), |ui| {
        for &status in RelationStatus::ALL {
            toggle_in(ui, &mut filter.statuses, status, status.label().get(lang));
        }
    });
}
