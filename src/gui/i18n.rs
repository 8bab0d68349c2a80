//! Languages: every user-visible sentence of the app is a message of the
//! Fluent catalogue (`i18n/<lang>/hq_planner.ftl`, shared with the core, see
//! docs/TEXT.md), looked up with [`t!`]: `t!(tx, "menu-edit")`, or with
//! arguments `t!(tx, "compare-people-at-site", site = name)`. `t!` is
//! `i18n_embed_fl::fl!`, which fails the build when the id is not in the
//! English file or an argument is not one the message uses; a test of
//! [`crate::core::text`] checks that the Vietnamese file has the same ids and
//! arguments, and one here renders every enum label in Vietnamese.
//!
//! Numbers, money and dates are formatted here too, because they differ by
//! language: Vietnamese uses `1.234.567 ₫` and dd/mm/yyyy.

use chrono::NaiveDate;

use crate::core::file::{EntityKind, ProblemKind};
use crate::core::plan::{Eligibility, Gender, Hardness, Preference, TransportMode};
use crate::core::solve::SolveStatus;

pub use crate::core::text::Lang;

/// The text of catalogue message `id` in the language of `tx` (a [`Tr`] or a
/// `&Tr`), with its arguments: `t!(tx, "compare-people-at-site", site = name)`.
/// An argument is anything that converts into a Fluent value (`String`,
/// `&str`, or a number when the message chooses a plural form on it); numbers
/// shown as such are passed already formatted ([`Tr::int`], [`Tr::num`]).
/// The id and the argument names are checked at compile time.
macro_rules! t {
    ($tx:expr, $($id_and_args:tt)+) => {
        i18n_embed_fl::fl!($crate::core::text::loader($tx.lang), $($id_and_args)+)
    };
}
pub(crate) use t;

/// The languages in the app's menus, English first.
pub const MENU_LANGS: [Lang; 2] = [Lang::En, Lang::Vi];

/// The translator and formatter for one language; cheap to copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr {
    /// Current language.
    pub lang: Lang,
}

impl Default for Tr {
    /// English, the app's default language (settings choose otherwise).
    fn default() -> Self {
        Self { lang: Lang::En }
    }
}

impl Tr {
    /// A translator for `lang`.
    pub fn new(lang: Lang) -> Self {
        Self { lang }
    }

    /// A number with thousands separators and `decimals` decimals: the one
    /// formatter of `core::text::fmt`, except that the app shows a missing
    /// (not finite) number as an em dash where exports write "-".
    pub fn num(&self, x: f64, decimals: usize) -> String {
        if !x.is_finite() {
            return "—".into();
        }
        crate::core::text::fmt::number(x, decimals, self.lang)
    }

    /// A whole number with thousands separators.
    pub fn int(&self, x: impl Into<f64>) -> String {
        self.num(x.into(), 0)
    }

    /// An amount of money in VND (whole dong).
    pub fn vnd(&self, x: f64) -> String {
        match self.lang {
            Lang::En => format!("{} VND", self.num(x, 0)),
            Lang::Vi => format!("{} ₫", self.num(x, 0)),
        }
    }

    /// An amount of money in millions of VND, for KPI cards.
    pub fn vnd_millions(&self, x: f64) -> String {
        match self.lang {
            Lang::En => format!("{} million VND", self.num(x / 1e6, 1)),
            Lang::Vi => format!("{} triệu ₫", self.num(x / 1e6, 1)),
        }
    }

    /// A share 0..=1 as a percentage.
    pub fn pct(&self, share: f64) -> String {
        format!("{}%", self.num(share * 100.0, 1))
    }

    /// Minutes, e.g. "62 min" / "62 phút".
    pub fn minutes(&self, m: f64) -> String {
        format!("{} {}", self.num(m, 0), t!(self, "common-min"))
    }

    /// A date: dd/mm/yyyy in Vietnamese, yyyy-mm-dd in English.
    pub fn date(&self, d: NaiveDate) -> String {
        crate::core::text::fmt::date_in(d, self.lang)
    }

    /// The date format shown as a hint in date fields.
    pub fn date_hint(&self) -> &'static str {
        match self.lang {
            Lang::En => "yyyy-mm-dd",
            Lang::Vi => "dd/mm/yyyy",
        }
    }

    /// Parses a date typed by a person in either accepted format.
    pub fn parse_date(&self, s: &str) -> Option<NaiveDate> {
        crate::core::text::fmt::parse_date(s)
    }

    /// Label of a transport mode.
    pub fn mode(&self, m: TransportMode) -> String {
        match m {
            TransportMode::Bus => t!(self, "mode-bus"),
            TransportMode::TrainShuttle => t!(self, "mode-train-shuttle"),
            TransportMode::ContractedCar => t!(self, "mode-contracted-car"),
            TransportMode::OwnMeans => t!(self, "mode-own-means"),
        }
    }

    /// Label of a survey preference.
    pub fn preference(&self, p: Preference) -> String {
        match p {
            Preference::DailyCommute => t!(self, "common-daily-commute"),
            Preference::WeeklyWithHousing => t!(self, "common-weekly-with-housing"),
            Preference::MoveHome => t!(self, "preference-move-home"),
            Preference::None => t!(self, "preference-no-answer"),
        }
    }

    /// Label of a gender.
    pub fn gender(&self, g: Gender) -> String {
        match g {
            Gender::Female => t!(self, "gender-female"),
            Gender::Male => t!(self, "gender-male"),
            Gender::Unspecified => t!(self, "gender-not-recorded"),
        }
    }

    /// Label of a housing eligibility.
    pub fn eligibility(&self, e: Eligibility) -> String {
        match e {
            Eligibility::Anyone => t!(self, "eligibility-anyone"),
            Eligibility::FemaleOnly => t!(self, "eligibility-women-only"),
            Eligibility::MaleOnly => t!(self, "eligibility-men-only"),
        }
    }

    /// Label of a rule hardness.
    pub fn hardness(&self, h: Hardness) -> String {
        match h {
            Hardness::Hard => t!(self, "common-must-hold"),
            Hardness::Soft(w) => t!(self, "hardness-may-be-broken-weight", w = self.num(w, 0)),
            Hardness::Off => t!(self, "common-off"),
        }
    }

    /// Label of an entity kind.
    pub fn entity(&self, k: EntityKind) -> String {
        match k {
            EntityKind::Plan => t!(self, "entity-plan"),
            EntityKind::Grade => t!(self, "entity-grade"),
            EntityKind::Site => t!(self, "entity-site"),
            EntityKind::Zone => t!(self, "entity-zone"),
            EntityKind::Travel => t!(self, "entity-travel"),
            EntityKind::Unit => t!(self, "entity-unit"),
            EntityKind::Cadre => t!(self, "entity-cadre"),
            EntityKind::Transport => t!(self, "entity-transport"),
            EntityKind::Housing => t!(self, "entity-housing"),
            EntityKind::Rules => t!(self, "entity-rules"),
            EntityKind::Scenario => t!(self, "entity-scenario"),
        }
    }

    /// A short description of a problem kind (the core's message stays in English).
    pub fn problem_kind(&self, k: ProblemKind) -> String {
        match k {
            ProblemKind::Syntax => t!(self, "problem-kind-file-cannot-be-read"),
            ProblemKind::UnsupportedVersion => t!(self, "problem-kind-unsupported-file-version"),
            ProblemKind::EmptyId => t!(self, "problem-kind-id-is-empty"),
            ProblemKind::DuplicateId => t!(self, "problem-kind-id-is-used-twice"),
            ProblemKind::UnknownReference => t!(self, "problem-kind-refers-to-something-that"),
            ProblemKind::MissingValue => t!(self, "problem-kind-value-is-missing"),
            ProblemKind::NotFinite => t!(self, "problem-kind-not-valid-number"),
            ProblemKind::Negative => t!(self, "problem-kind-must-not-be-negative"),
            ProblemKind::OutOfRange => t!(self, "problem-kind-out-of-allowed-range"),
            ProblemKind::MinAboveMax => t!(self, "problem-kind-minimum-is-above-maximum"),
            ProblemKind::EndBeforeStart => t!(self, "problem-kind-ends-before-it-starts"),
            ProblemKind::MissingTravel => t!(self, "problem-kind-travel-time-missing"),
            ProblemKind::Cycle => t!(self, "problem-kind-refers-to-itself-in"),
        }
    }

    /// Label of a solve status.
    pub fn status(&self, s: &SolveStatus) -> String {
        match s {
            SolveStatus::Optimal => t!(self, "status-optimal"),
            SolveStatus::Feasible => t!(self, "status-feasible-time-limit"),
            SolveStatus::Infeasible => t!(self, "status-infeasible"),
            SolveStatus::Cancelled => t!(self, "status-cancelled"),
            SolveStatus::TimeLimitNoSolution => t!(self, "status-no-plan-found-in"),
            SolveStatus::Evaluated => t!(self, "common-adjusted-by-hand"),
        }
    }

    /// Why a solve could not run, in plain words (never the developer's text alone).
    pub fn solve_error(&self, e: &crate::core::solve::SolveError) -> String {
        use crate::core::solve::SolveError as E;
        match e {
            E::UnknownScenario(s) => t!(self, "solve-error-there-is-no-scenario", s = s.clone()),
            E::BaselineWithoutPlan {
                scenario,
                baseline,
                status,
            } => t!(
                self,
                "solve-error-scenario-scenario-measures-moves",
                scenario = scenario.clone(),
                baseline = baseline.clone(),
                status = self.status(status)
            ),
            E::Solver(detail) => t!(
                self,
                "solve-error-optimiser-stopped-with-error",
                detail = detail.clone()
            ),
            E::Unresolved(d) => t!(
                self,
                "solve-error-unresolved",
                cadre = d.cadre.clone(),
                row = crate::core::text::fmt::count(d.row, self.lang),
                field = d.field,
                id = d.id.clone()
            ),
            E::TooManyPriorityGroups { count, max } => t!(
                self,
                "solve-error-too-many-groups",
                count = crate::core::text::fmt::count(*count, self.lang),
                max = crate::core::text::fmt::count(*max, self.lang)
            ),
            E::CheckFailed(v) => t!(self, "solve-error-optimiser-plan-broke-n", n = v.len()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_enum_label_and_view_is_translated() {
        use crate::core::solve::SolveStatus;
        use crate::gui::settings::View;
        let (en, vi) = (Tr::new(Lang::En), Tr::new(Lang::Vi));
        let mut pairs: Vec<(String, String)> = Vec::new();
        for m in TransportMode::ALL {
            pairs.push((en.mode(m), vi.mode(m)));
        }
        for p in [
            Preference::DailyCommute,
            Preference::WeeklyWithHousing,
            Preference::MoveHome,
            Preference::None,
        ] {
            pairs.push((en.preference(p), vi.preference(p)));
        }
        for g in [Gender::Female, Gender::Male, Gender::Unspecified] {
            pairs.push((en.gender(g), vi.gender(g)));
        }
        for e in [
            Eligibility::Anyone,
            Eligibility::FemaleOnly,
            Eligibility::MaleOnly,
        ] {
            pairs.push((en.eligibility(e), vi.eligibility(e)));
        }
        for h in [Hardness::Hard, Hardness::Soft(5.0), Hardness::Off] {
            pairs.push((en.hardness(h), vi.hardness(h)));
        }
        for k in [
            EntityKind::Plan,
            EntityKind::Grade,
            EntityKind::Site,
            EntityKind::Zone,
            EntityKind::Travel,
            EntityKind::Unit,
            EntityKind::Cadre,
            EntityKind::Transport,
            EntityKind::Housing,
            EntityKind::Rules,
            EntityKind::Scenario,
        ] {
            pairs.push((en.entity(k), vi.entity(k)));
        }
        for k in [
            ProblemKind::Syntax,
            ProblemKind::UnsupportedVersion,
            ProblemKind::EmptyId,
            ProblemKind::DuplicateId,
            ProblemKind::UnknownReference,
            ProblemKind::MissingValue,
            ProblemKind::NotFinite,
            ProblemKind::Negative,
            ProblemKind::OutOfRange,
            ProblemKind::MinAboveMax,
            ProblemKind::EndBeforeStart,
            ProblemKind::MissingTravel,
            ProblemKind::Cycle,
        ] {
            pairs.push((en.problem_kind(k), vi.problem_kind(k)));
        }
        for s in [
            SolveStatus::Optimal,
            SolveStatus::Feasible,
            SolveStatus::Infeasible,
            SolveStatus::Cancelled,
            SolveStatus::TimeLimitNoSolution,
            SolveStatus::Evaluated,
        ] {
            pairs.push((en.status(&s), vi.status(&s)));
        }
        for v in View::NAV {
            pairs.push((
                crate::gui::app::view_label(en, v),
                crate::gui::app::view_label(vi, v),
            ));
        }
        for p in crate::gui::dialogs::FilePurpose::ALL {
            pairs.push((p.title(en), p.title(vi)));
        }
        for k in crate::gui::units_ui::PlacementKind::ALL {
            pairs.push((k.label(en), k.label(vi)));
        }
        let (hard_en, hard_vi) = (
            crate::gui::rules_ui::hard_kind_labels(en),
            crate::gui::rules_ui::hard_kind_labels(vi),
        );
        pairs.extend(hard_en.into_iter().zip(hard_vi));
        for (e, v) in pairs {
            assert_ne!(e, v, "label {e:?} is not translated");
        }
    }

    #[test]
    fn vietnamese_numbers_money_and_dates() {
        let vi = Tr::new(Lang::Vi);
        assert_eq!(vi.vnd(1_800_000.0), "1.800.000 ₫");
        assert_eq!(vi.num(1234.5, 1), "1.234,5");
        assert_eq!(vi.num(-999.0, 0), "-999");
        let d = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap_or_default();
        assert_eq!(vi.date(d), "01/07/2025");
        assert_eq!(vi.parse_date("01/07/2025"), Some(d));
        let en = Tr::new(Lang::En);
        assert_eq!(en.vnd(2_582_000.0), "2,582,000 VND");
        assert_eq!(en.int(2582u32), "2,582");
        assert_eq!(en.num(0.4, 0), "0");
        assert_eq!(en.parse_date("2025-07-01"), Some(d));
        assert_eq!(t!(vi, "common-min"), "phút");
    }

    #[test]
    fn the_app_and_the_exports_group_thousands_with_one_formatter() {
        for lang in Lang::ALL {
            let tx = Tr::new(lang);
            for x in [0.0, -0.4, 0.4, 999.5, 1234.5, -1_234_567.891, 2_582.0, 1e12] {
                for decimals in [0, 1, 3] {
                    assert_eq!(
                        tx.num(x, decimals),
                        crate::core::text::fmt::number(x, decimals, lang),
                        "{x} with {decimals} decimals in {lang:?}"
                    );
                }
            }
            // A missing number is a dash in the app (exports write "-").
            assert_eq!(tx.num(f64::NAN, 0), "—");
            assert_eq!(tx.num(f64::INFINITY, 1), "—");
        }
    }
}
