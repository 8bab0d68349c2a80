//! The export job: builds the reports and writes the file on a worker thread.

use std::path::PathBuf;

use eframe::egui;

use crate::core::file;
use crate::core::job::{Job, JobContext};
use crate::core::report::{self, ExportFormat, ExportOptions, ReportModel, SignOff};
use crate::gui::i18n::t;

use crate::gui::i18n::{Lang, Tr};
use crate::gui::solver::{ScenarioResult, repainter};

use super::{Work, job_error_text, report_error_text};

/// An export running on a worker thread.
#[derive(Debug)]
pub struct ExportJob {
    /// Where it writes.
    pub path: PathBuf,
    /// The last step reported.
    pub last: Option<report::Progress>,
    job: Job<report::Progress, Result<(), String>>,
    tx: Tr,
}

impl ExportJob {
    /// Takes the worker's reports; the outcome once finished.
    pub fn poll(&mut self) -> Option<Result<(), String>> {
        let last = &mut self.last;
        let outcome = self.job.poll(|p| *last = Some(p))?;
        Some(outcome.unwrap_or_else(|e| Err(job_error_text(self.tx, Work::Export, &e))))
    }
}

/// What to export, as chosen in the Export dialog.
#[derive(Debug, Clone)]
pub struct ExportRequest {
    /// File format.
    pub format: ExportFormat,
    /// Output file.
    pub path: PathBuf,
    /// Language of the export's texts.
    pub lang: Lang,
    /// Names replaced by staff codes; birth dates and gender left out.
    pub anonymize: bool,
    /// Names and dates of the sign-off block.
    pub sign_off: SignOff,
    /// PDF: include the per-cadre appendix.
    pub staff_list: bool,
}

impl ExportRequest {
    /// The PDF layout options this request asks for.
    pub fn pdf_options(&self) -> report::pdf::PdfOptions {
        report::pdf::PdfOptions {
            staff_list: self.staff_list,
        }
    }
}

/// Starts exporting `results` (the first reported in detail, the others only
/// on the workbook's Comparison sheet) on a worker thread; errors are worded
/// in `tx`'s language.
pub fn start_export(
    req: ExportRequest,
    results: Vec<ScenarioResult>,
    repaint: egui::Context,
    tx: Tr,
) -> ExportJob {
    let path = req.path.clone();
    let job = Job::spawn(
        "hq-export",
        repainter(Some(repaint)),
        move |job: &JobContext<report::Progress>| {
            export(&req, &results, tx, &mut |p| job.report(p))
        },
    );
    ExportJob {
        path,
        last: None,
        job,
        tx,
    }
}

fn export(
    req: &ExportRequest,
    results: &[ScenarioResult],
    tx: Tr,
    progress: &mut dyn FnMut(report::Progress),
) -> Result<(), String> {
    let prepare = |e: String| t!(tx, "export-cannot-prepare-export-why", why = e);
    let opts = ExportOptions {
        lang: req.lang,
        anonymize: req.anonymize,
        exported_at: chrono::Local::now().naive_local(),
        sign_off: req.sign_off.clone(),
    };
    let mut models = Vec::new();
    for (k, r) in results.iter().enumerate() {
        progress(report::Progress::new(
            report::Phase::Building,
            k,
            results.len(),
        ));
        let plan = r.checked.plan();
        let Some(scenario) = plan.scenario(&r.solution.scenario) else {
            continue;
        };
        let bytes = file::to_ron(plan).map_err(|e| prepare(e.to_string()))?;
        let violations =
            crate::core::solve::check(&r.checked, &scenario.id, r.baseline.as_ref(), &r.solution)
                .map_err(|e| prepare(e.to_string()))?;
        models.push(ReportModel::build(
            plan,
            bytes.as_bytes(),
            scenario,
            &r.solution,
            &violations,
            &opts,
        ));
    }
    let written = if req.format == ExportFormat::Pdf {
        match models.first() {
            Some(m) => report::pdf::pdf_bytes_with(m, req.pdf_options(), progress)
                .and_then(|bytes| report::write_file(&req.path, &bytes)),
            None => Err(report::ReportError::NothingToExport),
        }
    } else {
        report::write_export(&models, req.format, &req.path, progress)
    };
    written.map_err(|e| report_error_text(tx, &e, &req.path))
}
