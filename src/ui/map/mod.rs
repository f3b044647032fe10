//! Phase 1's workspace: tabs for the network map, the actors and relations tables, the network
//! portfolio and the phase's worksheet, with the inspector on the right for whatever is
//! selected.

pub mod actions;
pub mod canvas;
pub mod inspector;
pub mod portfolio;
pub(crate) mod scene;
mod state;
pub mod tables;

pub(crate) use actions::actor_name;
pub use state::{Camera, Interaction, LabelSize, MapFilter, MapOptions, MapState, SizeBy};

use crate::i18n::{Lang, Tr};
use crate::model::{Actor, ActorId, PhaseId, Project};
use crate::ui::ViewCtx;

crate::messages! {
    TAB_MAP = "Kartta", "Map";
    TAB_ACTORS = "Toimijat", "Actors";
    TAB_RELATIONS = "Suhteet", "Relations";
    TAB_PORTFOLIO = "Verkostoportfolio", "Network portfolio";
    TAB_WORKSHEET = "Työkirja", "Worksheet";
    TAB_DISAGREEMENTS = "Erimielisyydet", "Disagreements";

    // Field names shared by the tables and the inspector.
    NAME = "Nimi", "Name";
    KIND = "Tyyppi", "Kind";
    SECTOR = "Sektori", "Sector";
    NO_SECTOR = "–", "–";
    ACTOR_ROLE = "Rooli verkostossa", "Role in the network";
    DESCRIPTION = "Kuvaus", "Description";
    CONTACT = "Yhteyshenkilö", "Contact";
    TAGS = "Tunnisteet", "Tags";
    TAGS_HINT = "pilkuilla erotettuina", "separated by commas";
    RING = "Kehä", "Ring";
    IMPORTANCE = "Merkitys", "Importance";
    OWN = "Oma organisaatio", "Own organisation";
    PINNED = "Kiinnitetty paikalleen", "Pinned in place";
    FROM = "Mistä", "From";
    TO = "Mihin", "To";
    DIRECTED = "Suunnattu", "Directed";
    RELATION_ROLE = "Rooli suhteessa meihin", "Role relative to us";
    RELATION_ROLE_SHORT = "Rooli", "Role";
    FLOWS = "Mitä suhteessa liikkuu", "What flows";
    FLOWS_SHORT = "Virrat", "Flows";
    STATUS = "Tila", "Status";
    INTENSITY = "Tiiviys", "Intensity";
    FORMALITY = "Muodollisuus", "Formality";
    INTENT = "Aikomus", "Intent";
    NOTES = "Muistiinpanot", "Notes";
    UNNAMED = "(nimetön)", "(unnamed)";
    NEW_ACTOR = "Uusi toimija", "New actor";

    // The actor picker.
    SEARCH_ACTOR = "Hae toimijaa", "Search for an actor";
    SEARCH_HINT = "Kirjoita nimen osa…", "Type part of a name…";
    NO_MATCH = "Ei osumia.", "No matches.";
    MORE_MATCHES = "…ja {count} muuta; tarkenna hakua.", "…and {count} more; narrow the search.";
}

/// How many actors the picker lists at once; the search field narrows longer lists.
const PICKER_LIMIT: usize = 100;

/// The tabs of phase 1's workspace.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Tab {
    /// The network map.
    #[default]
    Map,
    /// The actors table.
    Actors,
    /// The relations table.
    Relations,
    /// The network portfolio.
    Portfolio,
    /// The phase's guiding questions and common worksheet fields.
    Worksheet,
    /// A joint project's disagreements between the members (only in a joint project).
    Disagreements,
}

impl Tab {
    /// Every tab, in the strip's order.
    pub const ALL: [Tab; 6] = [
        Tab::Map,
        Tab::Actors,
        Tab::Relations,
        Tab::Portfolio,
        Tab::Worksheet,
        Tab::Disagreements,
    ];

    /// Whether the tab is shown for `project`: the disagreements only in a joint project.
    pub fn shown_for(self, project: &Project) -> bool {
        self != Tab::Disagreements || project.joint.is_some()
    }

    /// The tab's title.
    pub fn label(self) -> Tr {
        match self {
            Tab::Map => TAB_MAP,
            Tab::Actors => TAB_ACTORS,
            Tab::Relations => TAB_RELATIONS,
            Tab::Portfolio => TAB_PORTFOLIO,
            Tab::Worksheet => TAB_WORKSHEET,
            Tab::Disagreements => TAB_DISAGREEMENTS,
        }
    }
}

/// View state of the workspace around the map: the open tab and the tables' sorting and
/// filters. Kept in egui's temporary memory (not in the document, not undone).
#[derive(Clone, Debug, Default)]
pub struct WorkspaceState {
    /// The open tab.
    pub tab: Tab,
    /// Put the keyboard in the inspector's name field on the next frame (after adding an actor).
    pub focus_name: bool,
    /// The actors table.
    pub actors: tables::ActorTable,
    /// The relations table.
    pub relations: tables::RelationTable,
}

fn state_id() -> egui::Id {
    egui::Id::new("verkosto_map_workspace")
}

/// Opens `tab` of phase 1's workspace (for tests and for other views that link here).
pub fn open_tab(ctx: &egui::Context, tab: Tab) {
    ctx.data_mut(|d| d.get_temp_mut_or_default::<WorkspaceState>(state_id()).tab = tab);
}

/// The open tab of phase 1's workspace.
pub fn current_tab(ctx: &egui::Context) -> Tab {
    ctx.data(|d| {
        d.get_temp::<WorkspaceState>(state_id())
            .map(|s| s.tab)
            .unwrap_or_default()
    })
}

/// Phase 1's workspace: the tab strip and the open tab, with the inspector on the right.
pub fn workspace(ui: &mut egui::Ui, cx: &mut ViewCtx, map: &mut MapState) {
    cx.selection.prune(cx.project);
    // Taken out of egui's memory for the frame and put back at the end, so the views can
    // borrow it mutably next to the context.
    let mut ws = ui.data_mut(|d| std::mem::take(d.get_temp_mut_or_default::<WorkspaceState>(state_id())));
    // An actor just added on the map gets its name field focused in the inspector, once the
    // edit that adds it has been applied.
    if let Some(id) = map.interaction.focus_name_of
        && cx.project.actor(id).is_some()
    {
        ws.focus_name = true;
        map.interaction.focus_name_of = None;
    }

    // As the cycle panel: narrower in a narrow window, never more than a third of it.
    let window = ui.ctx().content_rect().width();
    let panel = egui::Panel::right("map_inspector")
        .resizable(true)
        .default_size((window * 0.26).clamp(240.0, 330.0))
        .size_range(240.0..=(window * 0.34).clamp(240.0, 600.0))
        .show(ui, |ui| inspector::show(ui, cx, &mut ws));
    let lang = cx.lang;
    crate::ui::kit::name_resize_handle(ui.ctx(), "map_inspector", crate::ui::kit::RESIZE_INSPECTOR.get(lang));
    // The table beside the panel is laid out with the panel's width; if the panel changed
    // width this frame (resized, or wider content), lay the frame out again at once so the
    // table never runs under the panel.
    let width_id = egui::Id::new("verkosto_inspector_width");
    let width = panel.response.rect.width();
    if ui.data(|d| d.get_temp::<f32>(width_id)) != Some(width) {
        ui.data_mut(|d| d.insert_temp(width_id, width));
        ui.ctx().request_discard("inspector width changed");
    }

    // The open tab gets the room left of the inspector and may never draw or take clicks
    // over it, whatever overflows (the panel sits inside this `Ui`, whose clip includes it).
    // Left of the panel: the space before it may still reach under it at the window's
    // narrowest, and then the map would be fitted to a canvas partly hidden behind it.
    let mut room = ui.available_rect_before_wrap();
    room.max.x = room.max.x.min(panel.response.rect.left() - 2.0).max(room.min.x + 1.0);
    let mut ui = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(room)
            .layout(egui::Layout::top_down(egui::Align::Min)),
    );
    ui.set_clip_rect(room.intersect(ui.clip_rect()));
    let ui = &mut ui;
    if !ws.tab.shown_for(cx.project) {
        ws.tab = Tab::Map;
    }
    tab_strip(ui, &mut ws.tab, cx.project, lang);
    ui.add_space(4.0);
    match ws.tab {
        Tab::Map => canvas::show(ui, cx, map),
        Tab::Actors => tables::actors(ui, cx, &mut ws),
        Tab::Relations => tables::relations(ui, cx, &mut ws.relations),
        Tab::Portfolio => portfolio::show(ui, cx.project, lang, cx.out),
        Tab::Worksheet => crate::ui::sheets::worksheet(ui, cx, PhaseId::Mapping),
        Tab::Disagreements => {
            if crate::ui::joint::disagreements::show(ui, cx) {
                ws.tab = Tab::Map;
                let actor = match cx.selection {
                    crate::ui::Selection::Actors(ids) => ids.first().copied(),
                    crate::ui::Selection::Relation(id) => cx.project.relation(*id).map(|r| r.from),
                    crate::ui::Selection::None => None,
                };
                if let Some(actor) = actor {
                    map.interaction.pending.push(state::Action::Reveal(actor));
                }
            }
        }
    }
    ui.data_mut(|d| d.insert_temp(state_id(), ws));
}

/// The tabs, on more rows when the room is narrow (a row wider than the room would widen the
/// whole workspace under the inspector).
fn tab_strip(ui: &mut egui::Ui, tab: &mut Tab, project: &Project, lang: Lang) {
    ui.horizontal_wrapped(|ui| {
        for t in Tab::ALL.into_iter().filter(|t| t.shown_for(project)) {
            let text = egui::RichText::new(t.label().get(lang)).size(15.5);
            if ui.add(egui::Button::selectable(*tab == t, text)).clicked() {
                *tab = t;
            }
        }
    });
    ui.separator();
}

/// Lower-cased text for sorting and searching without regard to case.
pub(crate) fn fold(text: &str) -> String {
    text.to_lowercase()
}

/// A drop-down that picks an actor, with a search field so that long lists stay usable.
pub(crate) struct ActorPicker<'a> {
    /// The project whose actors are listed.
    pub project: &'a Project,
    /// The button's width.
    pub width: f32,
    /// The interface language.
    pub lang: Lang,
}

impl ActorPicker<'_> {
    /// Shows the drop-down; `skip` leaves actors out. Returns the chosen actor in the frame it
    /// is chosen.
    pub fn show(
        &self,
        ui: &mut egui::Ui,
        id_salt: impl std::hash::Hash + std::fmt::Debug,
        label: &str,
        button_text: impl Into<egui::WidgetText>,
        skip: impl Fn(ActorId) -> bool,
    ) -> (egui::Response, Option<ActorId>) {
        let ActorPicker { project, width, lang } = *self;
        // In a wrapping row the drop-down goes to the next line rather than squeeze its text.
        if ui.layout().main_wrap && ui.available_size_before_wrap().x < width + 32.0 {
            ui.end_row();
        }
        let combo_id = ui.make_persistent_id(&id_salt);
        let filter_id = combo_id.with("filter");
        let opened_id = combo_id.with("opened");
        let mut chosen = None;
        let inner = egui::ComboBox::from_id_salt(id_salt)
            .selected_text(button_text)
            .width(width)
            .height(340.0)
            .truncate()
            .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
            .show_ui(ui, |ui| {
                ui.set_min_width(220.0);
                let mut filter: String = ui.data(|d| d.get_temp(filter_id)).unwrap_or_default();
                let field = ui.add(
                    egui::TextEdit::singleline(&mut filter)
                        .id(filter_id)
                        .hint_text(SEARCH_HINT.get(lang))
                        .desired_width(f32::INFINITY),
                );
                let search_label = SEARCH_ACTOR.get(lang).to_owned();
                field.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::TextEdit, true, &search_label));
                // Typing goes straight into the search field when the list opens.
                if !ui.data(|d| d.get_temp::<bool>(opened_id).unwrap_or(false)) {
                    field.request_focus();
                    ui.data_mut(|d| d.insert_temp(opened_id, true));
                }
                let needle = fold(filter.trim());
                let mut matches: Vec<(String, &Actor)> = project
                    .actors
                    .iter()
                    .filter(|a| !skip(a.id))
                    .map(|a| (fold(&a.name), a))
                    .filter(|(name, _)| needle.is_empty() || name.contains(&needle))
                    .collect();
                matches.sort_by(|a, b| a.0.cmp(&b.0));
                for (_, actor) in matches.iter().take(PICKER_LIMIT) {
                    if ui
                        .add(egui::Button::selectable(false, actions::actor_label(actor, lang)).truncate())
                        .clicked()
                    {
                        chosen = Some(actor.id);
                    }
                }
                if matches.is_empty() {
                    ui.weak(NO_MATCH.get(lang));
                } else if matches.len() > PICKER_LIMIT {
                    ui.weak(MORE_MATCHES.fmt(lang, &[("count", &(matches.len() - PICKER_LIMIT))]));
                }
                if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    chosen = matches.first().map(|(_, a)| a.id);
                }
                ui.data_mut(|d| d.insert_temp(filter_id, filter));
                if chosen.is_some() {
                    ui.close();
                }
            });
        if inner.inner.is_none() || chosen.is_some() {
            ui.data_mut(|d| {
                d.remove::<bool>(opened_id);
                d.remove::<String>(filter_id);
            });
        }
        let response = inner.response;
        let label = label.to_owned();
        response.widget_info(move || egui::WidgetInfo::labeled(egui::WidgetType::ComboBox, true, &label));
        (response, chosen)
    }
}

/// A number with two decimals, with a decimal comma in Finnish.
pub(crate) fn decimal(value: f64, lang: Lang) -> String {
    let text = format!("{value:.2}");
    match lang {
        Lang::Fi => text.replace('.', ","),
        Lang::En => text,
    }
}
