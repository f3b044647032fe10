//! The parts of a project that views edit whole: each phase's data and the editable lists. A
//! view edits a copy of a part and hands back one [`Edit`] that replaces it.

use super::{
    CardPhase, Catalogs, CompetencePhase, ConditionsPhase, Edit, EvaluationPhase, IdeaPhase, MappingPhase,
    Presentation, Project, RolesPhase, StrategyPhase, TacticsPhase,
};

/// A part of the project replaced whole by one edit.
pub trait Part: Clone + PartialEq {
    /// The part as it is in `project`.
    fn of(project: &Project) -> &Self;
    /// The edit that puts `self` in its place.
    fn into_edit(self) -> Edit;
}

macro_rules! parts {
    ($($ty:ty => $field:ident, $edit:ident;)*) => {
        $(impl Part for $ty {
            fn of(project: &Project) -> &Self {
                &project.$field
            }

            fn into_edit(self) -> Edit {
                Edit::$edit(Box::new(self))
            }
        })*
    };
}

parts! {
    MappingPhase => mapping, SetMapping;
    RolesPhase => roles, SetRoles;
    CompetencePhase => competences, SetCompetences;
    TacticsPhase => tactics, SetTactics;
    IdeaPhase => idea, SetIdea;
    ConditionsPhase => conditions, SetConditions;
    StrategyPhase => strategy, SetStrategy;
    EvaluationPhase => evaluation, SetEvaluation;
    CardPhase => card, SetCard;
    Catalogs => catalogs, SetCatalogs;
    Presentation => presentation, SetPresentation;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_parts_edit_replaces_that_part_and_its_inverse_restores_it() {
        let mut project = Project::default();
        let before = project.clone();
        let mut roles = RolesPhase::of(&project).clone();
        roles.sheet.notes = "changed".into();
        let Ok(inverse) = project.apply(roles.clone().into_edit()) else {
            panic!("replacing a phase's data always applies");
        };
        assert_eq!(project.roles, roles);
        assert!(project.apply(inverse).is_ok());
        assert_eq!(project, before);
    }
}
