//! Crash recovery: while a plan has unsaved changes, a copy is written every
//! [`AUTOSAVE_SECS`] to a recovery file in the app's data folder (atomically,
//! like a normal save). Saving or discarding deletes it; if the app finds one at
//! start-up, the previous run did not end cleanly and it offers to restore it.

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use serde::{Deserialize, Serialize};

use crate::core::file;
use crate::core::plan::Plan;

/// Seconds between autosaves of unsaved work.
pub const AUTOSAVE_SECS: f64 = 60.0;

/// What the recovery file belongs to.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct RecoveryMeta {
    /// File the plan was opened from, if any.
    pub original: Option<PathBuf>,
    /// When the copy was written (local time, for the restore prompt).
    pub written_at: String,
}

/// A recovered plan offered for restoring.
#[derive(Debug, Clone)]
pub struct Recovered {
    /// The plan as autosaved.
    pub plan: Plan,
    /// Where it came from.
    pub meta: RecoveryMeta,
}

/// The recovery files of one app data folder.
#[derive(Debug, Clone)]
pub struct Recovery {
    dir: Option<PathBuf>,
}

impl Recovery {
    /// Recovery in `dir` (none when the platform gives no data folder).
    pub fn new(dir: Option<PathBuf>) -> Self {
        Self { dir }
    }

    fn plan_path(&self) -> Option<PathBuf> {
        self.dir.as_ref().map(|d| d.join("recovery.ron"))
    }

    fn meta_path(&self) -> Option<PathBuf> {
        self.dir.as_ref().map(|d| d.join("recovery.json"))
    }

    /// Writes the recovery copy.
    pub fn write(&self, plan: &Plan, original: Option<&Path>) -> anyhow::Result<()> {
        let (Some(dir), Some(plan_path), Some(meta_path)) =
            (&self.dir, self.plan_path(), self.meta_path())
        else {
            return Ok(());
        };
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        file::save(plan, &plan_path)?;
        let meta = RecoveryMeta {
            original: original.map(Path::to_owned),
            written_at: chrono::Local::now().format("%d/%m/%Y %H:%M").to_string(),
        };
        let text = serde_json::to_string_pretty(&meta)?;
        file::write_atomic(&meta_path, |w| w.write_all(text.as_bytes()))
            .with_context(|| format!("writing {}", meta_path.display()))?;
        Ok(())
    }

    /// Reads a recovery copy left by a previous run, if any.
    pub fn find(&self) -> Option<Recovered> {
        let plan = file::load_unchecked(&self.plan_path()?).ok()?;
        let meta = self
            .meta_path()
            .and_then(|p| std::fs::read_to_string(p).ok())
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default();
        Some(Recovered { plan, meta })
    }

    /// Deletes the recovery copy (after a save, a discard or a clean exit).
    pub fn clear(&self) {
        for p in [self.plan_path(), self.meta_path()].into_iter().flatten() {
            let _ = std::fs::remove_file(&p);
            let _ = std::fs::remove_file(file::backup_path(&p));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_find_clear() -> anyhow::Result<()> {
        let dir = tempfile::tempdir()?;
        let r = Recovery::new(Some(dir.path().join("sub")));
        assert!(r.find().is_none());
        let plan = Plan {
            name: "Nguyễn".into(),
            ..Plan::default()
        };
        r.write(&plan, Some(Path::new("/x/plan.ron")))?;
        let found = r.find().ok_or_else(|| anyhow::anyhow!("no recovery"))?;
        assert_eq!(found.plan.name, "Nguyễn");
        assert_eq!(found.meta.original, Some(PathBuf::from("/x/plan.ron")));
        r.clear();
        assert!(r.find().is_none());
        Ok(())
    }
}
