//! The network portfolio of phase 1: the networks the organisation takes part in, each with
//! its main task, significance to us, members and development direction. One card per
//! network, in the user's order.

use crate::app::Outbox;
use crate::i18n::Lang;
use crate::model::{MappingPhase, NetworkMembership, Project};
use crate::ui::kit::{self, RowOp, UiExt};

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
    NETWORK_ROW = "verkosto {n}", "network {n}";
    SIGNIFICANCE_LEVELS = "1 = vähäinen … 5 = ratkaiseva", "1 = marginal … 5 = vital";
}

/// A one-line text field named `name` for screen readers, with a short visible label.
fn labelled_line(ui: &mut egui::Ui, visible: &str, name: &str, value: &mut String, hint: &str) -> egui::Response {
    ui.label(egui::RichText::new(visible).small().strong());
    kit::hinted_cell(ui, name, value, f32::INFINITY, hint)
}

/// Draws the portfolio.
pub fn show(ui: &mut egui::Ui, project: &Project, lang: Lang, out: &mut Outbox) {
    kit::edit_in(ui, project, out, |ui, mapping: &mut MappingPhase| {
        portfolio(ui, project, mapping, lang)
    });
}

/// The cards of the networks; returns whether a button changed the portfolio.
fn portfolio(ui: &mut egui::Ui, project: &Project, mapping: &mut MappingPhase, lang: Lang) -> bool {
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
                    egui::Frame::group(ui.style()).inner_margin(10.0).show(ui, |ui| {
                        ui.set_width(ui.available_width() - 12.0);
                        let n = i + 1;
                        let card = card(ui, project, network, n, count, lang, &mut step);
                        if let Some(a) = card {
                            action = Some(a);
                        }
                    });
                });
                ui.add_space(6.0);
            }
            if kit::add_button(ui, ADD_NETWORK.get(lang)) {
                mapping.portfolio.push(NetworkMembership {
                    id: project.next_network_id(),
                    ..NetworkMembership::default()
                });
                step = true;
            }
        });
    if let Some(op) = action {
        op.apply(&mut mapping.portfolio);
        step = true;
    }
    step
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
) -> Option<RowOp> {
    let mut action = None;
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new(format!("{n}.")).heading());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            action = kit::row_controls(ui, lang, &NETWORK_ROW.fmt(lang, &[("n", &n)]), n - 1, count);
            if ui.is_read_only() {
                ui.label(egui::RichText::new(&network.name).heading());
                return;
            }
            let field = egui::TextEdit::singleline(&mut network.name)
                .hint_text(NAME_HINT.get(lang))
                .font(egui::TextStyle::Heading)
                .desired_width(ui.available_width());
            let response = ui.add(field);
            kit::name(&response, egui::WidgetType::TextEdit, &NAME_N.fmt(lang, &[("n", &n)]));
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
        // The scale, and under it what its ends mean (wrapping in a narrow card).
        *step |= kit::scale(
            &mut cols[1],
            &SIGNIFICANCE_N.fmt(lang, &[("n", &n)]),
            &mut network.significance,
            1,
            5,
        )
        .changed();
        cols[1].add(egui::Label::new(egui::RichText::new(SIGNIFICANCE_LEVELS.get(lang)).weak().small()).wrap());
    });
    ui.label(egui::RichText::new(MEMBERS.get(lang)).small().strong());
    ui.horizontal_wrapped(|ui| {
        let mut remove = None;
        for (index, &member) in network.members.iter().enumerate() {
            let name = super::actor_name(project, member, lang);
            if ui.is_read_only() {
                ui.label(&name);
            } else if kit::chip(ui, &name, &REMOVE_MEMBER.fmt(lang, &[("name", &name), ("n", &n)])) {
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
        if ui.is_read_only() {
            return;
        }
        let members = network.members.clone();
        let picker = super::ActorPicker {
            project,
            width: 150.0,
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
