//! Phase 4. Network tactics: what the organisation seeks from networking (goals with
//! priority and indicator), the tactic chosen with each key partner (form, depth now and
//! aimed at, contribution, benefit, timeline, owner, risks), and the readiness self-check.

use crate::i18n::Lang;
use crate::i18n::method::READINESS_ITEMS;
use crate::model::{Depth, NetworkingGoal, PartnerTactic, Project, TacticsPhase};
use crate::ui::ViewCtx;
use crate::ui::kit::{self, RowOp};
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

const GOAL_W: f32 = 230.0;
const INDICATOR_W: f32 = 190.0;
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
        let fixed = kit::NUMBER_W + CHANGE_W + kit::ROW_CONTROLS_WIDTH + 6.0 * spacing;
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
pub fn show(ui: &mut egui::Ui, cx: &mut ViewCtx) {
    kit::edit(ui, cx, |ui, cx, data: &mut TacticsPhase| {
        let (project, lang) = (cx.project, cx.lang);
        let mut step = goals(ui, project, lang, &mut data.goals);
        ui.add_space(12.0);
        step |= partners(ui, project, lang, &mut data.partners);
        ui.add_space(12.0);
        step |= readiness(ui, lang, &mut data.readiness);
        step
    });
}

fn intro(ui: &mut egui::Ui, text: &str) {
    ui.label(RichText::new(text).color(ui.visuals().weak_text_color()));
    ui.add_space(4.0);
}

/// The goals table.
fn goals(ui: &mut egui::Ui, project: &Project, lang: Lang, goals: &mut Vec<NetworkingGoal>) -> bool {
    let mut step = false;
    kit::section_heading(ui, GOALS_TITLE.get(lang));
    intro(ui, GOALS_INTRO.get(lang));
    let spacing = ui.spacing().item_spacing.x;
    // The card's inner margins and stroke take 20 points of the available width.
    let fixed = kit::NUMBER_W + GOAL_W + kit::SCALE_W + INDICATOR_W + kit::ROW_CONTROLS_WIDTH + 5.0 * spacing;
    let description_w = (ui.available_width() - 20.0 - fixed).max(180.0);
    let row_w = fixed + description_w;
    let columns = [
        (NUMBER.get(lang), kit::NUMBER_W),
        (GOAL_TYPE.get(lang), GOAL_W),
        (GOAL_DESCRIPTION.get(lang), description_w),
        (PRIORITY.get(lang), kit::SCALE_W),
        (INDICATOR.get(lang), INDICATOR_W),
    ];
    let op = kit::card_table(ui, lang, "goals_table", &columns, row_w, goals, |ui, i, len, goal| {
        let name = |column| kit::cell_name(lang, column, GOAL, i);
        let mut op = None;
        ui.horizontal_top(|ui| {
            kit::cell(ui, kit::NUMBER_W, |ui| {
                ui.add_space(4.0);
                ui.label(RichText::new((i + 1).to_string()).strong());
            });
            kit::cell(ui, GOAL_W, |ui| {
                step |= kit::catalog_choice(
                    ui,
                    "goal",
                    &name(GOAL_TYPE),
                    &project.catalogs.goal_types,
                    lang,
                    &mut goal.goal,
                    GOAL_W - 8.0,
                )
                .changed();
            });
            kit::cell(ui, description_w, |ui| {
                kit::wrapping_cell(ui, &name(GOAL_DESCRIPTION), &mut goal.description, description_w);
            });
            kit::cell(ui, kit::SCALE_W, |ui| {
                step |= kit::scale(ui, &name(PRIORITY_SHORT), &mut goal.priority, 1, 5).changed();
            });
            kit::cell(ui, INDICATOR_W, |ui| {
                kit::wrapping_cell(ui, &name(INDICATOR), &mut goal.indicator, INDICATOR_W);
            });
            kit::cell(ui, kit::ROW_CONTROLS_WIDTH, |ui| {
                if let Some(o) = kit::row_controls(ui, lang, &kit::row_name(lang, GOAL, i), i, len) {
                    op = Some(o);
                }
            });
        });
        op
    });
    step |= op.is_some();
    if kit::add_button(ui, ADD_GOAL.get(lang)) {
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
    kit::section_heading(ui, PARTNERS_TITLE.get(lang));
    intro(ui, PARTNERS_INTRO.get(lang));
    let w = TacticWidths::new(ui);
    let columns = [
        (NUMBER.get(lang), kit::NUMBER_W),
        (PARTNER.get(lang), w.partner),
        (FORM.get(lang), w.form),
        (CURRENT_DEPTH.get(lang), w.depth),
        ("", CHANGE_W),
        (TARGET_DEPTH.get(lang), w.depth),
    ];
    let op = kit::card_table(
        ui,
        lang,
        "partner_tactics",
        &columns,
        w.row,
        tactics,
        |ui, i, len, tactic| {
            let (row_step, row_op) = tactic_card(ui, project, lang, tactic, i, len, w);
            step |= row_step;
            row_op
        },
    );
    step |= op.is_some();
    // Every partner can be picked, also one already listed (a second tactic with it); the
    // list says which are.
    let mut options: Vec<_> = project
        .actors
        .iter()
        .filter(|a| !a.own)
        .map(|a| {
            let name = project.actor_name(a.id);
            if tactics.iter().any(|t| t.partner == a.id) {
                (a.id, format!("{name} {}", ALREADY.get(lang)))
            } else {
                (a.id, name)
            }
        })
        .collect();
    options.sort_by_key(|(_, name)| name.to_lowercase());
    if let Some(partner) = kit::actor_menu(ui, ADD_TACTIC.get(lang), &options, kit::NO_ACTORS.get(lang)) {
        let forms = &project.catalogs.cooperation_forms;
        let form = forms
            .get("project")
            .map_or_else(|| forms.first_key(), |i| i.key.clone());
        tactics.push(PartnerTactic {
            partner,
            form,
            ..PartnerTactic::default()
        });
        step = true;
    }
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
    let name = |column| kit::cell_name(lang, column, TACTIC, i);
    let depth_choice = |ui: &mut egui::Ui, salt: &str, label: &str, depth: &mut Depth| {
        let look = kit::Look::width(w.depth - 8.0);
        kit::value_choice(ui, salt, label, depth, Depth::ALL, look, |d| depth_text(lang, d)).changed()
    };
    ui.horizontal_top(|ui| {
        kit::cell(ui, kit::NUMBER_W, |ui| {
            ui.add_space(4.0);
            ui.label(RichText::new((i + 1).to_string()).strong());
        });
        kit::cell(ui, w.partner, |ui| {
            step |= kit::actor_choice(
                ui,
                "partner",
                &name(PARTNER),
                project,
                lang,
                &mut tactic.partner,
                w.partner - 8.0,
            )
            .changed();
        });
        kit::cell(ui, w.form, |ui| {
            step |= kit::catalog_choice(
                ui,
                "form",
                &name(FORM),
                &project.catalogs.cooperation_forms,
                lang,
                &mut tactic.form,
                w.form - 8.0,
            )
            .changed();
        });
        kit::cell(ui, w.depth, |ui| {
            step |= depth_choice(ui, "current", &name(CURRENT_DEPTH), &mut tactic.current_depth);
        });
        kit::cell(ui, CHANGE_W, |ui| {
            ui.add_space(4.0);
            let change = tactic.depth_change();
            let (text, tip, colour) = match change {
                0 => (
                    "=".to_owned(),
                    KEEP.get(lang).to_owned(),
                    ui.visuals().weak_text_color(),
                ),
                n if n > 0 => (format!("➡ +{n}"), DEEPEN.fmt(lang, &[("n", &n)]), kit::accent(ui)),
                n => (
                    format!("➡ {n}"),
                    LIGHTEN.fmt(lang, &[("n", &n.abs())]),
                    super::competences::GAP_COLOUR,
                ),
            };
            ui.label(RichText::new(text).strong().color(colour)).on_hover_text(tip);
        });
        kit::cell(ui, w.depth, |ui| {
            step |= depth_choice(ui, "target", &name(TARGET_DEPTH), &mut tactic.target_depth);
        });
        kit::cell(ui, kit::ROW_CONTROLS_WIDTH, |ui| {
            op = kit::row_controls(ui, lang, &kit::row_name(lang, TACTIC, i), i, len);
        });
    });
    ui.add_space(4.0);
    let spacing = ui.spacing().item_spacing.x;
    let inner = row_w - kit::NUMBER_W - spacing;
    let short_w = 140.0;
    let owner_w = 200.0;
    let seek_w = (inner - short_w - owner_w - 3.0 * spacing).max(160.0);
    let caption = |ui: &mut egui::Ui, text: &str| {
        ui.label(RichText::new(text).small().color(ui.visuals().weak_text_color()));
    };
    ui.horizontal_top(|ui| {
        kit::cell(ui, kit::NUMBER_W, |_| {});
        kit::cell(ui, seek_w, |ui| {
            caption(ui, SEEK.get(lang));
            kit::wrapping_cell(ui, &name(SEEK), &mut tactic.goal, seek_w);
        });
        kit::cell(ui, short_w, |ui| {
            caption(ui, TIMELINE.get(lang));
            kit::wrapping_cell(ui, &name(TIMELINE), &mut tactic.timeline, short_w);
        });
        kit::cell(ui, owner_w, |ui| {
            caption(ui, OWNER.get(lang));
            kit::wrapping_cell(ui, &name(OWNER), &mut tactic.owner, owner_w);
        });
    });
    let block_w = ((inner - 2.0 * spacing) / 3.0 - spacing).max(120.0);
    ui.horizontal_top(|ui| {
        kit::cell(ui, kit::NUMBER_W, |_| {});
        for (column, value) in [
            (CONTRIBUTION, &mut tactic.contribution),
            (BENEFIT, &mut tactic.benefit),
            (RISKS, &mut tactic.risks),
        ] {
            kit::cell(ui, block_w, |ui| {
                kit::text_block(ui, column.get(lang), &name(column), value, block_w);
            });
        }
    });
    (step, op)
}

/// The readiness self-check: four areas scored 1–5 with a comment, and their mean.
fn readiness(ui: &mut egui::Ui, lang: Lang, readiness: &mut crate::model::Readiness) -> bool {
    let mut step = false;
    kit::section_heading(ui, READINESS_TITLE.get(lang));
    intro(ui, READINESS_INTRO.get(lang));
    let label_w = 300.0;
    let scale_w = 170.0;
    let comment_w = (ui.available_width() - label_w - scale_w - 4.0 * ui.spacing().item_spacing.x - 16.0).max(200.0);
    kit::row_frame(ui, 0).show(ui, |ui| {
        ui.horizontal_top(|ui| {
            kit::header(
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
                    kit::cell(ui, label_w, |ui| {
                        ui.add_space(4.0);
                        ui.add(egui::Label::new(RichText::new(title).strong()).wrap());
                    });
                    kit::cell(ui, scale_w, |ui| {
                        let clear = CLEAR_SCORE.fmt(lang, &[("item", &title)]);
                        step |= kit::scale_opt(ui, title, &mut item.score, 1, 5, Some(&clear)).changed();
                    });
                    kit::cell(ui, comment_w, |ui| {
                        kit::text_cell(
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
                    let number = crate::model::number::format_number(Some(f64::from(mean)), 1, lang);
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
