//! The desktop app: edit a plan, solve it in the background, understand the
//! result and compare scenarios.
//!
//! Layout follows STYLE.md: [`app::HqApp`] owns all state; each panel
//! (`*_ui.rs`) first computes a plain view model, draws it, and returns
//! [`app::Command`]s that the app applies once after drawing. Only UI state
//! (language, theme, recent files, window layout) is stored by eframe; plans live
//! in their own files, with an autosaved recovery copy ([`recovery`]).

pub mod app;
pub mod cadres_ui;
pub mod compare_ui;
pub mod dialogs;
pub mod document;
pub mod edits;
pub mod exchange;
pub mod housing_ui;
pub mod i18n;
pub mod i18n_problems;
pub mod lists;
pub mod overview_ui;
pub mod recovery;
pub mod results_ui;
pub mod rules_ui;
pub mod scenarios_ui;
pub mod settings;
pub mod sites_ui;
pub mod solve_strip;
pub mod solver;
pub mod table;
pub mod tour;
pub mod transport_ui;
pub mod undo;
pub mod units_ui;
pub mod widgets;
pub mod zones_ui;

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::anyhow;
use eframe::egui;

pub use app::{AppOptions, HqApp};

/// Noto Sans Regular (full Vietnamese coverage, OFL), bundled so diacritics render everywhere.
const NOTO_SANS_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
/// Noto Sans Bold.
const NOTO_SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");

/// Name of the bold font family (`egui::FontFamily::Name`).
pub const BOLD_FAMILY: &str = "bold";

/// Installs the bundled Noto Sans as the first font of every family, independent
/// of system fonts; egui's default fonts stay as fallbacks (emoji, symbols).
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "noto-sans".into(),
        Arc::new(egui::FontData::from_static(NOTO_SANS_REGULAR)),
    );
    fonts.font_data.insert(
        "noto-sans-bold".into(),
        Arc::new(egui::FontData::from_static(NOTO_SANS_BOLD)),
    );
    let proportional = fonts
        .families
        .entry(egui::FontFamily::Proportional)
        .or_default();
    proportional.insert(0, "noto-sans".into());
    // Hack (bundled with egui) has the arrows, triangles and dots used as icons.
    proportional.insert(1, "Hack".into());
    let fallbacks = proportional.clone();
    fonts
        .families
        .entry(egui::FontFamily::Monospace)
        .or_default()
        .push("noto-sans".into());
    let mut bold = vec!["noto-sans-bold".to_owned()];
    bold.extend(fallbacks);
    fonts
        .families
        .insert(egui::FontFamily::Name(BOLD_FAMILY.into()), bold);
    ctx.set_fonts(fonts);
}

/// Opens the desktop app on `file`, the last plan used, or the built-in sample.
pub fn run(file: Option<PathBuf>) -> anyhow::Result<()> {
    let native = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("HQ Planner")
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([900.0, 600.0]),
        persist_window: true,
        ..Default::default()
    };
    eframe::run_native(
        "hq-planner",
        native,
        Box::new(move |cc| {
            install_fonts(&cc.egui_ctx);
            let settings = cc
                .storage
                .and_then(|s| eframe::get_value::<settings::Settings>(s, settings::STORAGE_KEY))
                .unwrap_or_default();
            let opts = AppOptions {
                file,
                recovery_dir: eframe::storage_dir("hq-planner"),
                ..AppOptions::default()
            };
            Ok(Box::new(HqApp::new(settings, opts)))
        }),
    )
    .map_err(|e| anyhow!("cannot open the window: {e}"))
}

/// What every panel reads: the plan, its problems, the language, the current scenario.
pub struct PanelCtx<'a> {
    /// The plan (read-only: changes go through commands).
    pub plan: &'a crate::core::plan::Plan,
    /// Validation problems of the plan.
    pub problems: &'a document::Problems,
    /// Translator.
    pub tx: i18n::Tr,
    /// Plan revision (for caches).
    pub revision: u64,
    /// Current scenario id.
    pub scenario: Option<&'a str>,
    /// Ctrl+F was pressed: focus the search field.
    pub focus_search: bool,
}
