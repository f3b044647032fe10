//! The presentation's slide list, generated from the project in the cycle's order: the title
//! slide, then each phase that has content with its slides. Slides the user left out are
//! skipped by [`Deck::new`] and listed (marked) by [`Deck::all`], for the slide list editor.

use super::phases::Worksheet;
use super::presentation::SlideKey;
use super::project::{PhaseId, Project};

/// One slide of the deck.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeckSlide {
    /// Which slide.
    pub key: SlideKey,
    /// The phase it belongs to; `None` for the title slide.
    pub phase: Option<PhaseId>,
    /// Whether the user left it out.
    pub hidden: bool,
}

/// The slides to show, in order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Deck {
    /// The slides.
    pub slides: Vec<DeckSlide>,
}

fn sheet_has_text(sheet: &Worksheet) -> bool {
    let filled = |s: &str| !s.trim().is_empty();
    sheet.answers.iter().any(|a| filled(a)) || filled(&sheet.notes) || filled(&sheet.decisions)
}

/// The slides `phase` would have, hidden or not, when it has content.
fn phase_slides(project: &Project, phase: PhaseId) -> Vec<SlideKey> {
    let filled = |s: &str| !s.trim().is_empty();
    let sheet = sheet_has_text(project.sheet(phase));
    let one = |content: bool, key: SlideKey| if content || sheet { vec![key] } else { Vec::new() };
    match phase {
        PhaseId::Mapping => {
            let mut keys: Vec<SlideKey> = if project.presentation.map_slides.is_empty() {
                if project.actors.is_empty() {
                    Vec::new()
                } else {
                    vec![SlideKey::Map]
                }
            } else {
                project
                    .presentation
                    .map_slides
                    .iter()
                    .map(|s| SlideKey::MapView(s.id))
                    .collect()
            };
            if !project.mapping.portfolio.is_empty() {
                keys.push(SlideKey::Portfolio);
            }
            keys
        }
        PhaseId::Roles => one(!project.roles.rows.is_empty(), SlideKey::Roles),
        PhaseId::Competences => one(!project.competences.competences.is_empty(), SlideKey::Competences),
        PhaseId::Tactics => {
            let t = &project.tactics;
            one(!t.goals.is_empty() || !t.partners.is_empty(), SlideKey::Tactics)
        }
        PhaseId::Idea => {
            let c = &project.idea.canvas;
            let any = [
                &c.need,
                &c.target_groups,
                &c.value_proposition,
                &c.offering,
                &c.member_contributions,
                &c.why_together,
                &c.revenue_logic,
                &c.open_questions,
            ]
            .iter()
            .any(|s| filled(s));
            one(any, SlideKey::Idea)
        }
        PhaseId::Conditions => {
            let c = &project.conditions;
            one(!c.members.is_empty() || !c.rules.is_empty(), SlideKey::Conditions)
        }
        PhaseId::Strategy => {
            let s = &project.strategy;
            let a = &s.areas;
            let any = [
                &s.vision,
                &s.mission,
                &a.actors,
                &a.goals,
                &a.cooperation,
                &a.organising,
                &a.management,
                &a.evaluation,
            ]
            .iter()
            .any(|t| filled(t));
            one(any || !s.action_plan.is_empty(), SlideKey::Strategy)
        }
        PhaseId::Evaluation => one(!project.evaluation.rounds.is_empty(), SlideKey::Evaluation),
        PhaseId::Card => {
            let c = &project.card;
            let any = filled(&c.name) || filled(&c.tagline) || filled(&c.purpose) || !c.offering.is_empty();
            one(any, SlideKey::Card)
        }
    }
}

impl Deck {
    /// Every slide the project has content for, including those left out (marked `hidden`).
    pub fn all(project: &Project) -> Deck {
        let hidden = |key| project.presentation.is_hidden(key);
        let mut slides = vec![DeckSlide {
            key: SlideKey::Title,
            phase: None,
            hidden: hidden(SlideKey::Title),
        }];
        for phase in PhaseId::ALL {
            slides.extend(phase_slides(project, phase).into_iter().map(|key| DeckSlide {
                key,
                phase: Some(phase),
                hidden: hidden(key),
            }));
        }
        Deck { slides }
    }

    /// The slides shown: [`Deck::all`] without those left out.
    pub fn new(project: &Project) -> Deck {
        let mut deck = Deck::all(project);
        deck.slides.retain(|s| !s.hidden);
        deck
    }

    /// How many slides.
    pub fn len(&self) -> usize {
        self.slides.len()
    }

    /// Whether there are no slides.
    pub fn is_empty(&self) -> bool {
        self.slides.is_empty()
    }

    /// The index of the first slide of phase `number` (1–9), if that phase has a slide.
    pub fn first_of_phase(&self, number: usize) -> Option<usize> {
        let phase = PhaseId::from_number(number)?;
        self.slides.iter().position(|s| s.phase == Some(phase))
    }

    /// The index of the first slide of `phase` or, when it has none, of the nearest phase
    /// after it (else the last slide): where presenting "from the current phase" starts.
    pub fn start_at(&self, phase: PhaseId) -> usize {
        self.slides
            .iter()
            .position(|s| s.phase.is_some_and(|p| p >= phase))
            .unwrap_or(self.slides.len().saturating_sub(1))
    }

    /// The index of the slide named `key`.
    pub fn position(&self, key: SlideKey) -> Option<usize> {
        self.slides.iter().position(|s| s.key == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_project_has_only_the_title_slide() {
        let deck = Deck::new(&Project::new());
        assert_eq!(deck.len(), 1);
        assert_eq!(deck.slides[0].key, SlideKey::Title);
        assert_eq!(deck.first_of_phase(1), None);
        assert_eq!(deck.start_at(PhaseId::Idea), 0);
    }

    #[test]
    fn hidden_slides_are_skipped_but_listed() {
        let mut p = Project::new();
        p.card.name = "Verkosto".into();
        p.presentation.set_hidden(SlideKey::Card, true);
        assert_eq!(Deck::new(&p).len(), 1);
        let all = Deck::all(&p);
        assert_eq!(all.len(), 2);
        assert!(all.slides[1].hidden);
    }
}
