//! Small value types and the fixed enumerations of the method, each with its label in both
//! languages.

use crate::i18n::Tr;
use serde::{Deserialize, Serialize};

/// A calendar date, stored as `"YYYY-MM-DD"` in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub chrono::NaiveDate);

impl Date {
    /// Parses `YYYY-MM-DD`; `None` for anything else.
    pub fn parse(text: &str) -> Option<Date> {
        chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
            .ok()
            .map(Date)
    }

    /// Today in the local time zone.
    pub fn today() -> Date {
        Date(chrono::Local::now().date_naive())
    }

    /// A date from year, month and day, if it exists.
    pub fn ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        chrono::NaiveDate::from_ymd_opt(year, month, day).map(Date)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let text = String::deserialize(d)?;
        Date::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("\"{text}\" is not a date of the form YYYY-MM-DD")))
    }
}

/// Declares a fixed enumeration whose variants each carry a label in both languages.
macro_rules! labelled_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident => ($fi:literal, $en:literal),)+ }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            #[default]
            $($(#[$vdoc])* $variant,)+
        }

        impl $name {
            /// Every variant, in the order the method lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The variant's label in both languages.
            pub fn label(self) -> Tr {
                match self {
                    $($name::$variant => Tr::new($fi, $en),)+
                }
            }
        }
    };
}

// `#[default]` must sit on the first variant; the macro puts it there.
labelled_enum! {
    /// How close an actor is to the network's core.
    Ring {
        Core => ("Ydin", "Core"),
        Partner => ("Kumppani", "Partner"),
        Wider => ("Laajempi verkosto", "Wider network"),
    }
}

labelled_enum! {
    /// The sector an actor belongs to.
    Sector {
        Public => ("Julkinen", "Public"),
        Private => ("Yksityinen", "Private"),
        Third => ("Kolmas sektori", "Third sector"),
    }
}

labelled_enum! {
    /// Whether a relation is current, past or potential.
    RelationStatus {
        Current => ("Nykyinen", "Current"),
        Past => ("Aiempi", "Past"),
        Potential => ("Potentiaalinen", "Potential"),
    }
}

labelled_enum! {
    /// How often a relation is active.
    Intensity {
        Occasional => ("Satunnainen", "Occasional"),
        Regular => ("Säännöllinen", "Regular"),
        Continuous => ("Jatkuva", "Continuous"),
    }
}

labelled_enum! {
    /// How formal a relation is.
    Formality {
        Informal => ("Epävirallinen", "Informal"),
        Mou => ("Aiesopimus", "MoU"),
        Contract => ("Sitova sopimus", "Contract"),
        JointEntity => ("Yhteinen organisaatio", "Joint entity"),
    }
}

labelled_enum! {
    /// What the organisation intends to do with a relation.
    Intent {
        Maintain => ("Ylläpidä", "Maintain"),
        Start => ("Aloita", "Start"),
        Deepen => ("Syvennä", "Deepen"),
        Reduce => ("Kevennä", "Reduce"),
        End => ("Lopeta", "End"),
    }
}

labelled_enum! {
    /// The status of a phase's worksheet.
    SheetStatus {
        NotStarted => ("Ei aloitettu", "Not started"),
        Draft => ("Luonnos", "Draft"),
        Discussed => ("Käsitelty", "Discussed"),
        Approved => ("Hyväksytty", "Approved"),
    }
}

labelled_enum! {
    /// Whether a holder's competence is available to the network.
    Availability {
        Available => ("Käytettävissä", "Available"),
        Negotiable => ("Sovittavissa", "Negotiable"),
        NotAvailable => ("Ei käytettävissä", "Not available"),
    }
}

labelled_enum! {
    /// How a competence gap is to be closed.
    Remedy {
        Develop => ("Kehitetään itse", "Develop"),
        FromPartner => ("Kumppanilta", "From a partner"),
        Hire => ("Rekrytoidaan", "Hire"),
        Buy => ("Ostetaan", "Buy"),
    }
}

labelled_enum! {
    /// The type of business net (Möller & Rajala 2007).
    NetType {
        Current => ("Nykyisen toiminnan verkosto", "Current business net"),
        Renewal => ("Uudistava verkosto", "Renewal net"),
        Emerging => ("Uutta luova verkosto", "Emerging new business net"),
    }
}

labelled_enum! {
    /// How mature the network's idea is.
    Maturity {
        Idea => ("Idea", "Idea"),
        Concept => ("Konsepti", "Concept"),
        Pilot => ("Pilotti", "Pilot"),
        Established => ("Vakiintunut", "Established"),
    }
}

labelled_enum! {
    /// The network's lifecycle stage.
    LifecycleStage {
        Emergence => ("Synty ja tunnistus", "Emergence"),
        StartUp => ("Käynnistys ja organisoituminen", "Start-up"),
        Operational => ("Operatiivinen toiminta", "Operational"),
        Development => ("Kehitys ja muutos", "Development and change"),
        Reevaluation => ("Uudelleenarviointi tai hajoaminen", "Re-evaluation or dissolution"),
    }
}

labelled_enum! {
    /// How the network is governed (Provan & Kenis 2008).
    Governance {
        Shared => ("Jäsenten jaettu johtaminen", "Shared by members"),
        LeadOrganisation => ("Vetäjäorganisaatio", "Lead organisation"),
        Administrative => ("Erillinen hallinnoiva organisaatio", "Network administrative organisation"),
    }
}

labelled_enum! {
    /// The level an evaluation criterion looks at (Provan & Milward 2001).
    EvalLevel {
        Member => ("Jäsen", "Member"),
        Network => ("Verkosto", "Network"),
        Community => ("Asiakkaat ja yhteisö", "Customers and community"),
    }
}

impl EvalLevel {
    /// The one-letter code used in the method's tables: M, N or C (fi: J, V, A).
    pub fn code(self) -> Tr {
        match self {
            EvalLevel::Member => Tr::new("J", "M"),
            EvalLevel::Network => Tr::new("V", "N"),
            EvalLevel::Community => Tr::new("A", "C"),
        }
    }
}

labelled_enum! {
    /// The depth of cooperation with a partner, 1–4.
    Depth {
        Information => ("Tiedonvaihto", "Information exchange"),
        Coordination => ("Yhteensovittaminen", "Coordination"),
        Pooling => ("Resurssien yhdistäminen", "Pooling resources"),
        CoCreation => ("Yhteiskehittäminen", "Co-creation"),
    }
}

impl Depth {
    /// The depth as a number 1–4.
    pub fn number(self) -> u8 {
        match self {
            Depth::Information => 1,
            Depth::Coordination => 2,
            Depth::Pooling => 3,
            Depth::CoCreation => 4,
        }
    }
}

/// Labels of the competence levels 0–4.
pub const COMPETENCE_LEVELS: [Tr; 5] = [
    Tr::new("Ei osaamista", "None"),
    Tr::new("Perustaso", "Basic"),
    Tr::new("Hyvä", "Good"),
    Tr::new("Vahva", "Strong"),
    Tr::new("Ydinosaaminen", "Core"),
];

/// Labels of relation importance 1–5.
pub const IMPORTANCE_LEVELS: [Tr; 5] = [
    Tr::new("Vähäinen", "Marginal"),
    Tr::new("Pieni", "Minor"),
    Tr::new("Kohtalainen", "Moderate"),
    Tr::new("Suuri", "Major"),
    Tr::new("Kriittinen", "Critical"),
];

/// Every labelled enumeration's labels, for the translation tests.
pub fn all_enum_labels() -> Vec<Tr> {
    let mut all = Vec::new();
    all.extend(Ring::ALL.iter().map(|v| v.label()));
    all.extend(Sector::ALL.iter().map(|v| v.label()));
    all.extend(RelationStatus::ALL.iter().map(|v| v.label()));
    all.extend(Intensity::ALL.iter().map(|v| v.label()));
    all.extend(Formality::ALL.iter().map(|v| v.label()));
    all.extend(Intent::ALL.iter().map(|v| v.label()));
    all.extend(SheetStatus::ALL.iter().map(|v| v.label()));
    all.extend(Availability::ALL.iter().map(|v| v.label()));
    all.extend(Remedy::ALL.iter().map(|v| v.label()));
    all.extend(NetType::ALL.iter().map(|v| v.label()));
    all.extend(Maturity::ALL.iter().map(|v| v.label()));
    all.extend(LifecycleStage::ALL.iter().map(|v| v.label()));
    all.extend(Governance::ALL.iter().map(|v| v.label()));
    all.extend(EvalLevel::ALL.iter().map(|v| v.label()));
    all.extend(EvalLevel::ALL.iter().map(|v| v.code()));
    all.extend(Depth::ALL.iter().map(|v| v.label()));
    all.extend(COMPETENCE_LEVELS);
    all.extend(IMPORTANCE_LEVELS);
    all
}
