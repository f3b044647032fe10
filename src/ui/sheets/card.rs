//! Phase 9. The network's business card: every field of the card, with a live preview of the
//! card beside the editor.

use crate::i18n::{Lang, Tr};
use crate::model::{CardPhase, Date, Project, TAGLINE_MAX};
use crate::ui::kit::{self, UiExt};
use crate::ui::{ViewCtx, style};
use egui::{Color32, CornerRadius, RichText};

crate::messages! {
    EDITOR = "Käyntikortin tiedot", "The card's content";
    PREVIEW = "Esikatselu", "Preview";
    PREVIEW_HELP = "Kortti sellaisena kuin muut sen näkevät.", "The card as others will see it.";
    NAME = "Verkoston nimi", "Network name";
    TAGLINE = "Iskulause", "Tagline";
    TAGLINE_COUNT = "{count} / {max} merkkiä", "{count} / {max} characters";
    TAGLINE_FULL = "Iskulause on enimmäispituudessa.", "The tagline is at its maximum length.";
    TAGLINE_TOO_LONG = "Iskulause on liian pitkä: lyhennä se {max} merkkiin.", "The tagline is too long: shorten it to {max} characters.";
    PURPOSE = "Tarkoitus", "Purpose";
    TARGET_GROUPS = "Kenelle", "Target groups";
    OFFERING = "Mitä tarjoamme", "What we offer";
    OFFERING_N = "Tarjonta, kohta {n}", "Offering, item {n}";
    ADD_OFFERING = "+ Lisää kohta", "+ Add an item";
    OFFERING_ROW = "tarjonnan kohta {n}", "offering item {n}";
    UNIQUE = "Mikä tekee meistä ainutlaatuisen", "What makes us unique";
    MEMBERS = "Jäsenet", "Members";
    MEMBERS_WHAT = "kortin jäsenet", "the card's members";
    FILL_CORE = "Täytä kartan ytimestä", "Fill from the core ring";
    FILL_CORE_HELP = "Lisää kortille kartan ytimen toimijat, joita siinä ei vielä ole.", "Adds the map's core-ring actors that are not on the card yet.";
    FILL_CORE_NONE = "Kaikki ytimen toimijat ovat jo kortilla, tai ytimessä ei ole ketään.", "Every core-ring actor is already on the card, or the core ring is empty.";
    RESULTS = "Tuloksia ja referenssejä", "Results or references";
    HOW_TO_JOIN = "Miten mukaan", "How to join";
    CONTACT = "Yhteystiedot", "Contact";
    CONTACT_NAME = "Yhteyshenkilö", "Contact person";
    CONTACT_ORG = "Organisaatio", "Organisation";
    CONTACT_EMAIL = "Sähköposti", "E-mail";
    CONTACT_PHONE = "Puhelin", "Phone";
    CHANNELS = "Verkkosivut ja some", "Web and social media";
    REGION = "Alue", "Region";
    FOUNDED = "Perustettu", "Founded";
    LAST_UPDATED = "Päivitetty viimeksi", "Last updated";
    TODAY = "Tänään", "Today";
    TODAY_HELP = "Merkitse kortti päivitetyksi tänään.", "Mark the card as updated today.";
    EMPTY_CARD = "Kortti on vielä tyhjä: täytä kentät, niin se näkyy tässä.", "The card is still empty: fill in the fields and it shows here.";
    UNNAMED = "Verkoston nimi", "The network's name";
    UPDATED_ON = "Päivitetty {date}", "Updated {date}";
    FOUNDED_IN = "Perustettu {year}", "Founded {year}";
    MEMBERS_TITLE = "Jäsenet", "Members";
    WHOM = "Kenelle", "Whom we serve";
}

/// Draws the phase's own editors (between the guiding questions and the common fields).
pub fn show(ui: &mut egui::Ui, cx: &mut ViewCtx) {
    kit::edit(ui, cx, |ui, cx, data: &mut CardPhase| {
        editor_and_preview(ui, cx.project, data, cx.lang)
    });
}

/// The editor with the live preview beside it (below it on narrow screens); returns whether a
/// button changed the card.
fn editor_and_preview(ui: &mut egui::Ui, project: &Project, data: &mut CardPhase, lang: Lang) -> bool {
    let mut step = false;
    let wide = ui.available_width() >= 860.0;
    if wide {
        let gap = 24.0;
        let preview_width = (ui.available_width() * 0.44).clamp(360.0, 520.0);
        // Room for the gap, the spacing on either side of it and the card's shadow.
        let editor_width = ui.available_width() - preview_width - gap - 2.0 * ui.spacing().item_spacing.x - 12.0;
        ui.horizontal_top(|ui| {
            ui.vertical(|ui| {
                ui.set_width(editor_width);
                editor(ui, project, data, &mut step, lang);
            });
            ui.add_space(gap);
            ui.vertical(|ui| {
                ui.set_width(preview_width);
                kit::section(ui, PREVIEW.get(lang));
                ui.label(RichText::new(PREVIEW_HELP.get(lang)).weak().small());
                preview(ui, project, data, lang);
            });
        });
    } else {
        editor(ui, project, data, &mut step, lang);
        kit::section(ui, PREVIEW.get(lang));
        preview(ui, project, data, lang);
    }
    step
}

fn editor(ui: &mut egui::Ui, project: &Project, data: &mut CardPhase, step: &mut bool, lang: Lang) {
    kit::section(ui, EDITOR.get(lang));
    kit::text_line(ui, NAME.get(lang), &mut data.name);
    tagline(ui, &mut data.tagline, lang);
    kit::text_area(ui, PURPOSE.get(lang), &mut data.purpose);
    kit::text_area(ui, TARGET_GROUPS.get(lang), &mut data.target_groups);

    ui.label(OFFERING.get(lang));
    let len = data.offering.len();
    let mut op = None;
    let width = (ui.available_width() - 110.0).max(160.0);
    for (i, item) in data.offering.iter_mut().enumerate() {
        ui.push_id(("offering", i), |ui| {
            ui.horizontal(|ui| {
                ui.label("•");
                kit::text_cell(ui, &OFFERING_N.fmt(lang, &[("n", &(i + 1))]), item, width);
                if let Some(o) = kit::row_controls(ui, lang, &OFFERING_ROW.fmt(lang, &[("n", &(i + 1))]), i, len) {
                    op = Some(o);
                }
            });
        });
    }
    if let Some(op) = op {
        op.apply(&mut data.offering);
        *step = true;
    }
    if kit::add_button(ui, ADD_OFFERING.get(lang)) {
        data.offering.push(String::new());
        *step = true;
    }

    kit::text_area(ui, UNIQUE.get(lang), &mut data.unique);

    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.label(MEMBERS.get(lang));
        let missing: Vec<_> = project
            .core_members()
            .into_iter()
            .filter(|id| !data.members.contains(id))
            .collect();
        if !ui.is_read_only()
            && ui
                .add_enabled(!missing.is_empty(), egui::Button::new(FILL_CORE.get(lang)).small())
                .on_hover_text(FILL_CORE_HELP.get(lang))
                .on_disabled_hover_text(FILL_CORE_NONE.get(lang))
                .clicked()
        {
            data.members.extend(missing);
            *step = true;
        }
    });
    *step |= kit::actor_set(
        ui,
        "card_members",
        MEMBERS_WHAT.get(lang),
        kit::SetMenu::Add,
        project,
        lang,
        &mut data.members,
    );

    kit::text_area(ui, RESULTS.get(lang), &mut data.results);
    kit::text_area(ui, HOW_TO_JOIN.get(lang), &mut data.how_to_join);

    ui.add_space(4.0);
    ui.label(RichText::new(CONTACT.get(lang)).strong());
    let widths = [130.0, kit::flexible_width(ui, 130.0, 2, 1, 160.0)];
    for (label, value) in [
        (CONTACT_NAME, &mut data.contact.name),
        (CONTACT_ORG, &mut data.contact.organisation),
        (CONTACT_EMAIL, &mut data.contact.email),
        (CONTACT_PHONE, &mut data.contact.phone),
    ] {
        kit::table_row(ui, false, &widths, |r| {
            r.cell(|ui| ui.label(label.get(lang)));
            r.cell(|ui| kit::text_cell(ui, label.get(lang), value, widths[1]));
        });
    }
    kit::text_area(ui, CHANNELS.get(lang), &mut data.channels);
    for (label, value) in [(REGION, &mut data.region), (FOUNDED, &mut data.founded)] {
        kit::table_row(ui, false, &widths, |r| {
            r.cell(|ui| ui.label(label.get(lang)));
            r.cell(|ui| kit::text_cell(ui, label.get(lang), value, widths[1]));
        });
    }
    kit::table_row(ui, false, &widths, |r| {
        r.cell(|ui| ui.label(LAST_UPDATED.get(lang)));
        r.cell(|ui| {
            ui.horizontal(|ui| {
                kit::date_field(ui, LAST_UPDATED.get(lang), &mut data.last_updated);
                if !ui.is_read_only() && ui.button(TODAY.get(lang)).on_hover_text(TODAY_HELP.get(lang)).clicked() {
                    data.last_updated = Some(Date::today());
                    *step = true;
                }
            });
        });
    });
}

/// The tagline with a live character count; the field takes no more than [`TAGLINE_MAX`]
/// characters, and the count turns red at the limit.
fn tagline(ui: &mut egui::Ui, value: &mut String, lang: Lang) {
    let count = value.chars().count();
    ui.horizontal(|ui| {
        ui.label(TAGLINE.get(lang));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let text = TAGLINE_COUNT.fmt(lang, &[("count", &count), ("max", &TAGLINE_MAX)]);
            let at_limit = count >= TAGLINE_MAX;
            let colour = if at_limit {
                ui.visuals().error_fg_color
            } else {
                ui.visuals().weak_text_color()
            };
            let counter = ui.label(RichText::new(text).color(colour).small());
            if count > TAGLINE_MAX {
                counter.on_hover_text(TAGLINE_TOO_LONG.fmt(lang, &[("max", &TAGLINE_MAX)]));
            } else if at_limit {
                counter.on_hover_text(TAGLINE_FULL.get(lang));
            }
        });
    });
    if ui.is_read_only() {
        ui.label(value.as_str());
        return;
    }
    let response = ui.add(
        egui::TextEdit::singleline(value)
            .char_limit(TAGLINE_MAX)
            .desired_width(f32::INFINITY),
    );
    kit::name(&response, egui::WidgetType::TextEdit, TAGLINE.get(lang));
    if count > TAGLINE_MAX {
        ui.colored_label(
            ui.visuals().error_fg_color,
            TAGLINE_TOO_LONG.fmt(lang, &[("max", &TAGLINE_MAX)]),
        );
    }
}

// The card is painted in its own colours whatever the theme, so it looks the same on a
// projector and on every screen; it reads well on both the light and the dark background.
const CARD_BG: Color32 = Color32::from_rgb(0xFF, 0xFF, 0xFF);
const CARD_TEXT: Color32 = Color32::from_rgb(0x1C, 0x24, 0x2B);
const CARD_WEAK: Color32 = Color32::from_rgb(0x55, 0x60, 0x6A);
const CARD_BORDER: Color32 = Color32::from_rgb(0xC9, 0xD3, 0xD6);
const CARD_ON_BAND: Color32 = Color32::from_rgb(0xFF, 0xFF, 0xFF);
const CARD_TAGLINE: Color32 = Color32::from_rgb(0xDD, 0xF3, 0xEE);

/// Whether the card has any content at all.
fn is_empty(card: &CardPhase) -> bool {
    card.texts().iter().all(|t| t.trim().is_empty())
        && card.offering.iter().all(|o| o.trim().is_empty())
        && card.members.is_empty()
        && card.last_updated.is_none()
}

/// The live preview: a rounded card with the name in large type on a teal band, the tagline,
/// then the sections that have content, as the export lays them out.
fn preview(ui: &mut egui::Ui, project: &Project, card: &CardPhase, lang: Lang) {
    let band = style::NETWORK_HUES[0];
    let radius = 14u8;
    egui::Frame::new()
        .fill(CARD_BG)
        .stroke(egui::Stroke::new(1.0, CARD_BORDER))
        .corner_radius(radius)
        .shadow(egui::Shadow {
            offset: [0, 3],
            blur: 10,
            spread: 0,
            color: Color32::from_black_alpha(40),
        })
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            egui::Frame::new()
                .fill(band)
                .corner_radius(CornerRadius {
                    nw: radius,
                    ne: radius,
                    sw: 0,
                    se: 0,
                })
                .inner_margin(egui::Margin::symmetric(20, 16))
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    let name = if card.name.trim().is_empty() {
                        UNNAMED.get(lang)
                    } else {
                        card.name.trim()
                    };
                    let name_colour = if card.name.trim().is_empty() {
                        CARD_TAGLINE
                    } else {
                        CARD_ON_BAND
                    };
                    ui.label(
                        RichText::new(name)
                            .size(26.0)
                            .family(egui::TextStyle::Heading.resolve(ui.style()).family)
                            .color(name_colour),
                    );
                    if !card.tagline.trim().is_empty() {
                        ui.label(
                            RichText::new(card.tagline.trim())
                                .size(15.0)
                                .italics()
                                .color(CARD_TAGLINE),
                        );
                    }
                });
            egui::Frame::new().inner_margin(kit::margin(20, 12, 16)).show(ui, |ui| {
                ui.set_width(ui.available_width());
                if is_empty(card) {
                    ui.label(RichText::new(EMPTY_CARD.get(lang)).color(CARD_WEAK).italics());
                    return;
                }
                body(ui, project, card, lang);
            });
        });
}

fn body(ui: &mut egui::Ui, project: &Project, card: &CardPhase, lang: Lang) {
    card_section(ui, PURPOSE, &card.purpose, lang);
    card_section(ui, WHOM, &card.target_groups, lang);
    let offering: Vec<&str> = card
        .offering
        .iter()
        .map(|o| o.trim())
        .filter(|o| !o.is_empty())
        .collect();
    if !offering.is_empty() {
        section_title(ui, OFFERING, lang);
        for item in offering {
            ui.horizontal_top(|ui| {
                ui.spacing_mut().item_spacing.x = 6.0;
                ui.label(RichText::new("•").color(style::NETWORK_HUES[0]).strong());
                ui.label(RichText::new(item).color(CARD_TEXT));
            });
        }
    }
    card_section(ui, UNIQUE, &card.unique, lang);
    if !card.members.is_empty() {
        let names: Vec<String> = card.members.iter().map(|&id| project.actor_name(id)).collect();
        card_section(ui, MEMBERS_TITLE, &names.join(" · "), lang);
    }
    card_section(ui, RESULTS, &card.results, lang);
    card_section(ui, HOW_TO_JOIN, &card.how_to_join, lang);
    let contact: Vec<&str> = [
        &card.contact.name,
        &card.contact.organisation,
        &card.contact.email,
        &card.contact.phone,
    ]
    .into_iter()
    .map(|s| s.trim())
    .filter(|s| !s.is_empty())
    .collect();
    if !contact.is_empty() {
        section_title(ui, CONTACT, lang);
        for line in contact {
            ui.label(RichText::new(line).color(CARD_TEXT));
        }
    }
    card_section(ui, CHANNELS, &card.channels, lang);
    let mut facts = Vec::new();
    if !card.region.trim().is_empty() {
        facts.push(card.region.trim().to_owned());
    }
    if !card.founded.trim().is_empty() {
        facts.push(FOUNDED_IN.fmt(lang, &[("year", &card.founded.trim())]));
    }
    if let Some(date) = card.last_updated {
        facts.push(UPDATED_ON.fmt(lang, &[("date", &date)]));
    }
    if !facts.is_empty() {
        ui.add_space(10.0);
        ui.separator();
        ui.label(RichText::new(facts.join("  ·  ")).color(CARD_WEAK).small());
    }
}

/// A section title in the card's small capitals.
fn section_title(ui: &mut egui::Ui, title: Tr, lang: Lang) {
    ui.add_space(8.0);
    ui.label(
        RichText::new(title.get(lang).to_uppercase())
            .size(11.5)
            .strong()
            .color(style::NETWORK_HUES[0]),
    );
}

/// A titled section of the card, left out when it has no text.
fn card_section(ui: &mut egui::Ui, title: Tr, text: &str, lang: Lang) {
    if text.trim().is_empty() {
        return;
    }
    section_title(ui, title, lang);
    ui.label(RichText::new(text.trim()).color(CARD_TEXT));
}
