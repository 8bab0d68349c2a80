//! File > Export: the dialog (format, scenarios, language, sign-off) and its
//! progress while the export job runs.

use std::path::{Path, PathBuf};

use eframe::egui::{self, RichText};

use crate::core::report::{ExportFormat, SignOff};
use crate::gui::i18n::t;

use crate::gui::i18n::{Lang, Tr};
use crate::gui::widgets as w;

use super::export_worker::{ExportJob, ExportRequest};
use super::work_progress_ui;

/// Rows of the PDF staff list on a page, on average, for the page estimate.
const STAFF_ROWS_PER_PAGE: usize = 19;

/// A solved scenario the Export dialog offers.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportChoice {
    /// Scenario id.
    pub id: String,
    /// Scenario name.
    pub name: String,
    /// The plan changed since it was solved.
    pub stale: bool,
    /// Cadres assigned in its solution (for the PDF page estimate).
    pub cadres: usize,
}

/// The Export dialog: format, scenarios, language, anonymisation, sign-off
/// names and the output file; then progress and "Show folder".
#[derive(Debug)]
pub struct ExportDialog {
    /// File format.
    pub format: ExportFormat,
    /// Ticked scenario ids (the current scenario first when ticked).
    pub scenarios: Vec<String>,
    /// Language of the export.
    pub lang: Lang,
    /// Anonymise.
    pub anonymize: bool,
    /// Sign-off names (the dates are parsed from [`Self::sign_off_dates`]).
    pub sign_off: SignOff,
    /// Sign-off dates as typed (prepared, reviewed, approved); empty: none.
    /// Per export, never remembered.
    pub sign_off_dates: [String; 3],
    /// PDF: include the per-cadre appendix.
    pub staff_list: bool,
    /// Output file as typed or chosen.
    pub path: String,
    /// The running export.
    pub job: Option<ExportJob>,
    /// The file written by the last export of this dialog.
    pub written: Option<PathBuf>,
    /// Why the last export failed.
    pub failed: Option<String>,
}

/// What the person asked for in the Export dialog.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportAction {
    /// Start the export.
    Start,
    /// Choose the output file with the system dialog.
    Browse,
    /// Open the folder of the written file.
    ShowFolder(PathBuf),
    /// Close the dialog.
    Close,
}

impl ExportDialog {
    /// A dialog for `current` (ticked), with the remembered choices.
    /// Exports default to Vietnamese (committees work in Vietnamese) and to the
    /// folder of the last export, else the plan file's folder.
    pub fn new(
        current: Option<&str>,
        prefs: &crate::gui::settings::ExportPrefs,
        plan_name: &str,
        plan_dir: Option<&Path>,
    ) -> Self {
        let format = ExportFormat::Xlsx;
        let stem: String = plan_name
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '-' {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        let stem = if stem.trim_matches('-').is_empty() {
            "hq-planner-export".to_owned()
        } else {
            stem
        };
        let path = prefs
            .folder
            .as_deref()
            .or(plan_dir)
            .map(|f| {
                f.join(format!("{stem}.{}", format.extension()))
                    .display()
                    .to_string()
            })
            .unwrap_or_default();
        Self {
            format,
            scenarios: current.map(|c| vec![c.to_owned()]).unwrap_or_default(),
            lang: Lang::Vi,
            anonymize: prefs.anonymize,
            sign_off: SignOff {
                prepared_by: prefs.prepared_by.clone(),
                reviewed_by: prefs.reviewed_by.clone(),
                approved_by: prefs.approved_by.clone(),
                ..SignOff::default()
            },
            sign_off_dates: Default::default(),
            staff_list: prefs.staff_list,
            path,
            job: None,
            written: None,
            failed: None,
        }
    }

    /// The output path with the format's extension added when it has none.
    pub fn output_path(&self) -> Option<PathBuf> {
        let t = self.path.trim();
        if t.is_empty() {
            return None;
        }
        let p = PathBuf::from(t);
        Some(if p.extension().is_none() {
            p.with_extension(self.format.extension())
        } else {
            p
        })
    }

    /// Sets the format and changes a matching extension of the typed path.
    pub fn set_format(&mut self, format: ExportFormat) {
        if let Some(p) = self.output_path()
            && p.extension().is_some_and(|e| e == self.format.extension())
        {
            self.path = p.with_extension(format.extension()).display().to_string();
        }
        self.format = format;
    }

    /// The typed sign-off dates: None for an empty field, Some(Err(())) for
    /// one that is not a date.
    pub fn parsed_dates(&self, tx: Tr) -> [Option<Result<chrono::NaiveDate, ()>>; 3] {
        self.sign_off_dates
            .clone()
            .map(|t| (!t.trim().is_empty()).then(|| tx.parse_date(&t).ok_or(())))
    }

    /// The sign-off with the typed dates; None when a date cannot be read.
    pub fn sign_off_with_dates(&self, tx: Tr) -> Option<SignOff> {
        let [p, r, a] = self.parsed_dates(tx);
        Some(SignOff {
            prepared_on: p.transpose().ok()?,
            reviewed_on: r.transpose().ok()?,
            approved_on: a.transpose().ok()?,
            ..self.sign_off.clone()
        })
    }

    /// Why the export cannot start yet (None: it can).
    pub fn blocker(&self, tx: Tr) -> Option<String> {
        if self.sign_off_with_dates(tx).is_none() {
            return Some(t!(tx, "export-sign-off-date-is"));
        }
        if self.scenarios.is_empty() {
            return Some(t!(tx, "export-tick-at-least-one"));
        }
        let Some(p) = self.output_path() else {
            return Some(t!(tx, "export-type-or-choose-file"));
        };
        if p.parent()
            .is_some_and(|d| !d.as_os_str().is_empty() && !d.is_dir())
        {
            return Some(t!(tx, "common-folder-does-not-exist"));
        }
        None
    }

    /// The request for the worker (None while the path is empty or a date is bad).
    pub fn request(&self, tx: Tr) -> Option<ExportRequest> {
        Some(ExportRequest {
            format: self.format,
            path: self.output_path()?,
            lang: self.lang,
            anonymize: self.anonymize,
            sign_off: self.sign_off_with_dates(tx)?,
            staff_list: self.staff_list,
        })
    }

    /// Estimated pages of the PDF staff list for `cadres` people (about 19 a
    /// page, since reasons wrap over several lines: 136 pages for the sample's 2,582).
    pub fn staff_list_pages(cadres: usize) -> usize {
        cadres.div_ceil(STAFF_ROWS_PER_PAGE)
    }

    /// Remembers the choices worth keeping for the next export.
    pub fn remember(&self, prefs: &mut crate::gui::settings::ExportPrefs) {
        prefs.prepared_by = self.sign_off.prepared_by.clone();
        prefs.reviewed_by = self.sign_off.reviewed_by.clone();
        prefs.approved_by = self.sign_off.approved_by.clone();
        prefs.anonymize = self.anonymize;
        prefs.staff_list = self.staff_list;
        if let Some(dir) = self
            .output_path()
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .filter(|d| !d.as_os_str().is_empty())
        {
            prefs.folder = Some(dir);
        }
    }
}

/// Draws the Export dialog; `solved` are the scenarios with a plan to export.
pub fn export_dialog_ui(
    ctx: &egui::Context,
    tx: Tr,
    d: &mut ExportDialog,
    solved: &[ExportChoice],
    system_dialog: bool,
) -> Option<ExportAction> {
    let mut action = None;
    let running = d.job.is_some();
    egui::Modal::new(egui::Id::unique("export-modal")).show(ctx, |ui| {
        ui.set_width(620.0);
        ui.heading(t!(tx, "export-export"));
        ui.add_enabled_ui(!running, |ui| {
            egui::Grid::new("export-grid")
                .num_columns(2)
                .spacing([16.0, 8.0])
                .show(ui, |ui| {
                    ui.label(t!(tx, "export-format"));
                    ui.horizontal(|ui| {
                        for (f, label) in [
                            (ExportFormat::Xlsx, t!(tx, "export-excel-workbook")),
                            (ExportFormat::Pdf, t!(tx, "export-pdf-report")),
                            (ExportFormat::Csv, t!(tx, "export-csv-one-row-per")),
                        ] {
                            if ui.selectable_label(d.format == f, label).clicked() {
                                d.set_format(f);
                            }
                        }
                    });
                    ui.end_row();

                    ui.label(t!(tx, "common-scenarios"));
                    ui.vertical(|ui| {
                        for c in solved {
                            let mut on = d.scenarios.contains(&c.id);
                            let mut text = c.name.clone();
                            if c.stale {
                                text.push_str(&format!(" ({})", t!(tx, "common-out-of-date")));
                            }
                            if ui.checkbox(&mut on, text).changed() {
                                if on {
                                    d.scenarios.push(c.id.clone());
                                } else {
                                    d.scenarios.retain(|s| s != &c.id);
                                }
                            }
                        }
                        if solved.is_empty() {
                            ui.label(
                                RichText::new(t!(tx, "common-solve-current-scenario-first"))
                                    .color(w::PROBLEM),
                            );
                        }
                        let note = if d.scenarios.len() > 1 && d.format == ExportFormat::Xlsx {
                            t!(tx, "export-first-ticked-scenario-is")
                        } else if d.scenarios.len() > 1 {
                            t!(tx, "export-pdf-and-csv-report")
                        } else {
                            String::new()
                        };
                        if !note.is_empty() {
                            ui.label(RichText::new(note).small().weak());
                        }
                    });
                    ui.end_row();

                    ui.label(t!(tx, "export-language-of-export"));
                    ui.horizontal(|ui| {
                        for l in crate::gui::i18n::MENU_LANGS {
                            if ui.selectable_label(d.lang == l, l.native_name()).clicked() {
                                d.lang = l;
                            }
                        }
                    });
                    ui.end_row();

                    ui.label(t!(tx, "export-privacy"));
                    ui.checkbox(&mut d.anonymize, t!(tx, "export-anonymise"))
                        .on_hover_text(t!(tx, "export-replaces-every-cadre-name"));
                    ui.end_row();

                    if d.format == ExportFormat::Pdf {
                        ui.label(t!(tx, "export-appendix"));
                        let pages = solved
                            .iter()
                            .find(|c| d.scenarios.first() == Some(&c.id))
                            .map(|c| ExportDialog::staff_list_pages(c.cadres));
                        ui.horizontal(|ui| {
                            ui.checkbox(
                                &mut d.staff_list,
                                t!(tx, "export-include-staff-list-appendix"),
                            )
                            .on_hover_text(t!(tx, "export-one-row-per-cadre"));
                            if let Some(n) = pages.filter(|_| d.staff_list) {
                                ui.label(
                                    RichText::new(t!(
                                        tx,
                                        "export-about-n-more-pages",
                                        n = tx.int(n as u32)
                                    ))
                                    .small()
                                    .weak(),
                                );
                            }
                        });
                        ui.end_row();
                    }

                    ui.label(t!(tx, "export-sign-off"))
                        .on_hover_text(t!(tx, "export-names-and-dates-printed"));
                    let parsed = d.parsed_dates(tx);
                    egui::Grid::new("export-sign-off")
                        .num_columns(4)
                        .show(ui, |ui| {
                            let [p, r, a] = &mut d.sign_off_dates;
                            for ((label, date_label, name, date), ok) in [
                                (
                                    t!(tx, "export-prepared-by"),
                                    t!(tx, "export-prepared-on"),
                                    &mut d.sign_off.prepared_by,
                                    p,
                                ),
                                (
                                    t!(tx, "export-reviewed-by"),
                                    t!(tx, "export-reviewed-on"),
                                    &mut d.sign_off.reviewed_by,
                                    r,
                                ),
                                (
                                    t!(tx, "export-approved-by"),
                                    t!(tx, "export-approved-on"),
                                    &mut d.sign_off.approved_by,
                                    a,
                                ),
                            ]
                            .into_iter()
                            .zip(parsed)
                            {
                                ui.label(&label);
                                // Fixed sizes: a grid's inner columns keep the width of the previous frame.
                                let h = ui.spacing().interact_size.y;
                                ui.add_sized([230.0, h], egui::TextEdit::singleline(name))
                                    .accessible_name(label);
                                let bad = matches!(ok, Some(Err(())));
                                let mut edit =
                                    egui::TextEdit::singleline(date).hint_text(tx.date_hint());
                                if bad {
                                    edit = edit.text_color(w::PROBLEM);
                                }
                                ui.add_sized([96.0, h], edit)
                                    .accessible_name(date_label)
                                    .on_hover_text(t!(tx, "export-date-of-signing-leave"));
                                if bad {
                                    ui.label(
                                        RichText::new(t!(
                                            tx,
                                            "export-not-date-format",
                                            format = tx.date_hint().to_owned()
                                        ))
                                        .color(w::PROBLEM)
                                        .small(),
                                    );
                                } else {
                                    ui.label("");
                                }
                                ui.end_row();
                            }
                        });
                    ui.end_row();

                    ui.label(t!(tx, "common-file"));
                    ui.horizontal(|ui| {
                        ui.add(
                            egui::TextEdit::singleline(&mut d.path)
                                .hint_text(format!("/home/…/export.{}", d.format.extension()))
                                .desired_width(if system_dialog { 380.0 } else { 460.0 }),
                        )
                        .accessible_name(t!(tx, "export-file-to-write"));
                        if system_dialog && ui.button(t!(tx, "export-choose")).clicked() {
                            action = Some(ExportAction::Browse);
                        }
                    });
                    ui.end_row();
                });
        });
        ui.separator();
        if let Some(job) = &d.job {
            work_progress_ui(ui, tx, &t!(tx, "common-exporting"), job.last);
        } else if let Some(p) = &d.written {
            ui.label(
                RichText::new(t!(
                    tx,
                    "common-exported-path",
                    path = p.display().to_string()
                ))
                .color(w::GOOD),
            );
        } else if let Some(e) = &d.failed {
            ui.label(
                RichText::new(format!("{}: {e}", t!(tx, "export-export-failed"))).color(w::PROBLEM),
            );
        }
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            let blocker = d.blocker(tx);
            let r = ui.add_enabled(
                !running && blocker.is_none(),
                egui::Button::new(RichText::new(t!(tx, "export-export")).strong()),
            );
            let r = match &blocker {
                Some(b) => r.on_disabled_hover_text(b),
                None => r,
            };
            if r.clicked() {
                action = Some(ExportAction::Start);
            }
            if let Some(p) = &d.written
                && ui
                    .button(t!(tx, "export-show-folder"))
                    .on_hover_text(t!(tx, "export-open-folder-that-holds"))
                    .clicked()
            {
                action = Some(ExportAction::ShowFolder(p.clone()));
            }
            if ui
                .add_enabled(!running, egui::Button::new(t!(tx, "export-close")))
                .clicked()
            {
                action = Some(ExportAction::Close);
            }
            if let Some(b) = blocker.filter(|_| !running) {
                ui.label(RichText::new(b).small().weak());
            }
        });
    });
    action
}

/// Opens `dir` with the system's file manager (never the exported file itself).
/// Fails when no opener program is installed (its name is in the error).
pub fn show_folder(dir: &Path) -> Result<(), String> {
    let opener = if cfg!(target_os = "windows") {
        "explorer"
    } else if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    let mut child = std::process::Command::new(opener)
        .arg(dir)
        .spawn()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => format!("no \"{opener}\" program to open folders"),
            _ => format!("{opener}: {e}"),
        })?;
    // Reap the opener when it exits, off the UI thread.
    std::thread::spawn(move || {
        let _ = child.wait();
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gui::settings::ExportPrefs;

    fn dialog() -> ExportDialog {
        let prefs = ExportPrefs {
            prepared_by: "Vũ Thị Thu".into(),
            ..ExportPrefs::default()
        };
        let mut d = ExportDialog::new(Some("s1"), &prefs, "Kế hoạch", Some(Path::new("/tmp")));
        d.format = ExportFormat::Pdf;
        d.path = "/tmp/bao-cao.pdf".into();
        d
    }

    #[test]
    fn typed_sign_off_dates_reach_the_request_and_a_bad_one_blocks() {
        let vi = Tr::new(Lang::Vi);
        let mut d = dialog();
        assert_eq!(d.blocker(vi), None);
        let r = d.request(vi).expect("request");
        assert_eq!(r.sign_off.prepared_by, "Vũ Thị Thu");
        assert_eq!(r.sign_off.prepared_on, None);
        d.sign_off_dates = ["05/03/2026".into(), String::new(), " 2026-03-12 ".into()];
        let r = d.request(vi).expect("request");
        assert_eq!(
            r.sign_off.prepared_on,
            chrono::NaiveDate::from_ymd_opt(2026, 3, 5)
        );
        assert_eq!(r.sign_off.reviewed_on, None);
        assert_eq!(
            r.sign_off.approved_on,
            chrono::NaiveDate::from_ymd_opt(2026, 3, 12)
        );
        d.sign_off_dates[1] = "31/02/2026".into();
        assert!(matches!(d.parsed_dates(vi)[1], Some(Err(()))));
        assert!(d.request(vi).is_none());
        assert_eq!(d.blocker(vi).as_deref(), Some("Có ngày ký không hợp lệ"));
        // Dates are never remembered; names are.
        let mut prefs = ExportPrefs::default();
        d.sign_off_dates[1].clear();
        d.remember(&mut prefs);
        assert_eq!(prefs.prepared_by, "Vũ Thị Thu");
        assert_eq!(
            ExportDialog::new(None, &prefs, "x", None).sign_off_dates,
            <[String; 3]>::default()
        );
    }

    #[test]
    fn the_staff_list_choice_maps_to_the_pdf_options_and_is_remembered() {
        let vi = Tr::new(Lang::Vi);
        let mut d = dialog();
        assert!(d.staff_list, "on by default");
        assert!(d.request(vi).expect("request").pdf_options().staff_list);
        d.staff_list = false;
        assert!(!d.request(vi).expect("request").pdf_options().staff_list);
        let mut prefs = ExportPrefs::default();
        d.remember(&mut prefs);
        assert!(!prefs.staff_list);
        assert!(!ExportDialog::new(None, &prefs, "x", None).staff_list);
        // 2,582 cadres: the sample's appendix is 136 pages.
        assert_eq!(ExportDialog::staff_list_pages(2_582), 136);
        assert_eq!(ExportDialog::staff_list_pages(0), 0);
    }
}
