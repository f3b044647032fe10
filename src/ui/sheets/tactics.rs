//! Phase 4. Network tactics: what the organisation seeks from networking (goals with
//! priority and indicator), the tactic chosen with each key partner (form, depth now and
//! aimed at, contribution, benefit, timeline, owner, risks), and the readiness self-check.

use super::table::{self, RowOp};
use crate::app::Outbox;
use crate::i18n::Lang;
use crate::i18n::method::READINESS_ITEMS;
use crate::model::{Depth, Edit, NetworkingGoal, PartnerTactic, Project};
use egui::RichText;

crate::messages! {
    GOALS_TITLE = "Verkostoitumisen tavoitteet", "Networking goals";
    GOALS_INTRO = "Mitä haluamme saavuttaa verkostoitumalla, kuinka tärkeää se on ja mistä tiedämme onnistuneemme.", "What we want to achieve by networking, how much it matters, and how we will know we got there.";
    GOAL = "tavoite", "goal";
    NUMBER = "#", "#";
    GOAL_TYPE = "Tavoite", "Goal";
    GOAL_DESCRIPTION = "Mitä se tarkoittaa meille", "What it means for us";
    PRIORITY = "Prioriteetti 1–5", "Priority 1–5";
    PRIORITY_SHORT = "Prioriteetti", "Priority";
    INDICATOR = "Mittari", "Indicator";
    ADD_GOAL = "+ Lisää tavoite", "+ Add goal";

    PARTNERS_TITLE = "Kumppanikohtainen taktiikka", "Partner tactics";
    PARTNERS_INTRO = "Kenen kanssa syvennämme yhteistyötä, kenen kanssa pidämme sen kevyenä, ja millä keinoin.", "With whom we deepen cooperation, with whom we keep it light, and by which means.";
    TACTIC = "kumppanitaktiikka", "partner tactic";
    PARTNER = "Kumppani", "Partner";
    FORM = "Yhteistyön muoto", "Form of cooperation";
    CURRENT_DEPTH = "Syvyys nyt", "Depth now";
    TARGET_DEPTH = "Tavoiteltu syvyys", "Target depth";
    DEEPEN = "Syvennetään {n} askelta", "Deepen by {n} steps";
    LIGHTEN = "Kevennetään {n} askelta", "Make lighter by {n} steps";
    KEEP = "Syvyys pysyy", "Depth stays";
    SEEK = "Mitä haemme tältä kumppanilta", "What we seek with this partner";
    TIMELINE = "Aikataulu", "Timeline";
    OWNER = "Vastuuhenkilö", "Owner";
    CONTRIBUTION = "Oma panoksemme", "Our contribution";
    BENEFIT = "Odotettu hyöty", "Expected benefit";
    RISKS = "Riskit", "Risks";
    ADD_TACTIC = "+ Lisää kumppanitaktiikka", "+ Add partner tactic";
    ALREADY = "(on jo)", "(already listed)";

    READINESS_TITLE = "Valmius verkostoitua", "Readiness to network";
    READINESS_INTRO = "Arvioi kukin osa-alue asteikolla 1 (heikko) – 5 (vahva) ja perustele lyhyesti.", "Rate each area from 1 (weak) to 5 (strong) and give a short reason.";
    SCORE = "Arvio", "Score";
    COMMENT = "Perustelu", "Comment";
    COMMENT_OF = "Perustelu: {item}", "Comment: {item}";
    CLEAR_SCORE = "Tyhjennä arvio: {item}", "Clear the score: {item}";
    MEAN = "Keskiarvo {mean} / 5", "Mean {mean} / 5";
    MEAN_NONE = "Keskiarvo: ei vielä arvioita", "Mean: no scores yet";
    ANSWERED = "{answered}/4 osa-aluetta arvioitu", "{answered} of 4 areas scored";
}

const NUMBER_W: f32 = 22.0;
const GOAL_W: f32 = 230.0;
const SCALE_W: f32 = 136.0;
const INDICATOR_W: f32 = 190.0;
const CONTROLS_W: f32 = 86.0;
const CHANGE_W: f32 = 48.0;

/// Widths of the partner tactics' first line: the combo boxes share what the fixed columns
/// leave, so that their texts are cut only on narrow screens.
#[derive(Clone, Copy)]
struct TacticWidths {
    partner: f32,
    form: f32,
    depth: f32,
    row: f32,
}

impl TacticWidths {
    fn new(ui: &egui::Ui) -> TacticWidths {
        let spacing = ui.spacing().item_spacing.x;
        // The card's inner margins and stroke take 20 points of the available width.
        let fixed = NUMBER_W + CHANGE_W + CONTROLS_W + 6.0 * spacing;
        let rest = (ui.available_width() - 20.0 - fixed).max(640.0);
        TacticWidths {
            partner: rest * 0.22,
            form: rest * 0.27,
            depth: rest * 0.25,
            row: fixed + rest,
        }
    }
}

/// Draws the phase's own editors (between the guiding questions and the common fields).
pub fn show(ui: &mut egui::Ui, project: &Project, lang: Lang, out: &mut Outbox) {
    let original = &project.tactics;
    let mut data = original.clone();
    let mut step = false;

    step |= goals(ui, project, lang, &mut data.goals);
    ui.add_space(12.0);
    step |= partners(ui, project, lang, &mut data.partners);
    ui.add_space(12.0);
    step |= readiness(ui, lang, &mut data.readiness);

    if data != *original {
        let edit = Edit::SetTactics(Box::new(data));
        if step {
            out.edit_step(edit)
        } else {
            out.edit(ui.ctx(), edit)
        }
    }
}

fn intro(ui: &mut egui::Ui, text: &str) {
    ui.label(RichText::new(text).color(ui.visuals().weak_text_color()));
    ui.add_space(4.0);
}

/// The goals table.
fn goals(ui: &mut egui::Ui, project: &Project, lang: Lang, goals: &mut Vec<NetworkingGoal>) -> bool {
    let mut step = false;
    table::section_heading(ui, GOALS_TITLE.get(lang));
    intro(ui, GOALS_INTRO.get(lang));
    let spacing = ui.spacing().item_spacing.x;
    // The card's inner margins and stroke take 20 points of the available width.
    let fixed = NUMBER_W + GOAL_W + SCALE_W + INDICATOR_W + CONTROLS_W + 5.0 * spacing;
    let description_w = (ui.available_width() - 20.0 - fixed).max(180.0);
    let row_w = fixed + description_w;
    egui::ScrollArea::horizontal().id_salt("goals_table").show(ui, |ui| {
        ui.vertical(|ui| {
            ui.horizontal(|ui| {
                ui.add_space(8.0);
                table::header(
                    ui,
                    &[
                        (NUMBER.get(lang), NUMBER_W),
                        (GOAL_TYPE.get(lang), GOAL_W),
                        (GOAL_DESCRIPTION.get(lang), description_w),
                        (PRIORITY.get(lang), SCALE_W),
                        (INDICATOR.get(lang), INDICATOR_W),
                    ],
                );
            });
            if goals.is_empty() {
                table::empty_hint(ui, lang);
            }
            let len = goals.len();
            let mut op: Option<RowOp> = None;
            for (i, goal) in goals.iter_mut().enumerate() {
                let name = |column| table::cell_name(lang, column, GOAL, i);
                ui.push_id(("goal", i), |ui| {
                    table::row_frame(ui, i).show(ui, |ui| {
                        ui.set_width(row_w);
                        ui.horizontal_top(|ui| {
                            table::cell(ui, NUMBER_W, |ui| {
                                ui.add_space(4.0);
                                ui.label(RichText::new((i + 1).to_string()).strong());
                            });
                            table::cell(ui, GOAL_W, |ui| {
                                step |= table::catalog_choice(
                                    ui,
                                    "goal",
                                    &name(GOAL_TYPE),
                                    &project.catalogs.goal_types,
                                    lang,
                                    &mut goal.goal,
                                    GOAL_W - 8.0,
                                );
                            });
                            table::cell(ui, description_w, |ui| {
                                table::wrapping_cell(ui, &name(GOAL_DESCRIPTION), &mut goal.description, description_w);
                            });
                            table::cell(ui, SCALE_W, |ui| {
                                step |= table::scale(ui, &name(PRIORITY_SHORT), &mut goal.priority, 1, 5);
                            });
                            table::cell(ui, INDICATOR_W, |ui| {
                                table::wrapping_cell(ui, &name(INDICATOR), &mut goal.indicator, INDICATOR_W);
                            });
                            table::cell(ui, CONTROLS_W, |ui| {
                                if let Some(o) = table::row_controls(ui, lang, GOAL, i, len) {
                                    op = Some(o);
                                }
                            });
                        });
                    });
                });
                ui.add_space(2.0);
            }
            if let Some(op) = op {
                op.apply(goals);
                step = true;
            }
        });
    });
    if ui.button(ADD_GOAL.get(lang)).clicked() {
        let catalog = &project.catalogs.goal_types;
        // Suggest the first goal type not used yet, so a new row is rarely a duplicate.
        let key = catalog
            .0
            .iter()
            .find(|item| !goals.iter().any(|g| g.goal == item.key))
            .map_or_else(|| catalog.first_key(), |item| item.key.clone());
        goals.push(NetworkingGoal {
            goal: key,
            ..NetworkingGoal::default()
        });
        step = true;
    }
    step
}

/// The partner tactics, one card each.
fn partners(ui: &mut egui::Ui, project: &Project, lang: Lang, tactics: &mut Vec<PartnerTactic>) -> bool {
    let mut step = false;
    table::section_heading(ui, PARTNERS_TITLE.get(lang));
    intro(ui, PARTNERS_INTRO.get(lang));
    let w = TacticWidths::new(ui);
    egui::ScrollArea::horizontal()
        .id_salt("partner_tactics")
        .show(ui, |ui| {
            ui.vertical(|ui| {
                ui.horizontal(|ui| {
                    ui.add_space(8.0);
                    table::header(
                        ui,
                        &[
                            (NUMBER.get(lang), NUMBER_W),
                            (PARTNER.get(lang), w.partner),
                            (FORM.get(lang), w.form),
                            (CURRENT_DEPTH.get(lang), w.depth),
                            ("", CHANGE_W),
                            (TARGET_DEPTH.get(lang), w.depth),
                        ],
                    );
                });
                if tactics.is_empty() {
                    table::empty_hint(ui, lang);
                }
                let len = tactics.len();
                let mut op: Option<RowOp> = None;
                for (i, tactic) in tactics.iter_mut().enumerate() {
                    ui.push_id(("tactic", i), |ui| {
                        table::row_frame(ui, i).show(ui, |ui| {
                            ui.set_width(w.row);
                            let (row_step, row_op) = tactic_card(ui, project, lang, tactic, i, len, w);
                            step |= row_step;
                            if row_op.is_some() {
                                op = row_op;
                            }
                        });
                    });
                    ui.add_space(2.0);
                }
                if let Some(op) = op {
                    op.apply(tactics);
                    step = true;
                }
            });
        });
    table::menu_button(ui, ADD_TACTIC.get(lang), |ui| {
        let mut actors: Vec<_> = project.actors.iter().filter(|a| !a.own).collect();
        actors.sort_by_key(|a| a.name.to_lowercase());
        if actors.is_empty() {
            ui.label(table::NO_ACTORS.get(lang));
        }
        for actor in actors {
            let listed = tactics.iter().any(|t| t.partner == actor.id);
            let text = if listed {
                format!("{} {}", actor.name, ALREADY.get(lang))
            } else {
                actor.name.clone()
            };
            if ui.button(text).clicked() {
                let form = project
                    .catalogs
                    .cooperation_forms
                    .get("project")
                    .map_or_else(|| project.catalogs.cooperation_forms.first_key(), |i| i.key.clone());
                tactics.push(PartnerTactic {
                    partner: actor.id,
                    form,
                    ..PartnerTactic::default()
                });
                step = true;
                ui.close();
            }
        }
    });
    step
}

fn depth_text(lang: Lang, d: Depth) -> String {
    format!("{} {}", d.number(), d.label().get(lang))
}

/// One partner tactic: partner, form and depths on the header's line, then the rest.
fn tactic_card(
    ui: &mut egui::Ui,
    project: &Project,
    lang: Lang,
    tactic: &mut PartnerTactic,
    i: usize,
    len: usize,
    w: TacticWidths,
) -> (bool, Option<RowOp>) {
    let row_w = w.row;
    let mut step = false;
    let mut op = None;
    let name = |column| table::cell_name(lang, column, TACTIC, i);
    ui.horizontal_top(|ui| {
        table::cell(ui, NUMBER_W, |ui| {
            ui.add_space(4.0);
            ui.label(RichText::new((i + 1).to_string()).strong());
        });
        table::cell(ui, w.partner, |ui| {
            step |= table::actor_choice(
                ui,
                "partner",
                &name(PARTNER),
                project,
                lang,
                &mut tactic.partner,
                w.partner - 8.0,
            );
        });
        table::cell(ui, w.form, |ui| {
            step |= table::catalog_choice(
                ui,
                "form",
                &name(FORM),
                &project.catalogs.cooperation_forms,
                lang,
                &mut tactic.form,
                w.form - 8.0,
            );
        });
        table::cell(ui, w.depth, |ui| {
            step |= table::value_choice(
                ui,
                "current",
                &name(CURRENT_DEPTH),
                &mut tactic.current_depth,
                Depth::ALL,
                w.depth - 8.0,
                |d| depth_text(lang, d),
            );
        });
        table::cell(ui, CHANGE_W, |ui| {
            ui.add_space(4.0);
            let change = tactic.depth_change();
            let (text, tip, colour) = match change {
                0 => (
                    "=".to_owned(),
                    KEEP.get(lang).to_owned(),
                    ui.visuals().weak_text_color(),
                ),
                n if n > 0 => (
                    format!("➡ +{n}"),
                    DEEPEN.fmt(lang, &[("n", &n)]),
                    super::table::accent(ui),
                ),
                n => (
                    format!("➡ {n}"),
                    LIGHTEN.fmt(lang, &[("n", &n.abs())]),
                    super::competences::GAP_COLOUR,
                ),
            };
            ui.label(RichText::new(text).strong().color(colour)).on_hover_text(tip);
        });
        table::cell(ui, w.depth, |ui| {
            step |= table::value_choice(
                ui,
                "target",
                &name(TARGET_DEPTH),
                &mut tactic.target_depth,
                Depth::ALL,
                w.depth - 8.0,
                |d| depth_text(lang, d),
            );
        });
        table::cell(ui, CONTROLS_W, |ui| {
            op = table::row_controls(ui, lang, TACTIC, i, len);
        });
    });
    ui.add_space(4.0);
    let spacing = ui.spacing().item_spacing.x;
    let inner = row_w - NUMBER_W - spacing;
    let short_w = 140.0;
    let owner_w = 200.0;
    let seek_w = (inner - short_w - owner_w - 3.0 * spacing).max(160.0);
    let caption = |ui: &mut egui::Ui, text: &str| {
        ui.label(RichText::new(text).small().color(ui.visuals().weak_text_color()));
    };
    ui.horizontal_top(|ui| {
        table::cell(ui, NUMBER_W, |_| {});
        table::cell(ui, seek_w, |ui| {
            caption(ui, SEEK.get(lang));
            table::wrapping_cell(ui, &name(SEEK), &mut tactic.goal, seek_w);
        });
        table::cell(ui, short_w, |ui| {
            caption(ui, TIMELINE.get(lang));
            table::wrapping_cell(ui, &name(TIMELINE), &mut tactic.timeline, short_w);
        });
        table::cell(ui, owner_w, |ui| {
            caption(ui, OWNER.get(lang));
            table::wrapping_cell(ui, &name(OWNER), &mut tactic.owner, owner_w);
        });
    });
    let block_w = ((inner - 2.0 * spacing) / 3.0 - spacing).max(120.0);
    ui.horizontal_top(|ui| {
        table::cell(ui, NUMBER_W, |_| {});
        for (column, value) in [
            (CONTRIBUTION, &mut tactic.contribution),
            (BENEFIT, &mut tactic.benefit),
            (RISKS, &mut tactic.risks),
        ] {
            table::cell(ui, block_w, |ui| {
                table::text_block(ui, column.get(lang), &name(column), value, block_w);
            });
        }
    });
    (step, op)
}

/// The readiness self-check: four areas scored 1–5 with a comment, and their mean.
fn readiness(ui: &mut egui::Ui, lang: Lang, readiness: &mut crate::model::Readiness) -> bool {
    let mut step = false;
    table::section_heading(ui, READINESS_TITLE.get(lang));
    intro(ui, READINESS_INTRO.get(lang));
    let label_w = 300.0;
    let scale_w = 170.0;
    let comment_w = (ui.available_width() - label_w - scale_w - 4.0 * ui.spacing().item_spacing.x - 16.0).max(200.0);
    table::row_frame(ui, 0).show(ui, |ui| {
        ui.horizontal_top(|ui| {
            table::header(
                ui,
                &[
                    ("", label_w),
                    (SCORE.get(lang), scale_w),
                    (COMMENT.get(lang), comment_w),
                ],
            );
        });
        for (item, text) in readiness.items_mut().into_iter().zip(READINESS_ITEMS) {
            let title = text.get(lang);
            ui.push_id(title, |ui| {
                ui.horizontal_top(|ui| {
                    table::cell(ui, label_w, |ui| {
                        ui.add_space(4.0);
                        ui.add(egui::Label::new(RichText::new(title).strong()).wrap());
                    });
                    table::cell(ui, scale_w, |ui| {
                        let clear = CLEAR_SCORE.fmt(lang, &[("item", &title)]);
                        step |= table::scale_opt(ui, title, &mut item.score, 1, 5, Some(&clear));
                    });
                    table::cell(ui, comment_w, |ui| {
                        table::text_cell(
                            ui,
                            &COMMENT_OF.fmt(lang, &[("item", &title)]),
                            &mut item.comment,
                            comment_w,
                        );
                    });
                });
            });
        }
        ui.separator();
        ui.horizontal(|ui| {
            match readiness.mean() {
                Some(mean) => {
                    let number = format!("{mean:.1}");
                    // Finnish writes decimals with a comma.
                    let number = if lang == Lang::Fi {
                        number.replace('.', ",")
                    } else {
                        number
                    };
                    let text = MEAN.fmt(lang, &[("mean", &number)]);
                    ui.label(RichText::new(text).strong().size(18.0));
                    let bar = egui::ProgressBar::new((mean - 1.0) / 4.0)
                        .desired_width(200.0)
                        .fill(crate::ui::style::OWN_HUES[3]);
                    ui.add(bar);
                }
                None => {
                    ui.label(RichText::new(MEAN_NONE.get(lang)).strong());
                }
            }
            ui.label(
                RichText::new(ANSWERED.fmt(lang, &[("answered", &readiness.answered())]))
                    .color(ui.visuals().weak_text_color()),
            );
        });
    });
    step
}
