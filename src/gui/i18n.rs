//! Languages: every user-visible string goes through [`Tr::t`] (or [`Tr::tf`]
//! for strings with `{placeholders}`), keyed by its English text. The
//! Vietnamese catalogue is [`catalogue`]; a test scans the app's sources for every
//! literal key passed to `t` / `tf` and fails if one has no Vietnamese entry;
//! another renders every enum label in Vietnamese.
//!
//! Numbers, money and dates are formatted here too, because they differ by
//! language: Vietnamese uses `1.234.567 ₫` and dd/mm/yyyy.

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::NaiveDate;

use crate::core::file::{EntityKind, ProblemKind};
use crate::core::plan::{Eligibility, Gender, Hardness, Preference, TransportMode};
use crate::core::solve::SolveStatus;

pub use crate::core::text::Lang;

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

fn vi_map() -> &'static HashMap<&'static str, &'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| catalogue().copied().collect())
}

/// Every Vietnamese entry: the pages' catalogue ([`crate::gui::i18n_pages::VI`]) and the per-topic ones
/// (solver reasons, dialogs), kept in their own files so that work on
/// different panels does not collide in one list. Validation problems have
/// moved to the Fluent catalogue of [`crate::core::text`].
pub fn catalogue() -> impl Iterator<Item = &'static (&'static str, &'static str)> {
    crate::gui::i18n_pages::VI
        .iter()
        .chain(crate::gui::i18n_rules_results::VI.iter())
        .chain(crate::gui::i18n_reasons::VI.iter())
        .chain(crate::gui::i18n_dialogs::VI.iter())
}

impl Tr {
    /// A translator for `lang`.
    pub fn new(lang: Lang) -> Self {
        Self { lang }
    }

    /// Translates an English text (the key) into the current language.
    pub fn t(&self, en: &'static str) -> &'static str {
        match self.lang {
            Lang::En => en,
            Lang::Vi => vi_map().get(en).copied().unwrap_or(en),
        }
    }

    /// Translates and fills `{name}` placeholders.
    pub fn tf(&self, en: &'static str, args: &[(&str, String)]) -> String {
        let mut s = self.t(en).to_owned();
        for (k, v) in args {
            s = s.replace(&format!("{{{k}}}"), v);
        }
        s
    }

    fn separators(&self) -> (char, char) {
        match self.lang {
            Lang::En => (',', '.'),
            Lang::Vi => ('.', ','),
        }
    }

    /// A number with thousands separators and `decimals` decimals.
    pub fn num(&self, x: f64, decimals: usize) -> String {
        if !x.is_finite() {
            return "—".into();
        }
        let (thousands, point) = self.separators();
        let s = format!("{:.*}", decimals, x.abs());
        let (int_part, frac) = match s.split_once('.') {
            Some((i, f)) => (i.to_owned(), Some(f.to_owned())),
            None => (s, None),
        };
        let mut out = String::new();
        let n = int_part.len();
        for (i, c) in int_part.chars().enumerate() {
            if i > 0 && (n - i) % 3 == 0 {
                out.push(thousands);
            }
            out.push(c);
        }
        if let Some(f) = frac {
            out.push(point);
            out.push_str(&f);
        }
        let negative = x < 0.0 && out.chars().any(|c| c.is_ascii_digit() && c != '0');
        if negative { format!("-{out}") } else { out }
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
        format!("{} {}", self.num(m, 0), self.t("min"))
    }

    /// A date: dd/mm/yyyy in Vietnamese, yyyy-mm-dd in English.
    pub fn date(&self, d: NaiveDate) -> String {
        match self.lang {
            Lang::En => d.format("%Y-%m-%d").to_string(),
            Lang::Vi => d.format("%d/%m/%Y").to_string(),
        }
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
        let s = s.trim();
        NaiveDate::parse_from_str(s, "%d/%m/%Y")
            .or_else(|_| NaiveDate::parse_from_str(s, "%Y-%m-%d"))
            .ok()
    }

    /// Label of a transport mode.
    pub fn mode(&self, m: TransportMode) -> &'static str {
        self.t(match m {
            TransportMode::Bus => "Bus",
            TransportMode::TrainShuttle => "Train + shuttle",
            TransportMode::ContractedCar => "Contracted car",
            TransportMode::OwnMeans => "Own means",
        })
    }

    /// Label of a survey preference.
    pub fn preference(&self, p: Preference) -> &'static str {
        self.t(match p {
            Preference::DailyCommute => "Daily commute",
            Preference::WeeklyWithHousing => "Weekly, with housing",
            Preference::MoveHome => "Move home",
            Preference::None => "No answer",
        })
    }

    /// Label of a gender.
    pub fn gender(&self, g: Gender) -> &'static str {
        self.t(match g {
            Gender::Female => "Female",
            Gender::Male => "Male",
            Gender::Unspecified => "Not recorded",
        })
    }

    /// Label of a housing eligibility.
    pub fn eligibility(&self, e: Eligibility) -> &'static str {
        self.t(match e {
            Eligibility::Anyone => "Anyone",
            Eligibility::FemaleOnly => "Women only",
            Eligibility::MaleOnly => "Men only",
        })
    }

    /// Label of a rule hardness.
    pub fn hardness(&self, h: Hardness) -> String {
        match h {
            Hardness::Hard => self.t("Must hold").to_owned(),
            Hardness::Soft(w) => self.tf("May be broken (weight {w})", &[("w", self.num(w, 0))]),
            Hardness::Off => self.t("Off").to_owned(),
        }
    }

    /// Label of an entity kind.
    pub fn entity(&self, k: EntityKind) -> &'static str {
        self.t(match k {
            EntityKind::Plan => "Plan",
            EntityKind::Grade => "Grade",
            EntityKind::Site => "Headquarters",
            EntityKind::Zone => "Zone",
            EntityKind::Travel => "Travel",
            EntityKind::Unit => "Unit",
            EntityKind::Cadre => "Cadre",
            EntityKind::Transport => "Transport",
            EntityKind::Housing => "Housing",
            EntityKind::Rules => "Rules",
            EntityKind::Scenario => "Scenario",
        })
    }

    /// A short description of a problem kind (the core's message stays in English).
    pub fn problem_kind(&self, k: ProblemKind) -> &'static str {
        self.t(match k {
            ProblemKind::Syntax => "The file cannot be read",
            ProblemKind::UnsupportedVersion => "Unsupported file version",
            ProblemKind::EmptyId => "The id is empty",
            ProblemKind::DuplicateId => "The id is used twice",
            ProblemKind::UnknownReference => "Refers to something that does not exist",
            ProblemKind::MissingValue => "A value is missing",
            ProblemKind::NotFinite => "Not a valid number",
            ProblemKind::Negative => "Must not be negative",
            ProblemKind::OutOfRange => "Out of the allowed range",
            ProblemKind::MinAboveMax => "Minimum is above maximum",
            ProblemKind::EndBeforeStart => "Ends before it starts",
            ProblemKind::MissingTravel => "Travel time missing",
            ProblemKind::Cycle => "Refers to itself in a loop",
        })
    }

    /// Label of a solve status.
    pub fn status(&self, s: &SolveStatus) -> &'static str {
        self.t(match s {
            SolveStatus::Optimal => "Optimal",
            SolveStatus::Feasible => "Feasible (time limit)",
            SolveStatus::Infeasible => "Infeasible",
            SolveStatus::Cancelled => "Cancelled",
            SolveStatus::TimeLimitNoSolution => "No plan found in time",
            SolveStatus::Evaluated => "Adjusted by hand",
        })
    }

    /// Why a solve could not run, in plain words (never the developer's text alone).
    pub fn solve_error(&self, e: &crate::core::solve::SolveError) -> String {
        use crate::core::solve::SolveError as E;
        match e {
            E::UnknownScenario(s) => self.tf("There is no scenario “{s}” in the plan", &[("s", s.clone())]),
            E::BaselineWithoutPlan {
                scenario,
                baseline,
                status,
            } => self.tf(
                "Scenario “{scenario}” measures moves against scenario “{baseline}”, which has no plan ({status}). Solve or fix “{baseline}” first, or remove it as the baseline.",
                &[
                    ("scenario", scenario.clone()),
                    ("baseline", baseline.clone()),
                    ("status", self.status(status).to_owned()),
                ],
            ),
            E::Solver(detail) => self.tf(
                "The optimiser stopped with an error ({detail}). Nothing was changed.",
                &[("detail", detail.clone())],
            ),
            E::Unresolved(d) => i18n_embed_fl::fl!(
                crate::core::text::loader(self.lang),
                "solve-error-unresolved",
                cadre = d.cadre.clone(),
                row = crate::core::text::fmt::count(d.row, self.lang),
                field = d.field,
                id = d.id.clone()
            ),
            E::TooManyPriorityGroups { count, max } => i18n_embed_fl::fl!(
                crate::core::text::loader(self.lang),
                "solve-error-too-many-groups",
                count = crate::core::text::fmt::count(*count, self.lang),
                max = crate::core::text::fmt::count(*max, self.lang)
            ),
            E::CheckFailed(v) => self.tf(
                "The optimiser's plan broke {n} hard rule(s) and was discarded (a bug; please report it). Nothing was changed.",
                &[("n", v.len().to_string())],
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every literal key passed to `t` and `tf` in the app's sources.
    fn keys_in_sources() -> Vec<(String, String)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/gui");
        // The whole tree: modules split into directories (gui/exchange/) too.
        let mut files = Vec::new();
        let mut dirs = vec![dir];
        while let Some(d) = dirs.pop() {
            for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
                let path = e.path();
                if path.is_dir() {
                    dirs.push(path);
                } else {
                    files.push(path);
                }
            }
        }
        files.sort();
        let mut out = Vec::new();
        for f in files {
            let Ok(text) = std::fs::read_to_string(&f) else {
                continue;
            };
            // Test modules hold test data, not UI strings.
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            for pat in [".t(", ".tf("] {
                let mut rest = code;
                while let Some(pos) = rest.find(pat) {
                    rest = rest[pos + pat.len()..].trim_start();
                    let Some(lit) = rest.strip_prefix('"') else {
                        continue;
                    };
                    let Some(end) = lit.find('"') else { break };
                    out.push((f.display().to_string(), lit[..end].to_owned()));
                    rest = &lit[end..];
                }
            }
        }
        out
    }

    #[test]
    fn every_key_in_the_sources_has_a_vietnamese_translation() {
        let keys = keys_in_sources();
        assert!(keys.len() > 200, "found only {} keys", keys.len());
        let map = vi_map();
        let missing: Vec<_> = keys
            .iter()
            .filter(|(_, k)| !map.contains_key(k.as_str()))
            .map(|(f, k)| format!("{f}: {k:?}"))
            .collect();
        assert!(
            missing.is_empty(),
            "missing Vietnamese:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn every_enum_label_and_view_is_translated() {
        use crate::core::solve::SolveStatus;
        use crate::gui::settings::View;
        let (en, vi) = (Tr::new(Lang::En), Tr::new(Lang::Vi));
        let mut pairs: Vec<(String, String)> = Vec::new();
        for m in TransportMode::ALL {
            pairs.push((en.mode(m).into(), vi.mode(m).into()));
        }
        for p in [
            Preference::DailyCommute,
            Preference::WeeklyWithHousing,
            Preference::MoveHome,
            Preference::None,
        ] {
            pairs.push((en.preference(p).into(), vi.preference(p).into()));
        }
        for g in [Gender::Female, Gender::Male, Gender::Unspecified] {
            pairs.push((en.gender(g).into(), vi.gender(g).into()));
        }
        for e in [
            Eligibility::Anyone,
            Eligibility::FemaleOnly,
            Eligibility::MaleOnly,
        ] {
            pairs.push((en.eligibility(e).into(), vi.eligibility(e).into()));
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
            pairs.push((en.entity(k).into(), vi.entity(k).into()));
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
            pairs.push((en.problem_kind(k).into(), vi.problem_kind(k).into()));
        }
        for s in [
            SolveStatus::Optimal,
            SolveStatus::Feasible,
            SolveStatus::Infeasible,
            SolveStatus::Cancelled,
            SolveStatus::TimeLimitNoSolution,
            SolveStatus::Evaluated,
        ] {
            pairs.push((en.status(&s).into(), vi.status(&s).into()));
        }
        for v in View::NAV {
            pairs.push((
                crate::gui::app::view_label(en, v).into(),
                crate::gui::app::view_label(vi, v).into(),
            ));
        }
        for p in crate::gui::dialogs::FilePurpose::ALL {
            pairs.push((p.title(en).into(), p.title(vi).into()));
        }
        for k in crate::gui::units_ui::PlacementKind::ALL {
            pairs.push((k.label(en), k.label(vi)));
        }
        for key in crate::gui::rules_ui::label_keys() {
            assert!(vi_map().contains_key(key), "missing Vietnamese for {key:?}");
        }
        for (e, v) in pairs {
            assert_ne!(e, v, "label {e:?} is not translated");
        }
    }

    #[test]
    fn catalogue_has_no_empty_or_duplicate_or_placeholder_mismatch() {
        let mut seen = std::collections::HashSet::new();
        for (en, vi) in catalogue() {
            assert!(!vi.trim().is_empty(), "empty translation for {en:?}");
            assert!(seen.insert(*en), "duplicate key {en:?}");
            for part in en.split('{').skip(1) {
                let name = part.split('}').next().unwrap_or_default();
                assert!(
                    vi.contains(&format!("{{{name}}}")),
                    "placeholder {{{name}}} missing in Vietnamese of {en:?}"
                );
            }
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
        assert_eq!(vi.t("min"), "phút");
    }
}
