//! Phase 9, the network's business card.

use super::*;

/// Contact details on the business card.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Contact {
    /// Person.
    pub name: String,
    /// Organisation.
    pub organisation: String,
    /// E-mail address.
    pub email: String,
    /// Phone number.
    pub phone: String,
}

/// Phase 9, the network's business card.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CardPhase {
    /// Common worksheet fields.
    pub sheet: Worksheet,
    /// The network's name.
    pub name: String,
    /// One-sentence tagline, at most [`TAGLINE_MAX`] characters.
    pub tagline: String,
    /// Why the network exists.
    pub purpose: String,
    /// Whom it serves.
    pub target_groups: String,
    /// What it offers, one item per entry.
    pub offering: Vec<String>,
    /// What makes it unique.
    pub unique: String,
    /// Members shown on the card.
    pub members: Vec<ActorId>,
    /// Results or references.
    pub results: String,
    /// How to join.
    pub how_to_join: String,
    /// Contact.
    pub contact: Contact,
    /// Web and social media channels.
    pub channels: String,
    /// Region.
    pub region: String,
    /// Founded (a year or date as text).
    pub founded: String,
    /// When the card was last updated.
    pub last_updated: Option<Date>,
}

impl CardPhase {
    /// The card's one-line and paragraph texts (everything but the lists, members and date),
    /// for checks such as "is the card empty" or "is every field filled".
    pub fn texts(&self) -> [&String; 14] {
        [
            &self.name,
            &self.tagline,
            &self.purpose,
            &self.target_groups,
            &self.unique,
            &self.results,
            &self.how_to_join,
            &self.contact.name,
            &self.contact.organisation,
            &self.contact.email,
            &self.contact.phone,
            &self.channels,
            &self.region,
            &self.founded,
        ]
    }
}

/// Longest tagline the card allows, in characters.
pub const TAGLINE_MAX: usize = 120;
