//! The undo history: each step stores the edit that takes the document back, so undo and redo
//! restore the exact project. View state (selection, zoom, open phase) is never recorded.

use crate::model::{Edit, EditError, Project};

/// How many steps undo keeps.
pub const UNDO_LIMIT: usize = 200;

/// A key under which consecutive edits merge into one undo step, such as the widget being
/// typed into or the node being dragged.
pub type MergeKey = u64;

#[derive(Debug, Clone)]
struct Step {
    /// The edit that goes back to `revision`.
    edit: Edit,
    /// The document revision this step returns to.
    revision: u64,
}

/// A project with its undo and redo stacks and a revision number for "unsaved changes".
#[derive(Debug, Clone)]
pub struct Document {
    project: Project,
    undo: Vec<Step>,
    redo: Vec<Step>,
    revision: u64,
    next_revision: u64,
    saved_revision: Option<u64>,
    merge_key: Option<MergeKey>,
}

impl Document {
    /// A document for `project`; `saved` says whether it matches a file on disk.
    pub fn new(project: Project, saved: bool) -> Document {
        Document {
            project,
            undo: Vec::new(),
            redo: Vec::new(),
            revision: 0,
            next_revision: 1,
            saved_revision: saved.then_some(0),
            merge_key: None,
        }
    }

    /// The project as it is now.
    pub fn project(&self) -> &Project {
        &self.project
    }

    /// A number that changes with every change of the project (and returns with undo).
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Whether the project differs from the last saved or opened file.
    pub fn is_dirty(&self) -> bool {
        self.saved_revision != Some(self.revision)
    }

    /// Records that the project as it is now has been saved.
    pub fn mark_saved(&mut self) {
        self.saved_revision = Some(self.revision);
    }

    /// Applies `edit` as a new undo step, or merged into the last step when `key` is the
    /// same as the last edit's and [`Document::seal`] was not called in between.
    pub fn apply(&mut self, edit: Edit, key: Option<MergeKey>) -> Result<(), EditError> {
        let inverse = self.project.apply(edit)?;
        let merge = key.is_some() && key == self.merge_key && !self.undo.is_empty();
        if !merge {
            self.undo.push(Step {
                edit: inverse,
                revision: self.revision,
            });
            if self.undo.len() > UNDO_LIMIT {
                self.undo.remove(0);
            }
        }
        self.merge_key = key;
        self.redo.clear();
        self.revision = self.next_revision;
        self.next_revision += 1;
        Ok(())
    }

    /// Ends merging: the next edit starts a new undo step even with the same key.
    pub fn seal(&mut self) {
        self.merge_key = None;
    }

    /// The key the last edit merged under, if merging is still open.
    pub fn merge_key(&self) -> Option<MergeKey> {
        self.merge_key
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Undoes the last step; false when there is none.
    pub fn undo(&mut self) -> bool {
        Self::step(
            &mut self.project,
            &mut self.revision,
            &mut self.undo,
            &mut self.redo,
            &mut self.merge_key,
        )
    }

    /// Redoes the last undone step; false when there is none.
    pub fn redo(&mut self) -> bool {
        Self::step(
            &mut self.project,
            &mut self.revision,
            &mut self.redo,
            &mut self.undo,
            &mut self.merge_key,
        )
    }

    fn step(
        project: &mut Project,
        revision: &mut u64,
        from: &mut Vec<Step>,
        to: &mut Vec<Step>,
        merge_key: &mut Option<MergeKey>,
    ) -> bool {
        *merge_key = None;
        let Some(step) = from.pop() else { return false };
        match project.apply(step.edit.clone()) {
            Ok(inverse) => {
                to.push(Step {
                    edit: inverse,
                    revision: *revision,
                });
                *revision = step.revision;
                true
            }
            // An inverse edit always applies to the state it was made from; if that ever
            // fails, drop the broken step instead of corrupting the project.
            Err(_) => false,
        }
    }
}
