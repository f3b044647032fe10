//! The help window (Help → The method, Help → Keyboard shortcuts, F1): the cycle explained for
//! someone who has not read the VTT workbook, and every key the app answers to. A window, not a
//! modal, so it can stay open beside the worksheet it explains.

use crate::app::{Command, HelpPage, Outbox};
use crate::i18n::method::{NETWORK_COLLABORATION, OWN_ORGANISATION, PHASES, REFLECT};
use crate::i18n::{Lang, Tr, msg};
use crate::model::PhaseId;

crate::messages! {
    TITLE = "Verkosto – ohje", "Verkosto help";
    INTRO = "Verkostostrategia rakennetaan yhdeksässä vaiheessa, jotka muodostavat kehän (Valkokari, Hakanen & Airola, VTT 2007). Kehää kierretään yhä uudelleen: arviointi (8) ja käyntikortti (9) ovat seuraavan kierroksen kartoituksen (1) lähtökohta.", "A network strategy is built in nine phases that form a ring (Valkokari, Hakanen & Airola, VTT 2007). The ring is walked again and again: the evaluation (8) and the business card (9) are where the next round's mapping (1) starts.";
    OWN_HALF = "Vaiheet 1–5 ovat oman organisaation näkemys: kukin jäsen tekee ne ensin itse, omassa projektitiedostossaan.", "Phases 1–5 are your own organisation's view: each member first works them out on its own, in its own project file.";
    JOINT_HALF = "Vaiheet 6–9 tehdään jäsenten kanssa yhdessä, yhteisessä työpajassa tai kokouksessa.", "Phases 6–9 are done with the members together, in a joint workshop or meeting.";
    REFLECT_TITLE = "Pohdi: neljä kysymystä", "Reflect: the four questions";
    REFLECT_INTRO = "Neljä kysymystä kulkee koko kehän läpi; työkirjoissa ne on merkitty sanalla ”Pohdi”.", "Four questions run through the whole ring; the worksheets mark them with “Reflect”.";
    WHERE = "Vaiheet: {phases}", "Phases: {phases}";
    OPEN_PHASE = "Avaa vaihe {n}", "Open phase {n}";
    KEYS = "Näppäimet", "Keys";
    ACTION = "Toiminto", "Action";
    GENERAL = "Koko sovellus", "Everywhere";
    MAP = "Verkostokartta (vaihe 1)", "Network map (phase 1)";
    PRESENTING = "Esitys", "Presenting";
    KEY_DOUBLE_CLICK = "Kaksoisnapsautus tyhjään", "Double-click empty space";
    DO_ADD_ACTOR = "Lisää toimija", "Add an actor";
    KEY_CTRL_DRAG = "Ctrl + veto toimijasta toiseen", "Ctrl + drag from actor to actor";
    DO_CONNECT = "Yhdistä toimijat suhteella", "Connect the actors with a relation";
    KEY_SHIFT_CLICK = "Vaihto- tai Ctrl-napsautus, Vaihto + veto", "Shift- or Ctrl-click, Shift + drag";
    DO_SELECT_MANY = "Valitse useita", "Select several";
    KEY_DELETE = "Delete", "Delete";
    DO_DELETE = "Poista valitut", "Delete the selection";
    KEY_ESCAPE = "Esc", "Esc";
    DO_CANCEL = "Peru kesken oleva veto tai sulje ikkuna", "Cancel a drag under way, or close a window";
    KEY_UP_DOWN = "Ylös / alas taulukossa", "Up / Down in a table";
    DO_NEXT_ROW = "Saman sarakkeen edellinen tai seuraava rivi", "The same column of the row above or below";
    KEY_ARROWS_RING = "Nuolet kehän vaiheen päällä", "Arrows on a segment of the cycle";
    DO_ROUND_RING = "Kehää ympäri; Enter tai välilyönti avaa vaiheen", "Round the ring; Enter or Space opens the phase";
    KEY_NEXT = "Page Down, →, ↓, välilyönti, Enter", "Page Down, →, ↓, Space, Enter";
    DO_NEXT = "Seuraava dia (tai pitkän dian seuraava sivu)", "Next slide (or the next page of a long one)";
    KEY_PREV = "Page Up, ←, ↑, askelpalautin", "Page Up, ←, ↑, Backspace";
    DO_PREV = "Edellinen dia", "Previous slide";
    KEY_HOME_END = "Home / End", "Home / End";
    DO_FIRST_LAST = "Ensimmäinen / viimeinen dia", "First / last slide";
    KEY_DIGITS = "1–9", "1–9";
    DO_PHASE_SLIDE = "Vaiheen ensimmäinen dia", "That phase's first slide";
    KEY_BLANK = "B tai . / W", "B or . / W";
    DO_BLANK = "Musta / valkoinen ruutu; mikä tahansa näppäin palaa", "Black / white screen; any key returns";
    KEY_C = "C", "C";
    DO_CYCLE = "Piilota tai näytä kulman kehäkuva", "Hide or show the small cycle figure";
    DO_LEAVE = "Lopeta esitys, takaisin samaan vaiheeseen", "Leave, back to the phase you were in";
}

/// The seed's four reflection questions, as the worksheets ask them, each with the phases
/// that ask it: a worksheet may go on after the question's first sentence, so questions are
/// told apart by it.
fn reflection_questions(lang: Lang) -> Vec<(&'static str, Vec<usize>)> {
    let mut found: Vec<(&'static str, Vec<usize>)> = Vec::new();
    for (i, phase) in PHASES.iter().enumerate() {
        for q in phase.questions.iter().filter(|q| q.reflect) {
            let text = q.text.get(lang);
            let first = text.find('?').map_or(text, |end| &text[..=end]);
            match found.iter_mut().find(|(t, _)| *t == first) {
                Some((_, phases)) => phases.push(i + 1),
                None => found.push((first, vec![i + 1])),
            }
        }
    }
    found
}

/// Keys that are not menu commands: (keys, what they do), by section.
const MAP_KEYS: [(Tr, Tr); 7] = [
    (KEY_DOUBLE_CLICK, DO_ADD_ACTOR),
    (KEY_CTRL_DRAG, DO_CONNECT),
    (KEY_SHIFT_CLICK, DO_SELECT_MANY),
    (KEY_DELETE, DO_DELETE),
    (KEY_ESCAPE, DO_CANCEL),
    (KEY_UP_DOWN, DO_NEXT_ROW),
    (KEY_ARROWS_RING, DO_ROUND_RING),
];

const PRESENT_KEYS: [(Tr, Tr); 7] = [
    (KEY_NEXT, DO_NEXT),
    (KEY_PREV, DO_PREV),
    (KEY_HOME_END, DO_FIRST_LAST),
    (KEY_DIGITS, DO_PHASE_SLIDE),
    (KEY_BLANK, DO_BLANK),
    (KEY_C, DO_CYCLE),
    (KEY_ESCAPE, DO_LEAVE),
];

/// Shows the help window at `page`; returns false when closed.
pub fn show(ctx: &egui::Context, page: HelpPage, lang: Lang, out: &mut Outbox) -> bool {
    let mut open = true;
    let max_height = (ctx.content_rect().height() - 120.0).max(200.0);
    egui::Window::new(TITLE.get(lang))
        .id(egui::Id::new("help"))
        .open(&mut open)
        .default_width(560.0)
        .max_height(max_height)
        .collapsible(false)
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                for (p, label) in [
                    (HelpPage::Method, msg::HELP_METHOD),
                    (HelpPage::Shortcuts, msg::HELP_SHORTCUTS),
                ] {
                    if ui.selectable_label(page == p, label.get(lang)).clicked() && page != p {
                        out.command(Command::Help(p));
                    }
                }
            });
            ui.separator();
            egui::ScrollArea::vertical()
                .auto_shrink([false, true])
                .show(ui, |ui| match page {
                    HelpPage::Method => method(ui, lang, out),
                    HelpPage::Shortcuts => shortcuts(ui, lang),
                });
        });
    let escaped = ctx.input(|i| i.key_pressed(egui::Key::Escape));
    open && !escaped
}

fn method(ui: &mut egui::Ui, lang: Lang, out: &mut Outbox) {
    ui.label(INTRO.get(lang));
    for (half, intro, phases) in [
        (OWN_ORGANISATION, OWN_HALF, &PhaseId::ALL[..5]),
        (NETWORK_COLLABORATION, JOINT_HALF, &PhaseId::ALL[5..]),
    ] {
        ui.add_space(10.0);
        ui.heading(format!(
            "{} · {}–{}",
            half.get(lang),
            phases[0].number(),
            phases[phases.len() - 1].number()
        ));
        ui.label(intro.get(lang));
        for &phase in phases {
            let text = &PHASES[phase.number() - 1];
            ui.add_space(6.0);
            ui.horizontal_wrapped(|ui| {
                ui.strong(format!("{}. {}", phase.number(), text.name.get(lang)));
                let open = OPEN_PHASE.fmt(lang, &[("n", &phase.number())]);
                if crate::ui::kit::icon_button(ui, true, "→", &open).clicked() {
                    out.command(Command::GoPhase(phase));
                }
            });
            ui.label(text.purpose.get(lang));
        }
    }
    ui.add_space(10.0);
    ui.heading(REFLECT_TITLE.get(lang));
    ui.label(REFLECT_INTRO.get(lang));
    for (question, phases) in reflection_questions(lang) {
        ui.add_space(4.0);
        ui.label(format!("{}: {question}", REFLECT.get(lang)));
        let phases = phases.iter().map(usize::to_string).collect::<Vec<_>>().join(", ");
        ui.weak(WHERE.fmt(lang, &[("phases", &phases)]));
    }
}

fn shortcuts(ui: &mut egui::Ui, lang: Lang) {
    let general: Vec<(String, String)> = Command::with_shortcuts()
        .iter()
        .rev()
        .filter_map(|command| {
            let main = command.shortcut()?;
            let keys = std::iter::once(main)
                .chain(command.alternative_shortcuts())
                .map(|s| ui.ctx().format_shortcut(&s))
                .collect::<Vec<_>>()
                .join(", ");
            let action = match command {
                Command::GoPhase(p) => format!("{}. {}", p.number(), p.name().get(lang)),
                _ => command.label().get(lang).to_owned(),
            };
            Some((keys, action))
        })
        .collect();
    table(ui, "help_general", GENERAL.get(lang), lang, general);
    let rows = |keys: &[(Tr, Tr)]| {
        keys.iter()
            .map(|(k, d)| (k.get(lang).to_owned(), d.get(lang).to_owned()))
            .collect()
    };
    table(ui, "help_map", MAP.get(lang), lang, rows(&MAP_KEYS));
    table(ui, "help_present", PRESENTING.get(lang), lang, rows(&PRESENT_KEYS));
}

fn table(ui: &mut egui::Ui, id: &str, title: &str, lang: Lang, rows: Vec<(String, String)>) {
    ui.add_space(8.0);
    ui.heading(title);
    egui::Grid::new(id)
        .striped(true)
        .num_columns(2)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            ui.strong(KEYS.get(lang));
            ui.strong(ACTION.get(lang));
            ui.end_row();
            for (keys, action) in rows {
                ui.monospace(keys);
                ui.add(egui::Label::new(action).wrap());
                ui.end_row();
            }
        });
}
