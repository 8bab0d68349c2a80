//! The audit stamp printed on every export: what was exported, from which plan
//! file, with which solver settings and result, by which build, when.
//!
//! Why two hashes: `plan_sha256` is the SHA-256 of the plan file's bytes, so a
//! committee member can check it with any tool (`sha256sum plan.ron`). The
//! `stamp_id` hashes everything except the export time (plan hash, scenario,
//! solver settings, status, objective, the assignments, app version,
//! anonymisation), so two exports of the same plan with the same settings carry
//! the same stamp id, and any change to the plan or the result changes it.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::Lang;
use super::labels::L;
use crate::core::plan::Scenario;
use crate::core::solve::{Arrangement, Formulation, Solution};

/// The version of this build, printed in every stamp.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The audit stamp of one export.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditStamp {
    /// SHA-256 (hex) of the plan file's content.
    pub plan_sha256: String,
    /// Scenario id.
    pub scenario_id: String,
    /// Scenario name.
    pub scenario_name: String,
    /// Solver settings in words (time limit, gap, formulation).
    pub solver_settings: String,
    /// Result status (English word, stable across languages).
    pub status: String,
    /// Objective value, three decimals.
    pub objective: String,
    /// SHA-256 (hex) of the assignments (code, site, arrangement per cadre, sorted).
    pub result_sha256: String,
    /// HQ Planner version.
    pub app_version: String,
    /// Whether the export is anonymised.
    pub anonymized: bool,
    /// When the export was made (local time, to the second).
    pub exported_at: NaiveDateTime,
    /// First 16 hex digits of the SHA-256 of all the above except the time.
    pub stamp_id: String,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl AuditStamp {
    /// Stamps an export of `solution` for `scenario`, from a plan file whose
    /// content is `plan_bytes` (the app passes the text it would save).
    pub fn new(
        plan_bytes: &[u8],
        scenario: &Scenario,
        solution: &Solution,
        anonymized: bool,
        exported_at: NaiveDateTime,
    ) -> Self {
        let plan_sha256 = hex(&Sha256::digest(plan_bytes));
        let o = &solution.options;
        let formulation = match o.formulation {
            Formulation::Cohort => "cohort",
            Formulation::PerPerson => "per-person",
        };
        let solver_settings = format!(
            "time limit {} s, MIP gap {}, formulation {formulation}",
            o.time_limit_secs, o.mip_gap
        );
        let status = format!("{:?}", solution.status);
        let objective = format!("{:.3}", solution.objective);
        let mut h = Sha256::new();
        for a in &solution.assignments {
            let arr = match &a.arrangement {
                Arrangement::Daily { service } => format!("daily:{service}"),
                Arrangement::Weekly { housing } => format!("weekly:{housing}"),
            };
            h.update(format!("{}\t{}\t{arr}\n", a.code, a.site).as_bytes());
        }
        let result_sha256 = hex(&h.finalize());
        let mut s = Self {
            plan_sha256,
            scenario_id: scenario.id.clone(),
            scenario_name: scenario.name.clone(),
            solver_settings,
            status,
            objective,
            result_sha256,
            app_version: APP_VERSION.to_owned(),
            anonymized,
            exported_at,
            stamp_id: String::new(),
        };
        s.stamp_id = s.compute_id();
        s
    }

    fn compute_id(&self) -> String {
        let text = [
            self.plan_sha256.as_str(),
            &self.scenario_id,
            &self.scenario_name,
            &self.solver_settings,
            &self.status,
            &self.objective,
            &self.result_sha256,
            &self.app_version,
            if self.anonymized {
                "anonymized"
            } else {
                "named"
            },
        ]
        .join("\n");
        hex(&Sha256::digest(text.as_bytes()))[..16].to_owned()
    }

    /// Whether `stamp_id` matches the other fields (the stamp was not edited).
    pub fn is_consistent(&self) -> bool {
        self.stamp_id == self.compute_id()
    }

    /// The stamp as labelled lines, for a table or a page footer block.
    pub fn lines(&self, lang: Lang) -> Vec<(&'static str, String)> {
        vec![
            (L::StampId.t(lang), self.stamp_id.clone()),
            (L::PlanHash.t(lang), self.plan_sha256.clone()),
            (
                L::Scenario.t(lang),
                format!("{} ({})", self.scenario_name, self.scenario_id),
            ),
            (L::SolverSettings.t(lang), self.solver_settings.clone()),
            (
                L::SolverStatus.t(lang),
                format!("{}, objective {}", self.status, self.objective),
            ),
            (L::ResultHash.t(lang), self.result_sha256.clone()),
            (L::AppVersion.t(lang), self.app_version.clone()),
            (
                L::ExportedAt.t(lang),
                self.exported_at.format("%d/%m/%Y %H:%M:%S").to_string(),
            ),
        ]
    }

    /// One line for page footers and CSV comments.
    pub fn short(&self, lang: Lang) -> String {
        format!(
            "{} {} · plan {} · HQ Planner {} · {}",
            L::AuditStamp.t(lang),
            self.stamp_id,
            &self.plan_sha256[..12.min(self.plan_sha256.len())],
            self.app_version,
            self.exported_at.format("%d/%m/%Y %H:%M")
        )
    }
}
