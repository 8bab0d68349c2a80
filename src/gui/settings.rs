//! UI settings remembered between runs by eframe persistence (UI state only:
//! plans live in their own files).

use std::path::PathBuf;

use eframe::egui;
use serde::{Deserialize, Serialize};

use super::i18n::Lang;

/// Key under which [`Settings`] are stored.
pub const STORAGE_KEY: &str = "hq-planner-settings";

/// How many recent files the File menu lists.
pub const MAX_RECENT: usize = 8;

/// Light or dark appearance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Light (default: most offices print and read on white).
    #[default]
    Light,
    /// Dark.
    Dark,
}

/// The views of the navigation list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum View {
    /// Summary of the plan and problems.
    #[default]
    Overview,
    /// Headquarters.
    Sites,
    /// Units.
    Units,
    /// Cadres.
    Cadres,
    /// Zones and the travel grid.
    Zones,
    /// Transport services.
    Transport,
    /// Housing.
    Housing,
    /// Rules and weights.
    Rules,
    /// Scenarios.
    Scenarios,
    /// Results of the current scenario.
    Results,
    /// Side-by-side comparison.
    Compare,
    /// Language, theme, solver settings.
    Settings,
}

impl View {
    /// The views in navigation order.
    pub const NAV: [View; 12] = [
        View::Overview,
        View::Sites,
        View::Units,
        View::Cadres,
        View::Zones,
        View::Transport,
        View::Housing,
        View::Rules,
        View::Scenarios,
        View::Results,
        View::Compare,
        View::Settings,
    ];
}

/// Everything remembered between runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Interface language.
    pub lang: Lang,
    /// Theme.
    pub theme: ThemeChoice,
    /// Last plan file opened or saved.
    pub last_file: Option<PathBuf>,
    /// Recent files, newest first.
    pub recent: Vec<PathBuf>,
    /// View shown last.
    pub view: View,
    /// Solver time limit, seconds.
    pub time_limit_secs: f64,
    /// Scenario selected last (id).
    pub scenario: Option<String>,
    /// Always use the typed-path dialog instead of the system file dialog.
    pub typed_path_dialogs: bool,
    /// Choices of the Export dialog, kept for the next export.
    pub export: ExportPrefs,
}

/// Export dialog choices remembered on this computer (the plan file has no
/// place for them, and sign-off names belong to the office, not the plan).
/// Sign-off dates are per export and never remembered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExportPrefs {
    /// Name printed under "Prepared by" in the PDF sign-off block.
    pub prepared_by: String,
    /// Name printed under "Reviewed by".
    pub reviewed_by: String,
    /// Name printed under "Approved by".
    pub approved_by: String,
    /// Replace names by staff codes and leave out birth dates and gender.
    pub anonymize: bool,
    /// Folder of the last export.
    pub folder: Option<PathBuf>,
    /// PDF: include the per-cadre appendix (on unless turned off).
    pub staff_list: bool,
}

impl Default for ExportPrefs {
    fn default() -> Self {
        Self {
            prepared_by: String::new(),
            reviewed_by: String::new(),
            approved_by: String::new(),
            anonymize: false,
            folder: None,
            staff_list: true,
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            lang: Lang::En,
            theme: ThemeChoice::Light,
            last_file: None,
            recent: Vec::new(),
            view: View::Overview,
            time_limit_secs: 60.0,
            scenario: None,
            typed_path_dialogs: false,
            export: ExportPrefs::default(),
        }
    }
}

impl Settings {
    /// Records `path` as the last and most recent file.
    pub fn remember_file(&mut self, path: PathBuf) {
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path.clone());
        self.recent.truncate(MAX_RECENT);
        self.last_file = Some(path);
    }

    /// Applies the theme to the context.
    pub fn apply_theme(&self, ctx: &egui::Context) {
        ctx.set_theme(match self.theme {
            ThemeChoice::Light => egui::Theme::Light,
            ThemeChoice::Dark => egui::Theme::Dark,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_unique_newest_first_and_capped() {
        let mut s = Settings::default();
        for i in 0..12 {
            s.remember_file(PathBuf::from(format!("p{i}.ron")));
        }
        s.remember_file(PathBuf::from("p5.ron"));
        assert_eq!(s.recent.len(), MAX_RECENT);
        assert_eq!(s.recent[0], PathBuf::from("p5.ron"));
        assert_eq!(s.recent.iter().filter(|p| p.ends_with("p5.ron")).count(), 1);
        assert_eq!(s.last_file, Some(PathBuf::from("p5.ron")));
    }

    #[test]
    fn settings_survive_a_round_trip_and_missing_fields() {
        let s = Settings {
            lang: Lang::Vi,
            ..Settings::default()
        };
        let text = serde_json::to_string(&s).unwrap_or_default();
        let back: Settings = serde_json::from_str(&text).unwrap_or_default();
        assert_eq!(back, s);
        let partial: Settings = serde_json::from_str(r#"{"lang":"Vi"}"#).unwrap_or_default();
        assert_eq!(partial.lang, Lang::Vi);
        assert_eq!(partial.time_limit_secs, 60.0);
        // Settings saved before the staff-list choice existed keep the appendix on.
        let old: Settings =
            serde_json::from_str(r#"{"export":{"prepared_by":"Lập"}}"#).unwrap_or_default();
        assert!(old.export.staff_list);
        assert_eq!(old.export.prepared_by, "Lập");
    }
}
