//! The inspector on the right of phase 1's workspace: every field of the selected actor or
//! relation (methodology.md, phase 1), its relations and metrics, or the phase's guiding
//! questions when nothing is selected. Edits apply as they are made and are undoable.

use super::actions::{self, actor_label, actor_name, relations_touching};
use super::{ActorPicker, Tab, WorkspaceState};
use crate::analysis::cache::Analysed as Metrics;
use crate::analysis::{Metric, NetworkMetrics};
use crate::i18n::method::{PHASES, REFLECT};
use crate::i18n::{Lang, Tr};
use crate::model::{
    Actor, ActorId, Edit, Formality, IMPORTANCE_LEVELS, Intensity, Intent, PhaseId, Project, Relation, RelationId,
    RelationStatus, Ring, Sector,
};
use crate::ui::{Selection, ViewCtx, kit};

crate::messages! {
    ACTOR = "Toimija", "Actor";
    RELATION = "Suhde", "Relation";
    DESELECT = "Poista valinta", "Deselect";
    DESELECT_TIP = "Sulje tarkastelu ja poista valinta.", "Close the inspector and clear the selection.";
    GUIDING_QUESTIONS = "Ohjaavat kysymykset", "Guiding questions";
    NOTHING_SELECTED = "Valitse toimija tai suhde kartalta tai taulukosta, niin voit muokata sitä tässä.", "Select an actor or a relation on the map or in a table to edit it here.";
    ANSWER_IN_WORKSHEET = "Vastaa työkirjassa", "Answer in the worksheet";
    ANSWERED = "Vastattu", "Answered";
    NOT_ANSWERED = "Vastaamatta", "Not answered";
    ANSWERED_COUNT = "{answered}/{total} kysymykseen vastattu.", "{answered} of {total} questions answered.";
    OWN_TIP = "Vain yksi toimija voi olla oma organisaatio: tämän merkitseminen poistaa merkinnän toimijalta {name}.", "Only one actor can be the own organisation: marking this one unmarks {name}.";
    OWN_TIP_NONE = "Oma organisaatio on kartan keskipiste. Vain yksi toimija voi olla se.", "The own organisation is the centre of the map. Only one actor can be it.";
    PINNED_TIP = "Kiinnitetty toimija pysyy paikallaan, kun asettelu järjestää kartan.", "A pinned actor stays where it is when a layout arranges the map.";
    POSITION = "Sijainti kartalla: {x}, {y}", "Position on the map: {x}, {y}";
    AUTO_PLACED = "Kartalla automaattisessa paikassa; siirrä sitä, niin paikka tallentuu.", "On the map at an automatic place; move it to keep it there.";
    RELATIONS_COUNT = "Suhteet ({count})", "Relations ({count})";
    NO_RELATIONS = "Ei vielä suhteita.", "No relations yet.";
    CONNECT = "+ Yhdistä toimijaan…", "+ Connect to…";
    CONNECT_LABEL = "Yhdistä toimijaan", "Connect to an actor";
    DELETE_ACTOR = "🗑 Poista toimija", "🗑 Delete actor";
    DELETE_ACTOR_TIP = "Poistaa toimijan ja sen {count} suhdetta. Poiston voi kumota (Ctrl+Z).", "Deletes the actor and its {count} relations. You can undo this (Ctrl+Z).";
    SWAP = "↔ Käännä suunta", "↔ Swap direction";
    SWAP_TIP = "Vaihtaa suhteen alku- ja loppupään keskenään.", "Swaps the relation's two ends.";
    DIRECTED_TIP = "Suunnattu suhde kulkee toimijalta toiselle (nuoli); suuntaamaton on molemminpuolinen.", "A directed relation goes from one actor to the other (an arrow); an undirected one is mutual.";
    GO_TO = "Valitse {name}", "Select {name}";
    DELETE_RELATION = "🗑 Poista suhde", "🗑 Delete relation";
    SELECTED_ACTORS = "{count} toimijaa valittu", "{count} actors selected";
    DELETE_ACTORS = "🗑 Poista {count} toimijaa", "🗑 Delete {count} actors";
    DELETE_ACTORS_TIP = "Poistaa valitut toimijat ja niiden {relations} suhdetta. Poiston voi kumota (Ctrl+Z).", "Deletes the selected actors and their {relations} relations. You can undo this (Ctrl+Z).";
    AND_MORE = "…ja {count} muuta", "…and {count} more";
    METRICS = "Toimijan verkostomittarit", "The actor's network metrics";
    NETWORK_METRICS = "Koko verkosto", "The whole network";
    METRICS_PENDING = "Lasketaan…", "Calculating…";
    METRICS_NOTE = "Mukana nykyiset ja potentiaaliset suhteet.", "Counts current and potential relations.";
    BROKER = "Välittäjä", "Broker";
    YES = "kyllä", "yes";
    NO = "ei", "no";
}

/// How many names the multi-selection summary lists.
const LIST_LIMIT: usize = 30;

/// How many isolated actors or brokers the network summary names.
const NAME_LIMIT: usize = 8;

/// Draws the inspector into the right panel.
pub fn show(ui: &mut egui::Ui, cx: &mut ViewCtx, ws: &mut WorkspaceState) {
    let (project, lang) = (cx.project, cx.lang);
    let metrics = cx.analysis.clone();
    let metrics = metrics.as_ref();
    egui::ScrollArea::vertical()
        .id_salt("inspector_scroll")
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.add_space(4.0);
            match cx.selection.clone() {
                Selection::None => {
                    questions(ui, project, ws, lang);
                    ui.separator();
                    network_section(ui, project, metrics, lang);
                }
                Selection::Actors(ids) => match ids.as_slice() {
                    [id] => {
                        if let Some(actor) = project.actor(*id) {
                            actor_editor(ui, cx, actor, ws);
                        }
                    }
                    _ => several_actors(ui, cx, &ids),
                },
                Selection::Relation(id) => {
                    if let Some(relation) = project.relation(id) {
                        relation_editor(ui, cx, relation);
                    }
                }
            }
        });
}

/// The title with a deselect button at the right.
fn title(ui: &mut egui::Ui, text: &str, selection: &mut Selection, lang: Lang) {
    ui.horizontal(|ui| {
        ui.heading(text);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let response = ui.button("×").on_hover_text(DESELECT_TIP.get(lang));
            let name = DESELECT.get(lang);
            response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Button, true, name));
            if response.clicked() {
                *selection = Selection::None;
            }
        });
    });
}

/// When nothing is selected: the phase's guiding questions in short form (except beside the
/// worksheet, which shows them in full with their answers).
fn questions(ui: &mut egui::Ui, project: &Project, ws: &mut WorkspaceState, lang: Lang) {
    let sheet = project.sheet(PhaseId::Mapping);
    let all = PHASES[PhaseId::Mapping.index()].questions;
    if ws.tab == Tab::Worksheet {
        let answered = (0..all.len()).filter(|&i| !sheet.answer(i).trim().is_empty()).count();
        ui.heading(GUIDING_QUESTIONS.get(lang));
        ui.label(ANSWERED_COUNT.fmt(lang, &[("answered", &answered), ("total", &all.len())]));
        ui.add_space(12.0);
        ui.weak(NOTHING_SELECTED.get(lang));
        return;
    }
    ui.heading(GUIDING_QUESTIONS.get(lang));
    ui.add_space(4.0);
    for (i, q) in all.iter().enumerate() {
        let answered = !sheet.answer(i).trim().is_empty();
        ui.horizontal_top(|ui| {
            let (mark, tip) = if answered {
                ("✓", ANSWERED)
            } else {
                ("○", NOT_ANSWERED)
            };
            ui.label(mark).on_hover_text(tip.get(lang));
            let prefix = if q.reflect {
                format!("{}: ", REFLECT.get(lang))
            } else {
                String::new()
            };
            ui.add(egui::Label::new(format!("{}. {prefix}{}", i + 1, q.text.get(lang))).wrap());
        });
    }
    ui.add_space(6.0);
    if ui.button(ANSWER_IN_WORKSHEET.get(lang)).clicked() {
        ws.tab = Tab::Worksheet;
    }
    ui.add_space(12.0);
    ui.weak(NOTHING_SELECTED.get(lang));
}

/// The whole network's metrics (when nothing is selected): density, separate parts, isolated
/// actors and brokers.
pub fn network_section(ui: &mut egui::Ui, project: &Project, metrics: Option<&Metrics>, lang: Lang) {
    use crate::analysis::msg as am;
    egui::CollapsingHeader::new(NETWORK_METRICS.get(lang))
        .id_salt("inspector_network_metrics")
        .default_open(true)
        .show(ui, |ui| {
            let Some(m) = metrics else {
                ui.weak(METRICS_PENDING.get(lang));
                return;
            };
            let all = &m.metrics;
            let names = |ids: &[ActorId]| -> String {
                let mut list: Vec<String> = ids
                    .iter()
                    .take(NAME_LIMIT)
                    .map(|&id| actor_name(project, id, lang))
                    .collect();
                if ids.len() > NAME_LIMIT {
                    list.push(AND_MORE.fmt(lang, &[("count", &(ids.len() - NAME_LIMIT))]));
                }
                list.join(", ")
            };
            let row = |ui: &mut egui::Ui, name: &str, help: Option<&str>, value: String| {
                ui.horizontal(|ui| {
                    let label = ui.label(name);
                    if let Some(help) = help {
                        label.on_hover_text(help);
                    }
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        ui.add_space(8.0);
                        ui.label(value);
                    });
                });
            };
            row(
                ui,
                am::DENSITY.get(lang),
                Some(am::DENSITY_HELP.get(lang)),
                super::decimal(all.density, lang),
            );
            row(ui, am::COMPONENTS.get(lang), None, all.components.len().to_string());
            row(ui, am::ISOLATES.get(lang), None, all.isolates.len().to_string());
            if !all.isolates.is_empty() {
                ui.add(egui::Label::new(egui::RichText::new(names(&all.isolates)).weak()).wrap());
            }
            row(
                ui,
                am::BROKERS.get(lang),
                Some(am::BROKERS_HELP.get(lang)),
                all.brokers.len().to_string(),
            );
            if !all.brokers.is_empty() {
                ui.add(egui::Label::new(egui::RichText::new(names(&all.brokers)).weak()).wrap());
            }
            if !m.current {
                ui.weak(METRICS_PENDING.get(lang));
            }
            ui.add(egui::Label::new(egui::RichText::new(am::COUNTED_RELATIONS.get(lang)).weak().small()).wrap());
        });
}

/// A value from a fixed list (ring, status, …): what [`half`] offers.
trait Choice: Copy + PartialEq + 'static {
    /// Every value, in the list's order.
    const ALL: &'static [Self];
    /// The value's name.
    fn label(self) -> Tr;
}

macro_rules! choice {
    ($($t:ty),*) => {
        $(impl Choice for $t {
            const ALL: &'static [$t] = <$t>::ALL;
            fn label(self) -> Tr {
                <$t>::label(self)
            }
        })*
    };
}

choice!(Ring, RelationStatus, Intensity, Formality, Intent);

/// A drop-down filling one of two columns, under its title; true when it changed.
fn half<T: Choice>(
    col: &mut egui::Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    title: Tr,
    value: &mut T,
    lang: Lang,
) -> bool {
    field_label(col, title.get(lang));
    let w = col.available_width();
    col.scope(|ui| {
        ui.spacing_mut().combo_width = w;
        kit::enum_choice(ui, id_salt, title.get(lang), value, T::ALL, T::label, lang).changed()
    })
    .inner
}

/// A label above a control that fills the panel's width.
fn field_label(ui: &mut egui::Ui, text: &str) {
    ui.add_space(2.0);
    ui.label(egui::RichText::new(text).small().strong());
}

/// The actor's name field; takes the keyboard, with its text selected, right after the
/// actor was added so that typing replaces "New actor".
fn name_field(ui: &mut egui::Ui, id: ActorId, name: &mut String, focus: bool, lang: Lang) -> egui::Response {
    let label = ui.label(egui::RichText::new(super::NAME.get(lang)).small().strong());
    let field_id = ui.make_persistent_id(("actor_name", id));
    if focus {
        let mut state = egui::text_edit::TextEditState::load(ui.ctx(), field_id).unwrap_or_default();
        let all = egui::text::CCursorRange::two(
            egui::text::CCursor::new(0),
            egui::text::CCursor::new(name.chars().count()),
        );
        state.cursor.set_char_range(Some(all));
        state.store(ui.ctx(), field_id);
        ui.memory_mut(|m| m.request_focus(field_id));
    }
    ui.add(
        egui::TextEdit::singleline(name)
            .id(field_id)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id)
}

/// Comma-separated tags. While the field is being typed in, its own text is kept (so that
/// "a, " can become "a, b"); the stored list is trimmed and has no empty or repeated tags.
fn tags_field(ui: &mut egui::Ui, id: ActorId, tags: &mut Vec<String>, lang: Lang) -> egui::Response {
    let label = ui.label(egui::RichText::new(super::TAGS.get(lang)).small().strong());
    let field_id = ui.make_persistent_id(("actor_tags", id));
    let joined = tags.join(", ");
    let mut text = match ui.data(|d| d.get_temp::<String>(field_id)) {
        // Keep the typed text only while it still says what is stored (not after an undo).
        Some(typed) if ui.memory(|m| m.has_focus(field_id)) && parse_tags(&typed) == *tags => typed,
        _ => joined,
    };
    let response = ui
        .add(
            egui::TextEdit::singleline(&mut text)
                .id(field_id)
                .hint_text(super::TAGS_HINT.get(lang))
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    if response.changed() {
        *tags = parse_tags(&text);
    }
    ui.data_mut(|d| d.insert_temp(field_id, text));
    response
}

/// Tags from comma-separated text: trimmed, without empty or repeated ones, in typed order.
pub fn parse_tags(text: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in text.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        if !tags.iter().any(|t| t == tag) {
            tags.push(tag.to_owned());
        }
    }
    tags
}

fn actor_editor(ui: &mut egui::Ui, cx: &mut ViewCtx, original: &Actor, ws: &mut WorkspaceState) {
    let (project, lang) = (cx.project, cx.lang);
    let metrics = cx.analysis.clone();
    let id = original.id;
    let mut a = original.clone();
    // Buttons, boxes and drop-downs make their own undo step; typing merges per field.
    let mut step = false;
    // Long names and labels are cut, never widen the panel (its width is fixed for the frame).
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
    title(ui, ACTOR.get(lang), cx.selection, lang);
    let width = ui.available_width();

    let focus = std::mem::take(&mut ws.focus_name);
    name_field(ui, id, &mut a.name, focus, lang);

    field_label(ui, super::KIND.get(lang));
    let (kinds, kind) = (&project.catalogs.actor_kinds, super::KIND.get(lang));
    step |= kit::catalog_choice(ui, ("inspector_kind", id), kind, kinds, lang, &mut a.kind, width).changed();

    ui.columns(2, |cols| {
        field_label(&mut cols[0], super::SECTOR.get(lang));
        let options = [None, Some(Sector::Public), Some(Sector::Private), Some(Sector::Third)];
        let w = cols[0].available_width();
        cols[0].scope(|ui| {
            ui.spacing_mut().combo_width = w;
            step |= kit::value_choice(
                ui,
                ("inspector_sector", id),
                super::SECTOR.get(lang),
                &mut a.sector,
                &options,
                kit::Look::default(),
                |s| s.map_or(super::NO_SECTOR, Sector::label).get(lang).to_owned(),
            )
            .changed();
        });
        step |= half(&mut cols[1], ("inspector_ring", id), super::RING, &mut a.ring, lang);
    });

    field_label(ui, super::IMPORTANCE.get(lang));
    step |= kit::scale(ui, super::IMPORTANCE.get(lang), &mut a.importance, 1, 5).changed();

    ui.add_space(2.0);
    kit::text_line(ui, super::ACTOR_ROLE.get(lang), &mut a.role);
    kit::text_area(ui, super::DESCRIPTION.get(lang), &mut a.description);
    kit::text_line(ui, super::CONTACT.get(lang), &mut a.contact);
    tags_field(ui, id, &mut a.tags, lang);

    ui.add_space(4.0);
    let own_tip = match project.own_actor() {
        Some(other) if other.id != id => OWN_TIP.fmt(lang, &[("name", &actor_label(other, lang))]),
        _ => OWN_TIP_NONE.get(lang).to_owned(),
    };
    step |= ui
        .checkbox(&mut a.own, super::OWN.get(lang))
        .on_hover_text(own_tip)
        .changed();
    step |= ui
        .checkbox(&mut a.pinned, super::PINNED.get(lang))
        .on_hover_text(PINNED_TIP.get(lang))
        .changed();
    match a.pos {
        Some([x, y]) => ui.weak(POSITION.fmt(lang, &[("x", &format!("{x:.0}")), ("y", &format!("{y:.0}"))])),
        // Every actor is drawn on the map; one without a saved position at a default place.
        None => ui.weak(AUTO_PLACED.get(lang)),
    };

    if a != *original {
        actions::queue_edit(ui.ctx(), cx.out, Edit::SetActor(Box::new(a)), step);
    }
    crate::ui::joint::members_section(ui, cx, crate::combine::Subject::Actor(id));

    ui.separator();
    actor_relations(ui, cx, id, width);

    ui.separator();
    metrics_section(ui, id, metrics.as_ref(), lang);

    ui.separator();
    let delete = ui.button(DELETE_ACTOR.get(lang)).on_hover_ui(|ui| {
        let count = relations_touching(project, &[id]);
        ui.label(DELETE_ACTOR_TIP.fmt(lang, &[("count", &count)]));
    });
    if delete.clicked() {
        *cx.selection = Selection::Actors(vec![id]);
        actions::delete_selection(cx);
    }
}

/// The actor's relations, each one a button that selects it, and "+ Connect to…".
fn actor_relations(ui: &mut egui::Ui, cx: &mut ViewCtx, id: ActorId, width: f32) {
    let (project, lang) = (cx.project, cx.lang);
    let relations: Vec<&Relation> = project.relations.iter().filter(|r| r.touches(id)).collect();
    ui.strong(RELATIONS_COUNT.fmt(lang, &[("count", &relations.len())]));
    if relations.is_empty() {
        ui.weak(NO_RELATIONS.get(lang));
    }
    for r in &relations {
        let (arrow, other) = match (r.directed, r.from == id) {
            (true, true) => ("→", r.to),
            (true, false) => ("←", r.from),
            (false, true) => ("—", r.to),
            (false, false) => ("—", r.from),
        };
        // One button holding both the other end and the role, wrapped at the panel's width,
        // so that a long role never widens the inspector nor is cut off.
        let name = format!("{arrow} {}", actor_name(project, other, lang));
        let role = project.catalogs.relation_roles.label(&r.role, lang);
        let font = egui::TextStyle::Button.resolve(ui.style());
        let mut job = egui::text::LayoutJob::default();
        job.append(
            &name,
            0.0,
            egui::text::TextFormat::simple(font.clone(), ui.visuals().text_color()),
        );
        job.append(
            role,
            12.0,
            egui::text::TextFormat::simple(font, ui.visuals().weak_text_color()),
        );
        let response = ui.add(egui::Button::selectable(false, job).wrap());
        let accessible = format!("{name} ({role})");
        response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Button, true, &accessible));
        if response.clicked() {
            *cx.selection = Selection::Relation(r.id);
        }
    }
    let picker = ActorPicker {
        project,
        width: width.min(260.0),
        lang,
    };
    let (_, chosen) = picker.show(
        ui,
        ("connect", id),
        CONNECT_LABEL.get(lang),
        CONNECT.get(lang),
        |other| other == id,
    );
    if let Some(other) = chosen {
        // The actor stays selected, so that several relations can be added in a row.
        actions::add_relation(project, cx.out, id, other);
    }
}

/// The actor's network metrics: the place where `crate::analysis` shows in the inspector.
pub fn metrics_section(ui: &mut egui::Ui, id: ActorId, metrics: Option<&Metrics>, lang: Lang) {
    use crate::analysis::msg as am;
    egui::CollapsingHeader::new(METRICS.get(lang))
        .id_salt("inspector_metrics")
        .default_open(true)
        .show(ui, |ui| {
            let Some((m, actor)) = metrics.and_then(|m| m.metrics.get(id).map(|a| (m, a))) else {
                ui.weak(METRICS_PENDING.get(lang));
                return;
            };
            actor_metrics_grid(ui, &m.metrics, actor, lang);
            if !m.current {
                ui.weak(METRICS_PENDING.get(lang));
            }
            ui.add(egui::Label::new(egui::RichText::new(METRICS_NOTE.get(lang)).weak()).wrap())
                .on_hover_text(am::COUNTED_RELATIONS.get(lang));
        });
}

/// One actor's metrics, a row of name and value each, every name explained on hover.
pub fn actor_metrics_grid(ui: &mut egui::Ui, all: &NetworkMetrics, actor: &crate::analysis::ActorMetrics, lang: Lang) {
    use crate::analysis::msg as am;
    // Name on the left, value on the right, one row each: fits any panel width.
    let row = |ui: &mut egui::Ui, name: &str, help: &str, value: String| {
        ui.horizontal(|ui| {
            ui.label(name).on_hover_text(help);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.add_space(8.0);
                ui.label(value);
            });
        });
    };
    for metric in Metric::ALL {
        let value = actor.value(metric);
        let text = if metric.is_count() {
            format!("{value:.0}")
        } else {
            super::decimal(value, lang)
        };
        row(ui, metric.label().get(lang), metric.help().get(lang), text);
    }
    let broker = if all.is_broker(actor.id) { YES } else { NO };
    row(
        ui,
        BROKER.get(lang),
        am::BROKERS_HELP.get(lang),
        broker.get(lang).to_owned(),
    );
}

/// Several actors selected: their names, deselect and delete.
fn several_actors(ui: &mut egui::Ui, cx: &mut ViewCtx, ids: &[ActorId]) {
    let (project, lang) = (cx.project, cx.lang);
    title(
        ui,
        &SELECTED_ACTORS.fmt(lang, &[("count", &ids.len())]),
        cx.selection,
        lang,
    );
    for &id in ids.iter().take(LIST_LIMIT) {
        if ui
            .add(egui::Button::selectable(false, actor_name(project, id, lang)).truncate())
            .clicked()
        {
            *cx.selection = Selection::Actors(vec![id]);
        }
    }
    if ids.len() > LIST_LIMIT {
        ui.weak(AND_MORE.fmt(lang, &[("count", &(ids.len() - LIST_LIMIT))]));
    }
    ui.separator();
    let delete = ui
        .button(DELETE_ACTORS.fmt(lang, &[("count", &ids.len())]))
        .on_hover_ui(|ui| {
            let relations = relations_touching(project, ids);
            ui.label(DELETE_ACTORS_TIP.fmt(lang, &[("relations", &relations)]));
        });
    if delete.clicked() {
        actions::delete_selection(cx);
    }
}

fn relation_editor(ui: &mut egui::Ui, cx: &mut ViewCtx, original: &Relation) {
    let (project, lang) = (cx.project, cx.lang);
    let id: RelationId = original.id;
    let mut r = original.clone();
    let mut step = false;
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
    title(ui, RELATION.get(lang), cx.selection, lang);
    let arrow = if r.directed { "→" } else { "—" };
    ui.label(
        egui::RichText::new(format!(
            "{} {arrow} {}",
            actor_name(project, r.from, lang),
            actor_name(project, r.to, lang)
        ))
        .strong(),
    );
    let width = ui.available_width();

    let picker = ActorPicker { project, width, lang };
    for (label, end, other) in [
        (super::FROM, &mut r.from, original.to),
        (super::TO, &mut r.to, original.from),
    ] {
        field_label(ui, label.get(lang));
        let (_, chosen) = picker.show(
            ui,
            ("relation_end", id, label.en),
            label.get(lang),
            actor_name(project, *end, lang),
            |a| a == other,
        );
        if let Some(a) = chosen {
            *end = a;
            step = true;
        }
    }
    ui.horizontal(|ui| {
        step |= ui
            .checkbox(&mut r.directed, super::DIRECTED.get(lang))
            .on_hover_text(DIRECTED_TIP.get(lang))
            .changed();
        if ui.button(SWAP.get(lang)).on_hover_text(SWAP_TIP.get(lang)).clicked() {
            std::mem::swap(&mut r.from, &mut r.to);
            step = true;
        }
    });

    field_label(ui, super::RELATION_ROLE.get(lang));
    let (roles, role) = (&project.catalogs.relation_roles, super::RELATION_ROLE.get(lang));
    step |= kit::catalog_choice(ui, ("inspector_role", id), role, roles, lang, &mut r.role, width).changed();

    field_label(ui, super::FLOWS.get(lang));
    // Wrapping boxes with the flows' full names: a narrow panel puts them on more lines
    // rather than cutting the names.
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = egui::vec2(12.0, 2.0);
        for item in &project.catalogs.flows.0 {
            let mut on = r.flows.contains(&item.key);
            let label = item.label(lang);
            let response = ui.add(egui::Checkbox::new(&mut on, label));
            if response.changed() {
                step = true;
                if on {
                    r.flows.push(item.key.clone());
                    // Keep the list's order, so that the file does not change with click order.
                    let order = |k: &String| project.catalogs.flows.0.iter().position(|i| &i.key == k);
                    r.flows.sort_by_key(|k| order(k).unwrap_or(usize::MAX));
                } else {
                    r.flows.retain(|k| k != &item.key);
                }
            }
        }
    });

    ui.columns(2, |cols| {
        step |= half(
            &mut cols[0],
            ("inspector_status", id),
            super::STATUS,
            &mut r.status,
            lang,
        );
        step |= half(
            &mut cols[1],
            ("inspector_intensity", id),
            super::INTENSITY,
            &mut r.intensity,
            lang,
        );
    });

    field_label(ui, super::IMPORTANCE.get(lang));
    ui.horizontal(|ui| {
        step |= kit::scale(ui, super::IMPORTANCE.get(lang), &mut r.importance, 1, 5).changed();
        let level = usize::from(r.importance.clamp(1, 5) - 1);
        ui.weak(IMPORTANCE_LEVELS[level].get(lang));
    });

    ui.columns(2, |cols| {
        step |= half(
            &mut cols[0],
            ("inspector_formality", id),
            super::FORMALITY,
            &mut r.formality,
            lang,
        );
        step |= half(
            &mut cols[1],
            ("inspector_intent", id),
            super::INTENT,
            &mut r.intent,
            lang,
        );
    });

    ui.add_space(2.0);
    kit::text_area(ui, super::NOTES.get(lang), &mut r.notes);

    if r != *original {
        actions::queue_edit(ui.ctx(), cx.out, Edit::SetRelation(Box::new(r)), step);
    }
    crate::ui::joint::members_section(ui, cx, crate::combine::Subject::Relation(id));

    ui.separator();
    ui.horizontal_wrapped(|ui| {
        for end in [original.from, original.to] {
            let name = actor_name(project, end, lang);
            if ui.button(GO_TO.fmt(lang, &[("name", &name)])).clicked() {
                *cx.selection = Selection::Actors(vec![end]);
            }
        }
    });
    ui.separator();
    if ui.button(DELETE_RELATION.get(lang)).clicked() {
        *cx.selection = Selection::Relation(id);
        actions::delete_selection(cx);
    }
}
