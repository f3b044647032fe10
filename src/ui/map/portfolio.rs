//! The network portfolio of phase 1: the networks the organisation takes part in, each with
//! its main task, significance to us, members and development direction. One card per
//! network, in the user's order.

use crate::app::Outbox;
use crate::i18n::Lang;
use crate::model::{Edit, NetworkMembership, Project};
use crate::ui::widgets;

crate::messages! {
    TITLE = "Verkostoportfolio", "Network portfolio";
    INTRO = "Verkostot, joissa organisaatio on mukana: kunkin päätehtävä, merkitys meille, jäsenet ja suunta, johon haluamme osuuttamme kehittää.", "The networks the organisation takes part in: each one's main task, what it means to us, its members and where we want to take our part in it.";
    EMPTY = "Portfoliossa ei ole vielä verkostoja.", "The portfolio has no networks yet.";
    ADD_NETWORK = "+ Lisää verkosto", "+ Add network";
    NAME = "Verkoston nimi", "Name of the network";
    NAME_HINT = "esim. Alueellinen hyvinvointiverkosto", "e.g. Regional wellbeing network";
    MAIN_TASK = "Päätehtävä", "Main task";
    SIGNIFICANCE = "Merkitys meille", "Significance to us";
    MEMBERS = "Jäsenet", "Members";
    NO_MEMBERS = "Ei jäseniä vielä.", "No members yet.";
    DIRECTION = "Kehityssuunta", "Development direction";
    DIRECTION_HINT = "Mitä haluamme osallistumisellemme tapahtuvan?", "What do we want to happen with our part in it?";
    ADD_MEMBER = "+ Jäsen…", "+ Member…";
    NAME_N = "Verkoston {n} nimi", "Name of network {n}";
    TASK_N = "Verkoston {n} päätehtävä", "Main task of network {n}";
    SIGNIFICANCE_N = "Verkoston {n} merkitys", "Significance of network {n}";
    DIRECTION_N = "Verkoston {n} kehityssuunta", "Development direction of network {n}";
    ADD_MEMBER_N = "Lisää jäsen verkostoon {n}", "Add a member to network {n}";
    REMOVE_MEMBER = "Poista {name} verkostosta {n}", "Remove {name} from network {n}";
    MOVE_UP = "Siirrä verkosto {n} ylemmäs", "Move network {n} up";
    MOVE_DOWN = "Siirrä verkosto {n} alemmas", "Move network {n} down";
    DELETE = "Poista verkosto {n}", "Delete network {n}";
    SIGNIFICANCE_LEVELS = "1 = vähäinen … 5 = ratkaiseva", "1 = marginal … 5 = vital";
}

/// What a button in a card asks for.
enum Action {
    Up(usize),
    Down(usize),
    Delete(usize),
}

/// A one-line text field named `name` for screen readers, with a short visible label.
fn labelled_line(ui: &mut egui::Ui, visible: &str, name: &str, value: &mut String, hint: &str) -> egui::Response {
    ui.label(egui::RichText::new(visible).small().strong());
    let response = ui.add(
        egui::TextEdit::singleline(value)
            .hint_text(hint)
            .desired_width(f32::INFINITY),
    );
    let name = name.to_owned();
    response.widget_info(move || egui::WidgetInfo::labeled(egui::WidgetType::TextEdit, true, &name));
    response
}

/// A small icon button named `name` for screen readers and tests.
fn icon_button(ui: &mut egui::Ui, icon: &str, name: String, enabled: bool) -> bool {
    let response = ui.add_enabled(enabled, egui::Button::new(icon)).on_hover_text(&name);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Button, enabled, &name));
    response.clicked()
}

/// Draws the portfolio.
pub fn show(ui: &mut egui::Ui, project: &Project, lang: Lang, out: &mut Outbox) {
    let original = &project.mapping;
    let mut mapping = original.clone();
    let mut step = false;
    let mut action = None;
    egui::ScrollArea::vertical()
        .id_salt("portfolio_scroll")
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.heading(TITLE.get(lang));
            ui.label(INTRO.get(lang));
            ui.add_space(8.0);
            if mapping.portfolio.is_empty() {
                ui.weak(EMPTY.get(lang));
            }
            let count = mapping.portfolio.len();
            for (i, network) in mapping.portfolio.iter_mut().enumerate() {
                ui.push_id(("network", network.id), |ui| {
                    egui::Frame::group(ui.style())
                        .inner_margin(10.0)
                        .outer_margin(egui::Margin {
                            right: 12,
                            ..Default::default()
                        })
                        .show(ui, |ui| {
                            ui.set_width(ui.available_width());
                            let n = i + 1;
                            let card = card(ui, project, network, n, count, lang, &mut step);
                            if let Some(a) = card {
                                action = Some(a);
                            }
                        });
                });
                ui.add_space(6.0);
            }
            if ui.button(ADD_NETWORK.get(lang)).clicked() {
                mapping.portfolio.push(NetworkMembership {
                    id: project.next_network_id(),
                    ..NetworkMembership::default()
                });
                step = true;
            }
        });
    match action {
        Some(Action::Up(i)) if i > 0 => mapping.portfolio.swap(i, i - 1),
        Some(Action::Down(i)) if i + 1 < mapping.portfolio.len() => mapping.portfolio.swap(i, i + 1),
        Some(Action::Delete(i)) if i < mapping.portfolio.len() => {
            mapping.portfolio.remove(i);
        }
        _ => {}
    }
    if action.is_some() {
        step = true;
    }
    if mapping != *original {
        if step {
            out.edit_step(Edit::SetMapping(Box::new(mapping)));
        } else {
            out.edit(ui.ctx(), Edit::SetMapping(Box::new(mapping)));
        }
    }
}

/// One network's card; returns a reorder or delete request.
fn card(
    ui: &mut egui::Ui,
    project: &Project,
    network: &mut NetworkMembership,
    n: usize,
    count: usize,
    lang: Lang,
    step: &mut bool,
) -> Option<Action> {
    let mut action = None;
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new(format!("{n}.")).heading());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if icon_button(ui, "🗑", DELETE.fmt(lang, &[("n", &n)]), true) {
                action = Some(Action::Delete(n - 1));
            }
            if icon_button(ui, "⏷", MOVE_DOWN.fmt(lang, &[("n", &n)]), n < count) {
                action = Some(Action::Down(n - 1));
            }
            if icon_button(ui, "⏶", MOVE_UP.fmt(lang, &[("n", &n)]), n > 1) {
                action = Some(Action::Up(n - 1));
            }
            let field = egui::TextEdit::singleline(&mut network.name)
                .hint_text(NAME_HINT.get(lang))
                .font(egui::TextStyle::Heading)
                .desired_width(ui.available_width());
            let response = ui.add(field);
            let name = NAME_N.fmt(lang, &[("n", &n)]);
            response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::TextEdit, true, &name));
        });
    });
    ui.columns(2, |cols| {
        labelled_line(
            &mut cols[0],
            MAIN_TASK.get(lang),
            &TASK_N.fmt(lang, &[("n", &n)]),
            &mut network.task,
            "",
        );
        cols[1].label(egui::RichText::new(SIGNIFICANCE.get(lang)).small().strong());
        cols[1].horizontal(|ui| {
            *step |= widgets::scale(
                ui,
                &SIGNIFICANCE_N.fmt(lang, &[("n", &n)]),
                &mut network.significance,
                1,
                5,
            )
            .changed();
            ui.weak(SIGNIFICANCE_LEVELS.get(lang));
        });
    });
    ui.label(egui::RichText::new(MEMBERS.get(lang)).small().strong());
    ui.horizontal_wrapped(|ui| {
        let mut remove = None;
        for (index, &member) in network.members.iter().enumerate() {
            let name = super::actor_name(project, member, lang);
            let chip = egui::Button::new(format!("{name}  ×")).corner_radius(10.0);
            let tip = REMOVE_MEMBER.fmt(lang, &[("name", &name), ("n", &n)]);
            let response = ui.add(chip).on_hover_text(&tip);
            response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Button, true, &tip));
            if response.clicked() {
                remove = Some(index);
            }
        }
        if let Some(index) = remove {
            network.members.remove(index);
            *step = true;
        }
        if network.members.is_empty() {
            ui.weak(NO_MEMBERS.get(lang));
        }
        let members = network.members.clone();
        let picker = super::ActorPicker {
            project,
            width: 110.0,
            lang,
        };
        let (_, chosen) = picker.show(
            ui,
            ("portfolio_member", network.id),
            &ADD_MEMBER_N.fmt(lang, &[("n", &n)]),
            ADD_MEMBER.get(lang),
            |a| members.contains(&a),
        );
        if let Some(actor) = chosen {
            network.members.push(actor);
            *step = true;
        }
    });
    ui.add_space(2.0);
    labelled_line(
        ui,
        DIRECTION.get(lang),
        &DIRECTION_N.fmt(lang, &[("n", &n)]),
        &mut network.direction,
        DIRECTION_HINT.get(lang),
    );
    action
}
