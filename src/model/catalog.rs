//! Per-project editable lists (actor kinds, relation roles, flows, service roles, …), seeded
//! with the defaults of the method. Items are referred to by their `key`, so renaming an item
//! or translating it never breaks a reference.

use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// One item of an editable list.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CatalogItem {
    /// Stable key that data refers to, e.g. `"company"`.
    pub key: String,
    /// Finnish label.
    pub fi: String,
    /// English label.
    pub en: String,
    /// Display colour as `[r, g, b]`, for lists drawn in colour (actor kinds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub colour: Option<[u8; 3]>,
}

impl CatalogItem {
    fn new(key: &str, fi: &str, en: &str) -> CatalogItem {
        CatalogItem {
            key: key.into(),
            fi: fi.into(),
            en: en.into(),
            colour: None,
        }
    }

    fn coloured(key: &str, fi: &str, en: &str, colour: [u8; 3]) -> CatalogItem {
        CatalogItem {
            colour: Some(colour),
            ..CatalogItem::new(key, fi, en)
        }
    }

    /// The label in `lang`, falling back to the other language and then the key.
    pub fn label(&self, lang: Lang) -> &str {
        let (first, second) = match lang {
            Lang::Fi => (&self.fi, &self.en),
            Lang::En => (&self.en, &self.fi),
        };
        if !first.trim().is_empty() {
            first
        } else if !second.trim().is_empty() {
            second
        } else {
            &self.key
        }
    }
}

/// An editable list of items.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Catalog(pub Vec<CatalogItem>);

impl Catalog {
    /// The item with `key`.
    pub fn get(&self, key: &str) -> Option<&CatalogItem> {
        self.0.iter().find(|i| i.key == key)
    }

    /// The label of the item with `key` in `lang`, or the key itself for an unknown key.
    pub fn label<'a>(&'a self, key: &'a str, lang: Lang) -> &'a str {
        self.get(key).map_or(key, |i| i.label(lang))
    }

    /// Whether an item has `key`.
    pub fn contains(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// The first item's key, used as the default for new rows.
    pub fn first_key(&self) -> String {
        self.0.first().map(|i| i.key.clone()).unwrap_or_default()
    }

    /// A key not used by any item yet, for a user-added item.
    pub fn fresh_key(&self) -> String {
        (1..)
            .map(|n| format!("custom-{n}"))
            .find(|k| !self.contains(k))
            .unwrap_or_default()
    }
}

/// All editable lists of a project.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Catalogs {
    /// Kinds of actor, with their colours on the map.
    pub actor_kinds: Catalog,
    /// An actor's role relative to the own organisation.
    pub relation_roles: Catalog,
    /// What flows in a relation.
    pub flows: Catalog,
    /// Roles in services (phase 2).
    pub service_roles: Catalog,
    /// Networking goals (phase 4).
    pub goal_types: Catalog,
    /// Forms of cooperation with a partner (phase 4).
    pub cooperation_forms: Catalog,
    /// Areas of ground rules (phase 6).
    pub rule_areas: Catalog,
}

impl Default for Catalogs {
    fn default() -> Catalogs {
        let c = CatalogItem::coloured;
        let n = CatalogItem::new;
        Catalogs {
            // Okabe–Ito colour-blind-safe palette (design.md).
            actor_kinds: Catalog(vec![
                c("company", "Yritys", "Company", [0xE6, 0x9F, 0x00]),
                c("public", "Julkinen organisaatio", "Public body", [0x00, 0x72, 0xB2]),
                c("ngo", "Järjestö tai säätiö", "NGO or foundation", [0x00, 0x9E, 0x73]),
                c(
                    "education",
                    "Oppilaitos tai tutkimusorganisaatio",
                    "Education or research",
                    [0xCC, 0x79, 0xA7],
                ),
                c("funder", "Rahoittaja", "Funder", [0xD5, 0x5E, 0x00]),
                c(
                    "customer",
                    "Asiakas tai asiakasryhmä",
                    "Customer or customer group",
                    [0x56, 0xB4, 0xE9],
                ),
                c(
                    "citizen",
                    "Kansalainen tai kokemusasiantuntija",
                    "Citizen or expert by experience",
                    [0xF0, 0xE4, 0x42],
                ),
                c("network", "Toinen verkosto", "Another network", [0x00, 0x00, 0x00]),
                c("other", "Muu", "Other", [0x99, 0x99, 0x99]),
            ]),
            relation_roles: Catalog(vec![
                n("customer", "Asiakas", "Customer"),
                n("supplier", "Toimittaja tai palveluntuottaja", "Supplier or provider"),
                n("partner", "Kumppani", "Partner"),
                n("competitor", "Kilpailija", "Competitor"),
                n("funder", "Rahoittaja", "Funder"),
                n("authority", "Viranomainen tai ohjaaja", "Authority"),
                n("expert", "Asiantuntija", "Expert"),
                n("other", "Muu", "Other"),
            ]),
            flows: Catalog(vec![
                n("services", "Palvelut tai tuotteet", "Services or products"),
                n("information", "Tieto", "Information"),
                n("expertise", "Osaaminen", "Expertise"),
                n("money", "Raha", "Money"),
                n("codevelopment", "Yhteiskehittäminen", "Co-development"),
                n("steering", "Ohjaus tai sopimus", "Steering or contract"),
                n("advocacy", "Vaikuttaminen", "Advocacy"),
                n("personal", "Henkilösuhde", "Personal tie"),
            ]),
            service_roles: Catalog(vec![
                n("organiser", "Palvelun järjestäjä tai tilaaja", "Organiser or purchaser"),
                n("producer", "Palvelun tuottaja", "Producer"),
                n(
                    "subprovider",
                    "Osapalvelun tuottaja tai alihankkija",
                    "Sub-provider or subcontractor",
                ),
                n("integrator", "Palveluintegraattori", "Service integrator"),
                n(
                    "coordinator",
                    "Koordinaattori tai verkoston vetäjä",
                    "Coordinator or hub",
                ),
                n("expert", "Asiantuntija tai kehittäjä", "Expert or developer"),
                n("broker", "Tiedon välittäjä", "Information broker"),
                n("funder", "Rahoittaja", "Funder"),
                n("customer", "Asiakas tai käyttäjä", "Customer or user"),
                n("advocate", "Vaikuttaja tai edunvalvoja", "Advocate"),
            ]),
            goal_types: Catalog(vec![
                n("competence", "Osaamisen täydentäminen", "Complementing competence"),
                n("reach", "Asiakkaiden tavoittaminen", "Customer reach"),
                n("efficiency", "Tehokkuus", "Efficiency"),
                n("quality", "Palvelujen laatu", "Service quality"),
                n("innovation", "Innovaatiot", "Innovation"),
                n("impact", "Vaikuttavuus", "Impact"),
                n("funding", "Rahoitus", "Funding"),
                n("visibility", "Näkyvyys", "Visibility"),
                n("risk", "Riskien jakaminen", "Risk sharing"),
            ]),
            cooperation_forms: Catalog(vec![
                n("adhoc", "Tapauskohtainen", "Ad hoc"),
                n("project", "Hanke", "Project"),
                n("framework", "Puitesopimus", "Framework agreement"),
                n("partnership", "Pitkäaikainen kumppanuus", "Long-term partnership"),
                n("joint", "Yhteinen organisaatio", "Joint entity"),
            ]),
            rule_areas: Catalog(vec![
                n("decisions", "Päätöksenteko", "Decision-making"),
                n(
                    "information",
                    "Tiedon jakaminen ja luottamuksellisuus",
                    "Information sharing and confidentiality",
                ),
                n("ipr", "Immateriaalioikeudet", "IPR"),
                n("costs", "Kustannusten ja hyötyjen jako", "Cost and benefit sharing"),
                n("membership", "Jäsenyys", "Membership"),
                n("communication", "Viestintä ja brändi", "Communication and brand"),
                n("conflicts", "Ristiriitojen ratkaisu", "Conflict resolution"),
                n("privacy", "Tietosuoja", "Data protection"),
            ]),
        }
    }
}

impl Catalogs {
    /// Each list with its name in the file, for validation and editing.
    pub fn lists(&self) -> [(&'static str, &Catalog); 7] {
        [
            ("actor_kinds", &self.actor_kinds),
            ("relation_roles", &self.relation_roles),
            ("flows", &self.flows),
            ("service_roles", &self.service_roles),
            ("goal_types", &self.goal_types),
            ("cooperation_forms", &self.cooperation_forms),
            ("rule_areas", &self.rule_areas),
        ]
    }
}

impl crate::model::Project {
    /// How many places in the project use the item `key` of the list named `list` (the names of
    /// [`Catalogs::lists`]); an item in use cannot be deleted without breaking references.
    pub fn catalog_uses(&self, list: &str, key: &str) -> usize {
        match list {
            "actor_kinds" => self.actors.iter().filter(|a| a.kind == key).count(),
            "relation_roles" => self.relations.iter().filter(|r| r.role == key).count(),
            "flows" => self
                .relations
                .iter()
                .filter(|r| r.flows.iter().any(|f| f == key))
                .count(),
            "service_roles" => self
                .roles
                .rows
                .iter()
                .map(|r| usize::from(r.current_role == key) + usize::from(r.desired_role == key))
                .sum(),
            "goal_types" => self.tactics.goals.iter().filter(|g| g.goal == key).count(),
            "cooperation_forms" => self.tactics.partners.iter().filter(|t| t.form == key).count(),
            "rule_areas" => self.conditions.rules.iter().filter(|r| r.area == key).count(),
            _ => 0,
        }
    }
}

impl Catalogs {
    /// The list named `name` (one of the names of [`Catalogs::lists`]), for editing.
    pub fn list_mut(&mut self, name: &str) -> Option<&mut Catalog> {
        Some(match name {
            "actor_kinds" => &mut self.actor_kinds,
            "relation_roles" => &mut self.relation_roles,
            "flows" => &mut self.flows,
            "service_roles" => &mut self.service_roles,
            "goal_types" => &mut self.goal_types,
            "cooperation_forms" => &mut self.cooperation_forms,
            "rule_areas" => &mut self.rule_areas,
            _ => return None,
        })
    }
}
