//! The open plan: its file, unsaved-change tracking, undo history and the
//! validation problems of its current state.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::core::file::{self, EntityKind, Place, Problem};
use crate::core::plan::Plan;

use super::undo::UndoStack;

/// Problems of the plan, indexed by entity for drawing them at the field.
#[derive(Debug, Default, Clone)]
pub struct Problems {
    /// Every problem, in file order.
    pub list: Vec<Problem>,
    /// (kind, index) -> positions in `list`.
    by_entity: HashMap<(EntityKind, usize), Vec<usize>>,
}

impl Problems {
    /// Indexes `list`.
    pub fn new(list: Vec<Problem>) -> Self {
        let mut by_entity: HashMap<(EntityKind, usize), Vec<usize>> = HashMap::new();
        for (i, p) in list.iter().enumerate() {
            if let Place::Entity { kind, index, .. } = &p.place {
                by_entity.entry((*kind, *index)).or_default().push(i);
            }
        }
        Self { list, by_entity }
    }

    /// Problems of one entity.
    pub fn of(&self, kind: EntityKind, index: usize) -> impl Iterator<Item = &Problem> {
        self.by_entity
            .get(&(kind, index))
            .into_iter()
            .flatten()
            .filter_map(|&i| self.list.get(i))
    }

    /// Problems of one field of one entity (field names as in the file; a
    /// problem at `zones[2]` matches the field `zones`).
    pub fn at_field(&self, kind: EntityKind, index: usize, field: &str) -> Vec<&Problem> {
        self.of(kind, index)
            .filter(|p| match &p.place {
                Place::Entity { field: f, .. } => {
                    f == field
                        || f.strip_prefix(field)
                            .is_some_and(|rest| rest.starts_with('[') || rest.starts_with('.'))
                }
                Place::Text { .. } => false,
            })
            .collect()
    }

    /// Whether an entity has any problem.
    pub fn has(&self, kind: EntityKind, index: usize) -> bool {
        self.by_entity.contains_key(&(kind, index))
    }
}

/// The plan being edited.
#[derive(Debug)]
pub struct Document {
    /// The plan as it is now (may hold mistakes).
    pub plan: Plan,
    /// Where it is saved; `None` for the sample or a new plan.
    pub path: Option<PathBuf>,
    /// Incremented by every change; views cache on it.
    pub revision: u64,
    /// Revision last saved (or opened).
    saved_revision: u64,
    /// What `path` held when it was opened or last saved here; a Save refuses
    /// when the file on disk no longer matches (another program saved it).
    on_disk: Option<file::Fingerprint>,
    /// Undo and redo.
    pub undo: UndoStack,
    /// Problems of the current revision (or, while a background check runs, of
    /// a recent one).
    pub problems: Problems,
    problems_revision: Option<u64>,
    pending: Option<(u64, std::sync::mpsc::Receiver<Vec<Problem>>)>,
}

/// Plans with more cadres than this are validated on a worker thread, so typing
/// stays smooth; smaller ones are validated at once.
pub const BACKGROUND_VALIDATION_CADRES: usize = 5_000;

impl Document {
    /// A document on `plan`, unmodified.
    pub fn new(plan: Plan, path: Option<PathBuf>) -> Self {
        let mut d = Self {
            plan,
            path,
            revision: 0,
            saved_revision: 0,
            on_disk: None,
            undo: UndoStack::default(),
            problems: Problems::default(),
            problems_revision: None,
            pending: None,
        };
        d.refresh_problems_now();
        d
    }

    /// The built-in sample plan.
    pub fn sample() -> anyhow::Result<Self> {
        let plan = file::parse(crate::core::sample::SAMPLE_RON).map_err(|p| {
            anyhow::anyhow!(
                "the built-in sample does not parse: {}",
                p.first().map(|p| p.to_string()).unwrap_or_default()
            )
        })?;
        Ok(Self::new(plan, None))
    }

    /// Opens a plan file; content mistakes are kept so they can be fixed.
    pub fn open(path: &Path) -> anyhow::Result<Self> {
        // The typed error is kept so the app can show its problems in the
        // user's language (`i18n_problems::error_text`).
        let (plan, read) =
            file::load_unchecked_with_fingerprint(path).map_err(anyhow::Error::new)?;
        let mut d = Self::new(plan, Some(path.to_owned()));
        d.on_disk = Some(read);
        Ok(d)
    }

    /// Whether there are unsaved changes.
    pub fn is_modified(&self) -> bool {
        self.revision != self.saved_revision
    }

    /// Marks the document changed (the plan was replaced by undo/redo or an import).
    pub fn touch(&mut self) {
        self.revision += 1;
    }

    /// Applies an edit, recording an undo step first.
    pub fn edit(&mut self, key: &str, label: &str, now: f64, f: impl FnOnce(&mut Plan)) {
        self.undo.record(&self.plan, key, label, now);
        f(&mut self.plan);
        self.revision += 1;
    }

    /// Undoes the last edit; returns its label.
    pub fn undo(&mut self) -> Option<String> {
        let l = self.undo.undo(&mut self.plan)?;
        self.revision += 1;
        Some(l)
    }

    /// Redoes the last undone edit; returns its label.
    pub fn redo(&mut self) -> Option<String> {
        let l = self.undo.redo(&mut self.plan)?;
        self.revision += 1;
        Some(l)
    }

    /// Saves atomically to `path` and remembers it.
    ///
    /// Saving to the file the document came from refuses (with a
    /// [`file::SaveError`] for which `is_changed_on_disk` holds, nothing
    /// written) when another program saved that file since it was opened or
    /// last saved here; any other path is written as asked (Save As, where the
    /// dialog already asked about replacing).
    pub fn save_to(&mut self, path: &Path) -> anyhow::Result<()> {
        let same_file = self.path.as_deref() == Some(path);
        let read = self.on_disk.clone().filter(|_| same_file);
        self.write(path, read.as_ref())
    }

    /// Save As: writes `path` even if it is the opened file and changed on disk
    /// (the user chose it and was told it will be replaced), and remembers it.
    pub fn save_as(&mut self, path: &Path) -> anyhow::Result<()> {
        self.write(path, None)
    }

    fn write(&mut self, path: &Path, read: Option<&file::Fingerprint>) -> anyhow::Result<()> {
        let written = match read {
            Some(read) => file::save_if_unchanged(&self.plan, path, read),
            None => file::save_fingerprinted(&self.plan, path),
        };
        let written = written.with_context(|| format!("saving {}", path.display()))?;
        self.path = Some(path.to_owned());
        self.on_disk = Some(written);
        self.saved_revision = self.revision;
        Ok(())
    }

    /// Revalidates now if the plan changed since the last validation.
    pub fn refresh_problems_now(&mut self) {
        if self.problems_revision != Some(self.revision) {
            self.problems = Problems::new(file::problems(&self.plan));
            self.problems_revision = Some(self.revision);
            self.pending = None;
        }
    }

    /// Keeps the problems up to date: at once for small plans, on a worker
    /// thread for large ones. Returns true while a background check runs.
    pub fn refresh_problems(&mut self) -> bool {
        if let Some((rev, rx)) = &self.pending {
            match rx.try_recv() {
                Ok(list) => {
                    self.problems = Problems::new(list);
                    self.problems_revision = Some(*rev);
                    self.pending = None;
                }
                Err(std::sync::mpsc::TryRecvError::Empty) => {}
                Err(std::sync::mpsc::TryRecvError::Disconnected) => self.pending = None,
            }
        }
        if self.problems_revision == Some(self.revision) {
            return false;
        }
        if self.plan.cadres.len() <= BACKGROUND_VALIDATION_CADRES {
            self.refresh_problems_now();
            return false;
        }
        if self.pending.is_none() {
            let (tx, rx) = std::sync::mpsc::channel();
            let plan = self.plan.clone();
            let spawned = std::thread::Builder::new()
                .name("hq-validate".into())
                .spawn(move || {
                    let _ = tx.send(file::problems(&plan));
                });
            match spawned {
                Ok(_) => self.pending = Some((self.revision, rx)),
                Err(_) => self.refresh_problems_now(),
            }
        }
        true
    }

    /// A short name for the title and status bar.
    pub fn display_name(&self) -> String {
        match &self.path {
            Some(p) => p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| p.display().to_string()),
            None => self.plan.name.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_marks_modified_and_save_clears_it() -> anyhow::Result<()> {
        let mut d = Document::sample()?;
        assert!(!d.is_modified());
        assert!(d.problems.list.is_empty(), "{:?}", d.problems.list.first());
        d.edit("site.0.desks", "desks", 0.0, |p| p.sites[0].desks = 1);
        assert!(d.is_modified());
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("p.ron");
        d.save_to(&path)?;
        assert!(!d.is_modified());
        let back = Document::open(&path)?;
        assert_eq!(back.plan.sites[0].desks, 1);
        Ok(())
    }

    #[test]
    fn save_refuses_when_another_program_saved_the_file_since_it_was_opened() -> anyhow::Result<()>
    {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("p.ron");
        file::save(&Document::sample()?.plan, &path)?;
        let mut d = Document::open(&path)?;
        d.edit("site.0.desks", "desks", 0.0, |p| p.sites[0].desks = 1);
        // Another program saves the file while it is open here.
        let mut other = file::load_unchecked(&path)?;
        other.name = "saved by someone else".into();
        file::save(&other, &path)?;
        let theirs = std::fs::read(&path)?;
        let err = d.save_to(&path).expect_err("must refuse");
        let refused = err
            .downcast_ref::<file::SaveError>()
            .is_some_and(file::SaveError::is_changed_on_disk);
        assert!(refused, "{err:#}");
        assert!(format!("{err:#}").contains("changed on disk"), "{err:#}");
        assert_eq!(std::fs::read(&path)?, theirs, "their save is untouched");
        assert!(d.is_modified(), "our changes are still unsaved");
        // Save As elsewhere works, and saving again there is not refused.
        let other_path = dir.path().join("mine.ron");
        d.save_as(&other_path)?;
        d.edit("site.0.desks", "desks", 1.0, |p| p.sites[0].desks = 2);
        d.save_to(&other_path)?;
        assert_eq!(file::load_unchecked(&other_path)?.sites[0].desks, 2);
        Ok(())
    }

    #[test]
    fn saving_twice_is_not_mistaken_for_a_change_on_disk() -> anyhow::Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("p.ron");
        file::save(&Document::sample()?.plan, &path)?;
        let mut d = Document::open(&path)?;
        for desks in 1..4 {
            d.edit("site.0.desks", "desks", 0.0, |p| p.sites[0].desks = desks);
            d.save_to(&path)?;
        }
        assert_eq!(file::load_unchecked(&path)?.sites[0].desks, 3);
        Ok(())
    }

    #[test]
    fn large_plans_are_validated_in_the_background() {
        let plan = crate::core::generate::generate(crate::core::generate::GenerateOptions {
            staff: BACKGROUND_VALIDATION_CADRES + 1,
            ..Default::default()
        });
        let mut d = Document::new(plan, None);
        d.edit("c", "c", 0.0, |p| p.cadres[3].unit = "no-such-unit".into());
        let mut steps = 0;
        while d.refresh_problems() {
            steps += 1;
            assert!(steps < 100_000, "validation never finished");
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
        assert!(d.problems.has(EntityKind::Cadre, 3));
    }

    #[test]
    fn problems_are_found_at_their_field() -> anyhow::Result<()> {
        let mut d = Document::sample()?;
        d.edit("site.0.area", "area", 0.0, |p| p.sites[0].area_m2 = -5.0);
        d.refresh_problems_now();
        assert!(d.problems.has(EntityKind::Site, 0));
        assert_eq!(d.problems.at_field(EntityKind::Site, 0, "area_m2").len(), 1);
        assert!(d.problems.at_field(EntityKind::Site, 0, "desks").is_empty());
        d.undo();
        d.refresh_problems_now();
        assert!(d.problems.list.is_empty());
        Ok(())
    }
}
