//! The review of members' files before they are combined: a summary line (members, their
//! actors, the proposed matches by reason, how many joint actors will result), then every
//! member's actor in one table with its proposed match, score and reason, and the reviewer's
//! controls: accept, reject, or pick another actor by hand (also for an actor with no proposal).
//! Similar names are uncertain: they come first, are tinted, and can be shown alone. The rows
//! are virtualised and filtered only when something changes, so 5 × 2,000 actors stay smooth.

use crate::app::{CombineReview, Command, Outbox, RowFilter};
use crate::combine::{ActorKey, Reason, Verdict};
use crate::i18n::{Lang, msg as app_msg};
use crate::ui::kit;
use egui::{RichText, WidgetInfo, WidgetType};

crate::messages! {
    TITLE_NEW = "Yhdistä jäsenten näkemykset", "Combine members' views";
    TITLE_UPDATE = "Päivitä yhteinen näkemys", "Update the joint view";
    MEMBERS_LINE = "Jäsenet ({count}): {list}.", "Members ({count}): {list}.";
    MEMBER_ACTORS = "{name} {count} toimijaa", "{name} {count} actors";
    MATCHES_LINE = "Ehdotetut yhdistämiset: {list}.", "Proposed matches: {list}.";
    NO_MATCHES = "Ei ehdotettuja yhdistämisiä.", "No proposed matches.";
    UNDECIDED = "Epävarmoja ratkaisematta {count}: samankaltaiset nimet yhdistetään vasta hyväksyttyinä.", "Uncertain, not yet decided: {count}. Similar names are combined only once accepted.";
    RESULT = "Yhteiseen näkemykseen tulee {count} toimijaa.", "The joint view will have {count} actors.";
    SHOW = "Näytä", "Show";
    SHOW_ALL = "Kaikki", "All";
    SHOW_UNCERTAIN = "Vain epävarmat", "Only uncertain";
    SHOW_UNMATCHED = "Ilman vastinetta", "Without a match";
    SEARCH = "Etsi nimeä", "Search names";
    ACCEPT_SIMILAR = "Hyväksy kaikki samankaltaiset", "Accept all similar";
    COL_ACTOR = "Jäsenen toimija", "Member's actor";
    COL_MATCH = "Ehdotettu vastine", "Proposed match";
    COL_WHY = "Peruste", "Reason";
    COL_DECISION = "Ratkaisu", "Decision";
    ACCEPT = "Hyväksy", "Accept";
    ACCEPT_NAMED = "Hyväksy: {actor} ({member})", "Accept: {actor} ({member})";
    REJECT = "Hylkää", "Reject";
    REJECT_NAMED = "Hylkää: {actor} ({member})", "Reject: {actor} ({member})";
    PICK = "Valitse toinen…", "Pick another…";
    PICK_NAMED = "Valitse toinen vastine: {actor} ({member})", "Pick another match: {actor} ({member})";
    PICK_FIRST = "Valitse vastine…", "Pick a match…";
    PICK_FIRST_NAMED = "Valitse vastine: {actor} ({member})", "Pick a match: {actor} ({member})";
    NO_MATCH = "ei vastinetta", "no match";
    MATCHED_HERE = "muiden vastine ({count})", "the match of others ({count})";
    JOINT_OWNER = "yhteinen näkemys", "joint view";
    REASON_PROVENANCE = "yhdistetty jo aiemmin", "already combined";
    REJECTED = "pidetään erillään", "kept apart";
    PICK_TITLE = "Valitse vastine: {actor} ({member})", "Choose the match of {actor} ({member})";
    PICK_EXPLAIN = "Valitse yhteisen näkemyksen tai toisen jäsenen toimija, joka on sama kuin tämä.", "Choose the actor of the joint view or of another member that is the same as this one.";
    PICK_SEARCH = "Etsi toimijaa", "Search actors";
    PICK_BACK = "Takaisin listaan", "Back to the list";
    PICK_NONE = "Hakua vastaavia toimijoita ei ole.", "No actor fits the search.";
    CHOOSE_NAMED = "Valitse {name} ({owner})", "Choose {name} ({owner})";
    EMPTY_ROWS = "Ei näytettäviä rivejä.", "No rows to show.";
}

/// Height of one table row: two lines of text.
const ROW_H: f32 = 44.0;

/// A change the user asked for in this frame, applied after the table is drawn.
enum Action {
    Accept(usize),
    Reject(usize),
    StartPick(usize),
    Choose(ActorKey),
    BackFromPick,
    AcceptSimilar,
    Refilter,
    RefreshPick,
}

fn reason_text(reason: Reason, lang: Lang) -> &'static str {
    use crate::combine::msg;
    match reason {
        Reason::Exact => msg::REASON_EXACT.get(lang),
        Reason::SuffixOnly => msg::REASON_SUFFIX.get(lang),
        Reason::Similar => msg::REASON_SIMILAR.get(lang),
        Reason::Manual => msg::REASON_MANUAL.get(lang),
        Reason::Provenance => REASON_PROVENANCE.get(lang),
    }
}

/// Who an actor belongs to: its member's name, or the joint view.
fn owner(table: &CombineReview, key: ActorKey, lang: Lang) -> String {
    match key {
        ActorKey::Joint(_) => JOINT_OWNER.get(lang).to_owned(),
        ActorKey::Member(k, _) => table.member_names.get(k).cloned().unwrap_or_default(),
    }
}

fn name_of(table: &CombineReview, key: ActorKey) -> &str {
    table.named(key).map_or("", |n| n.name.as_str())
}

/// A cell of a row, `width` wide and the row's height, its lines from the top.
fn cell(ui: &mut egui::Ui, width: f32, add: impl FnOnce(&mut egui::Ui)) {
    ui.allocate_ui_with_layout(
        egui::vec2(width, ROW_H - 4.0),
        egui::Layout::top_down(egui::Align::Min),
        |ui| {
            ui.set_width(width);
            ui.spacing_mut().item_spacing.y = 0.0;
            add(ui);
        },
    );
}

/// A name on one line, cut with "…" when longer than its cell (the full name shows on hover).
fn line(ui: &mut egui::Ui, text: impl Into<egui::WidgetText>) {
    ui.add(egui::Label::new(text).truncate());
}

/// Shows the review; returns false when cancelled.
pub fn show(ctx: &egui::Context, table: &mut CombineReview, lang: Lang, out: &mut Outbox) -> bool {
    let mut keep_open = true;
    let mut actions = Vec::new();
    let screen = ctx.content_rect();
    let width = (screen.width() - 64.0).clamp(480.0, 1100.0);
    egui::Modal::new(egui::Id::new("combine_review")).show(ctx, |ui| {
        ui.set_width(width);
        if table.pick.is_some() {
            picker(ui, table, lang, screen.height(), &mut actions);
            return;
        }
        let title = if table.update { TITLE_UPDATE } else { TITLE_NEW };
        ui.heading(title.get(lang));
        summary(ui, table, lang, width);
        ui.add_space(4.0);
        controls(ui, table, lang, &mut actions);
        ui.add_space(4.0);
        // The summary and the controls above, the buttons below: the table takes what is left.
        let height = (screen.height() - 360.0).max(120.0);
        rows(ui, table, lang, height, &mut actions);
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let combine = Command::ApplyCombine;
            if ui.button(RichText::new(combine.label().get(lang)).strong()).clicked() {
                out.command(combine);
            }
            if ui.button(app_msg::CANCEL.get(lang)).clicked() || super::escape(ui) {
                keep_open = false;
            }
        });
    });
    for action in actions {
        match action {
            Action::Accept(i) => table.accept(i),
            Action::Reject(i) => table.reject(i),
            Action::StartPick(i) => table.start_pick(i),
            Action::Choose(key) => {
                if let Some(pick) = table.pick.take() {
                    table.point(pick.row, key);
                }
            }
            Action::BackFromPick => table.pick = None,
            Action::AcceptSimilar => table.accept_similar(),
            Action::Refilter => table.refilter(),
            Action::RefreshPick => table.refresh_pick(),
        }
    }
    keep_open
}

fn summary(ui: &mut egui::Ui, table: &CombineReview, lang: Lang, width: f32) {
    let s = &table.summary;
    let list = s
        .members
        .iter()
        .map(|(name, count)| MEMBER_ACTORS.fmt(lang, &[("name", name), ("count", count)]))
        .collect::<Vec<_>>()
        .join(", ");
    let mut text = MEMBERS_LINE.fmt(lang, &[("count", &s.members.len()), ("list", &list)]);
    text.push(' ');
    if s.by_reason.is_empty() {
        text.push_str(NO_MATCHES.get(lang));
    } else {
        let list = s
            .by_reason
            .iter()
            .map(|&(reason, n)| format!("{} {n}", reason_text(reason, lang)))
            .collect::<Vec<_>>()
            .join(", ");
        text.push_str(&MATCHES_LINE.fmt(lang, &[("list", &list)]));
    }
    text.push(' ');
    text.push_str(&RESULT.fmt(lang, &[("count", &s.joint_actors)]));
    kit::wrapped_text(ui, text, width);
    if s.undecided > 0 {
        let warn = ui.visuals().warn_fg_color;
        kit::wrapped_text(
            ui,
            RichText::new(UNDECIDED.fmt(lang, &[("count", &s.undecided)])).color(warn),
            width,
        );
    }
}

fn controls(ui: &mut egui::Ui, table: &mut CombineReview, lang: Lang, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        ui.label(SHOW.get(lang));
        let options = [
            (RowFilter::All, SHOW_ALL.get(lang).to_owned()),
            (RowFilter::Uncertain, SHOW_UNCERTAIN.get(lang).to_owned()),
            (RowFilter::Unmatched, SHOW_UNMATCHED.get(lang).to_owned()),
        ];
        if kit::segmented(ui, SHOW.get(lang), &mut table.filter, &options) {
            actions.push(Action::Refilter);
        }
        ui.separator();
        let search = ui.add(
            egui::TextEdit::singleline(&mut table.search)
                .desired_width(180.0)
                .hint_text(SEARCH.get(lang)),
        );
        kit::name(&search, WidgetType::TextEdit, SEARCH.get(lang));
        if search.changed() {
            actions.push(Action::Refilter);
        }
        ui.separator();
        let any = table.summary.undecided > 0;
        if ui
            .add_enabled(any, egui::Button::new(ACCEPT_SIMILAR.get(lang)))
            .clicked()
        {
            actions.push(Action::AcceptSimilar);
        }
    });
}

/// A toggle that shows whether it is the chosen verdict, named for screen readers.
fn toggle(ui: &mut egui::Ui, on: bool, text: &str, spoken: &str) -> bool {
    let rich = if on {
        RichText::new(text).strong()
    } else {
        RichText::new(text)
    };
    let response = ui.add(egui::Button::selectable(on, rich).min_size(egui::vec2(0.0, kit::LINE)));
    let spoken = spoken.to_owned();
    response.widget_info(move || WidgetInfo::selected(WidgetType::Button, true, on, &spoken));
    response.clicked()
}

fn rows(ui: &mut egui::Ui, table: &CombineReview, lang: Lang, height: f32, actions: &mut Vec<Action>) {
    let decision_w = 250.0;
    let why_w = 180.0;
    // The scroll bar takes its room from the rows.
    let scroll_bar = ui.spacing().scroll.bar_width + ui.spacing().scroll.bar_outer_margin;
    let fixed = why_w + decision_w + 3.0 * kit::COLUMN_GAP + 8.0 + scroll_bar;
    let flexible = ((ui.available_width() - fixed) / 2.0).max(140.0);
    let widths = [flexible, flexible, why_w, decision_w];
    ui.horizontal(|ui| {
        ui.add_space(4.0);
        ui.spacing_mut().item_spacing.x = kit::COLUMN_GAP;
        let titles = [COL_ACTOR, COL_MATCH, COL_WHY, COL_DECISION];
        for (title, &width) in titles.iter().zip(&widths) {
            kit::cell(ui, width, |ui| kit::column_title(ui, title.get(lang)));
        }
    });
    if table.shown.is_empty() {
        ui.weak(EMPTY_ROWS.get(lang));
        return;
    }
    let spacing = ui.spacing().item_spacing.y;
    // Sized at once from the row count (a shrinking scroll area would grow over frames).
    let height = ((ROW_H + spacing) * table.shown.len() as f32 + spacing).min(height);
    egui::ScrollArea::vertical()
        .id_salt("combine_rows")
        .min_scrolled_height(height)
        .max_height(height)
        .auto_shrink([false, true])
        .show_rows(ui, ROW_H, table.shown.len(), |ui, range| {
            for n in range {
                let Some(&i) = table.shown.get(n) else { continue };
                row(ui, table, i, n, &widths, lang, actions);
            }
            // Keeps the last row clear of the edge.
            ui.add_space(spacing);
        });
}

fn row(
    ui: &mut egui::Ui,
    table: &CombineReview,
    i: usize,
    n: usize,
    widths: &[f32],
    lang: Lang,
    actions: &mut Vec<Action>,
) {
    let Some(r) = table.rows.get(i) else { return };
    let proposal = table.proposal(i);
    let actor = name_of(table, r.actor);
    let member = owner(table, r.actor, lang);
    let undecided = proposal.is_some_and(|p| p.verdict == Verdict::Proposed);
    let full = egui::vec2(ui.available_width(), ROW_H);
    let (rect, _) = ui.allocate_exact_size(full, egui::Sense::hover());
    let visuals = ui.visuals();
    let fill = if r.uncertain {
        // Uncertain rows stand out, the more while they wait for a decision.
        visuals.warn_fg_color.gamma_multiply(if undecided { 0.22 } else { 0.1 })
    } else if n.is_multiple_of(2) {
        visuals.faint_bg_color
    } else {
        egui::Color32::TRANSPARENT
    };
    ui.painter().rect_filled(rect, 3.0, fill);
    let mut inner = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect.shrink2(egui::vec2(4.0, 2.0)))
            .layout(egui::Layout::left_to_right(egui::Align::Center)),
    );
    let ui = &mut inner;
    ui.spacing_mut().item_spacing.x = kit::COLUMN_GAP;
    let weak = ui.visuals().weak_text_color();
    cell(ui, widths[0], |ui| {
        line(ui, RichText::new(actor).strong());
        line(ui, RichText::new(&member).small().color(weak));
    });
    cell(ui, widths[1], |ui| match proposal {
        Some(p) => {
            let rejected = p.verdict == Verdict::Rejected;
            let name = RichText::new(name_of(table, p.target));
            line(
                ui,
                if rejected {
                    name.strikethrough().color(weak)
                } else {
                    name
                },
            );
            line(ui, RichText::new(owner(table, p.target, lang)).small().color(weak));
        }
        None => line(ui, RichText::new(NO_MATCH.get(lang)).italics().color(weak)),
    });
    cell(ui, widths[2], |ui| {
        if let Some(p) = proposal {
            let reason = RichText::new(reason_text(p.reason, lang));
            line(
                ui,
                if r.uncertain && p.reason == Reason::Similar {
                    reason.color(ui.visuals().warn_fg_color).strong()
                } else {
                    reason
                },
            );
            let state = if p.verdict == Verdict::Rejected {
                format!("{:.0} % · {}", p.score * 100.0, REJECTED.get(lang))
            } else {
                format!("{:.0} %", p.score * 100.0)
            };
            line(ui, RichText::new(state).small().color(weak));
        }
    });
    cell(ui, widths[3], |ui| {
        ui.horizontal_centered(|ui| {
            ui.spacing_mut().item_spacing.x = 4.0;
            let args = [("actor", &actor as &dyn std::fmt::Display), ("member", &member)];
            if let Some(p) = proposal {
                let accepted = p.verdict == Verdict::Accepted;
                if toggle(ui, accepted, ACCEPT.get(lang), &ACCEPT_NAMED.fmt(lang, &args)) && !accepted {
                    actions.push(Action::Accept(i));
                }
                let rejected = p.verdict == Verdict::Rejected;
                if toggle(ui, rejected, REJECT.get(lang), &REJECT_NAMED.fmt(lang, &args)) && !rejected {
                    actions.push(Action::Reject(i));
                }
            }
            let (text, spoken) = if proposal.is_some() {
                (PICK, PICK_NAMED)
            } else {
                (PICK_FIRST, PICK_FIRST_NAMED)
            };
            let pick = ui.button(text.get(lang));
            kit::name(&pick, WidgetType::Button, &spoken.fmt(lang, &args));
            if pick.clicked() {
                actions.push(Action::StartPick(i));
            }
        });
    });
}

/// Choosing by hand the actor a row's actor is the same as.
fn picker(ui: &mut egui::Ui, table: &mut CombineReview, lang: Lang, screen_h: f32, actions: &mut Vec<Action>) {
    let Some(pick) = table.pick.as_ref() else { return };
    let Some(r) = table.rows.get(pick.row) else {
        actions.push(Action::BackFromPick);
        return;
    };
    let actor = name_of(table, r.actor).to_owned();
    let member = owner(table, r.actor, lang);
    ui.heading(PICK_TITLE.fmt(lang, &[("actor", &actor), ("member", &member)]));
    ui.label(PICK_EXPLAIN.get(lang));
    let Some(pick) = table.pick.as_mut() else { return };
    let search = ui.add(
        egui::TextEdit::singleline(&mut pick.search)
            .desired_width(320.0)
            .hint_text(PICK_SEARCH.get(lang)),
    );
    kit::name(&search, WidgetType::TextEdit, PICK_SEARCH.get(lang));
    // Typing goes into the search at once (again if the click that opened the choice took
    // the focus away when it was released).
    if !pick.focused || ui.memory(|m| m.focused().is_none()) {
        search.request_focus();
        pick.focused = true;
    }
    if search.changed() {
        actions.push(Action::RefreshPick);
    }
    ui.add_space(4.0);
    let Some(pick) = table.pick.as_ref() else { return };
    if pick.found.is_empty() {
        ui.weak(PICK_NONE.get(lang));
    } else {
        let line_h = ui.spacing().interact_size.y.max(kit::LINE);
        let spacing = ui.spacing().item_spacing.y;
        let height = ((line_h + spacing) * pick.found.len() as f32).min((screen_h - 300.0).max(120.0));
        egui::ScrollArea::vertical()
            .id_salt("combine_pick")
            .min_scrolled_height(height)
            .max_height(height)
            .auto_shrink([false, true])
            .show_rows(ui, line_h, pick.found.len(), |ui, range| {
                for &key in &pick.found[range] {
                    let name = name_of(table, key);
                    let whose = owner(table, key, lang);
                    let text = format!("{name} – {whose}");
                    let button = ui.add(
                        egui::Button::new(text)
                            .frame(false)
                            .truncate()
                            .min_size(egui::vec2(ui.available_width(), line_h)),
                    );
                    kit::name(
                        &button,
                        WidgetType::Button,
                        &CHOOSE_NAMED.fmt(lang, &[("name", &name), ("owner", &whose)]),
                    );
                    if button.clicked() {
                        actions.push(Action::Choose(key));
                    }
                }
            });
    }
    ui.add_space(8.0);
    if ui.button(PICK_BACK.get(lang)).clicked() || super::escape(ui) {
        actions.push(Action::BackFromPick);
    }
}
