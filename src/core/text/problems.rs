//! Plan-validation problems as sentences in a [`Lang`].
//!
//! The core describes each problem as a structured [`ProblemDetail`]; this
//! file turns it into a sentence from the catalogue (`problem-*` messages),
//! with numbers and dates formatted by [`super::fmt`]. Every panel that shows
//! a problem, and `hq-planner validate --lang vi`, calls [`problem_text`];
//! `Problem::message` (its `Display`) stays the English of the command line.

use i18n_embed_fl::fl;

use super::fmt;
use super::{Lang, loader};
use crate::core::file::{CycleKind, EntityKind, LoadError, Place, Problem, ProblemDetail, RefKind};
use crate::core::plan::TransportMode;

/// A problem's detail as one sentence in `lang`.
pub fn problem_text(lang: Lang, p: &Problem) -> String {
    detail_text(lang, &p.detail)
}

/// The last line of a problem list: how many problems, with the language's
/// plural rules ("1 problem", "10 problems"; "10 lỗi").
pub fn problem_count(lang: Lang, n: usize) -> String {
    fl!(loader(lang), "problem-count", count = n)
}

/// An error from opening a plan file, in `lang`: a file with problems lists
/// each one with its place; other errors keep their own text.
pub fn error_text(lang: Lang, e: &anyhow::Error) -> String {
    let Some(LoadError::Invalid { path, problems }) = e.downcast_ref::<LoadError>() else {
        return format!("{e:#}");
    };
    let list: Vec<String> = problems
        .iter()
        .map(|p| format!("{}: {}", place_text(lang, &p.place), problem_text(lang, p)))
        .collect();
    format!("{}: {}", path.display(), list.join("; "))
}

/// The name of a kind of thing in a plan ("Headquarters", "Trụ sở").
pub fn entity_text(lang: Lang, k: EntityKind) -> String {
    let l = loader(lang);
    match k {
        EntityKind::Plan => fl!(l, "entity-plan"),
        EntityKind::Grade => fl!(l, "entity-grade"),
        EntityKind::Site => fl!(l, "entity-site"),
        EntityKind::Zone => fl!(l, "entity-zone"),
        EntityKind::Travel => fl!(l, "entity-travel"),
        EntityKind::Unit => fl!(l, "entity-unit"),
        EntityKind::Cadre => fl!(l, "entity-cadre"),
        EntityKind::Transport => fl!(l, "entity-transport"),
        EntityKind::Housing => fl!(l, "entity-housing"),
        EntityKind::Rules => fl!(l, "entity-rules"),
        EntityKind::Scenario => fl!(l, "entity-scenario"),
    }
}

/// The name of a transport mode ("Bus", "Xe buýt").
pub fn mode_text(lang: Lang, m: TransportMode) -> String {
    let l = loader(lang);
    match m {
        TransportMode::Bus => fl!(l, "mode-bus"),
        TransportMode::TrainShuttle => fl!(l, "mode-train-shuttle"),
        TransportMode::ContractedCar => fl!(l, "mode-contracted-car"),
        TransportMode::OwnMeans => fl!(l, "mode-own-means"),
    }
}

/// Where a problem is, in `lang` (short form, for messages).
pub fn place_text(lang: Lang, place: &Place) -> String {
    let l = loader(lang);
    match place {
        Place::Text { line, col } => fl!(
            l,
            "place-line-col",
            line = line.to_string(),
            col = col.to_string()
        ),
        Place::Entity {
            kind,
            index,
            id,
            name,
            field,
            line,
        } => {
            let mut s = String::new();
            if let Some(n) = line {
                s.push_str(&fl!(l, "place-line", line = n.to_string()));
                s.push_str(": ");
            }
            s.push_str(&entity_text(lang, *kind));
            if !id.is_empty() {
                s.push_str(&format!(" {id}"));
                if !name.is_empty() && name != id {
                    s.push_str(&format!(" “{name}”"));
                }
            } else if !name.is_empty() {
                s.push_str(&format!(" “{name}”"));
            } else if !matches!(kind, EntityKind::Plan | EntityKind::Rules) {
                s.push_str(&format!(" #{}", index + 1));
            }
            if !field.is_empty() {
                s.push_str(&format!(" · {field}"));
            }
            s
        }
    }
}

/// A [`ProblemDetail`] as one sentence in `lang`.
pub fn detail_text(lang: Lang, d: &ProblemDetail) -> String {
    let l = loader(lang);
    let value = |x: f64| fmt::value(x, lang);
    let int = |x: f64| fmt::number(x, 0, lang);
    let date = |d: chrono::NaiveDate| fmt::date_in(d, lang);
    match d {
        ProblemDetail::Syntax { text } => fl!(l, "problem-syntax", text = text.as_str()),
        ProblemDetail::UnsupportedVersion { found, supported } => {
            let (found_s, supported_s) = (found.to_string(), supported.to_string());
            if found > supported {
                fl!(
                    l,
                    "problem-version-newer",
                    found = found_s,
                    supported = supported_s
                )
            } else if *found == 0 {
                fl!(l, "problem-version-missing")
            } else {
                fl!(l, "problem-version-unknown", found = found_s)
            }
        }
        ProblemDetail::EmptyId { field } => fl!(l, "problem-empty-id", field = field.as_str()),
        ProblemDetail::MissingValue { field } => {
            fl!(l, "problem-missing-value", field = field.as_str())
        }
        ProblemDetail::DuplicateId {
            field,
            id,
            kind,
            first,
        } => fl!(
            l,
            "problem-duplicate-id",
            field = field.as_str(),
            id = id.as_str(),
            entity = entity_text(lang, *kind),
            first = int(*first as f64)
        ),
        ProblemDetail::UnknownReference { kind, id } => {
            let id = id.as_str();
            match kind {
                RefKind::Grade => fl!(l, "problem-unknown-grade", id = id),
                RefKind::Site => fl!(l, "problem-unknown-site", id = id),
                RefKind::PinnedSite => fl!(l, "problem-unknown-pinned-site", id = id),
                RefKind::Zone => fl!(l, "problem-unknown-zone", id = id),
                RefKind::Unit => fl!(l, "problem-unknown-unit", id = id),
                RefKind::Scenario => fl!(l, "problem-unknown-scenario", id = id),
                RefKind::Housing => fl!(l, "problem-unknown-housing", id = id),
                RefKind::TransportService => {
                    fl!(l, "problem-unknown-transport-service", id = id)
                }
            }
        }
        ProblemDetail::NotFinite { value: x } => fl!(l, "problem-not-finite", value = value(*x)),
        ProblemDetail::Negative { value: x } => fl!(l, "problem-negative", value = value(*x)),
        ProblemDetail::OutOfRange { value: x, lo, hi } => fl!(
            l,
            "problem-out-of-range",
            value = value(*x),
            lo = value(*lo),
            hi = value(*hi)
        ),
        ProblemDetail::ZeroWithVehicles => fl!(l, "problem-zero-with-vehicles"),
        ProblemDetail::MinAboveMax { min_pct, max_pct } => fl!(
            l,
            "problem-min-above-max",
            min = value(*min_pct),
            max = value(*max_pct)
        ),
        ProblemDetail::EndBeforeStart { start, end } => fl!(
            l,
            "problem-end-before-start",
            start = date(*start),
            end = date(*end)
        ),
        ProblemDetail::TooLong { months, max_months } => fl!(
            l,
            "problem-too-long",
            months = int(f64::from(*months)),
            max = int(f64::from(*max_months))
        ),
        ProblemDetail::MissingTravel { zone, site, mode } => fl!(
            l,
            "problem-missing-travel",
            zone = zone.as_str(),
            site = site.as_str(),
            mode = mode_text(lang, *mode)
        ),
        ProblemDetail::Cycle { what } => match what {
            CycleKind::OwnParent => fl!(l, "problem-cycle-own-parent"),
            CycleKind::ParentChain => fl!(l, "problem-cycle-parent-chain"),
            CycleKind::OwnBaseline => fl!(l, "problem-cycle-own-baseline"),
            CycleKind::BaselineChain => fl!(l, "problem-cycle-baseline-chain"),
        },
        ProblemDetail::ImplausibleDate {
            date: when,
            earliest,
            latest,
        } => fl!(
            l,
            "problem-implausible-date",
            date = date(*when),
            earliest = date(*earliest),
            latest = date(*latest)
        ),
        ProblemDetail::TextTooLong { chars, max_chars } => fl!(
            l,
            "problem-text-too-long",
            chars = int(*chars as f64),
            max = int(*max_chars as f64)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    /// One detail of every variant (and every sub-case that has its own sentence).
    fn every_detail() -> Vec<ProblemDetail> {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default();
        let mut v = vec![
            ProblemDetail::Syntax {
                text: "Expected ...".into(),
            },
            ProblemDetail::UnsupportedVersion {
                found: 9,
                supported: 1,
            },
            ProblemDetail::UnsupportedVersion {
                found: 0,
                supported: 1,
            },
            ProblemDetail::UnsupportedVersion {
                found: 2,
                supported: 3,
            },
            ProblemDetail::EmptyId { field: "id".into() },
            ProblemDetail::MissingValue {
                field: "name".into(),
            },
            ProblemDetail::DuplicateId {
                field: "id".into(),
                id: "HD-0001".into(),
                kind: EntityKind::Cadre,
                first: 1234,
            },
            ProblemDetail::NotFinite { value: f64::NAN },
            ProblemDetail::Negative { value: -1234.5 },
            ProblemDetail::OutOfRange {
                value: 1.5,
                lo: 0.0,
                hi: 0.95,
            },
            ProblemDetail::ZeroWithVehicles,
            ProblemDetail::MinAboveMax {
                min_pct: 60.0,
                max_pct: 40.5,
            },
            ProblemDetail::EndBeforeStart {
                start: d(2025, 9, 1),
                end: d(2025, 7, 1),
            },
            ProblemDetail::TooLong {
                months: 300,
                max_months: 240,
            },
            ProblemDetail::MissingTravel {
                zone: "xa-an-phu".into(),
                site: "tru-so-1".into(),
                mode: TransportMode::Bus,
            },
            ProblemDetail::ImplausibleDate {
                date: d(2090, 1, 1),
                earliest: d(1926, 12, 1),
                latest: d(2011, 12, 1),
            },
            ProblemDetail::TextTooLong {
                chars: 10_485_760,
                max_chars: 1000,
            },
        ];
        for kind in [
            RefKind::Grade,
            RefKind::Site,
            RefKind::PinnedSite,
            RefKind::Zone,
            RefKind::Unit,
            RefKind::Scenario,
            RefKind::Housing,
            RefKind::TransportService,
        ] {
            v.push(ProblemDetail::UnknownReference {
                kind,
                id: "ma-x".into(),
            });
        }
        for what in [
            CycleKind::OwnParent,
            CycleKind::ParentChain,
            CycleKind::OwnBaseline,
            CycleKind::BaselineChain,
        ] {
            v.push(ProblemDetail::Cycle { what });
        }
        v
    }

    /// English words of the templates that must not leak into Vietnamese.
    const ENGLISH_WORDS: &[&str] = &[
        "is",
        "the",
        "not",
        "unknown",
        "there",
        "no",
        "negative",
        "duplicate",
        "minimum",
        "maximum",
        "period",
        "before",
        "after",
        "months",
        "travel",
        "zone",
        "site",
        "cannot",
        "chain",
        "format",
        "file",
        "empty",
        "finite",
        "outside",
        "vehicles",
        "must",
        "least",
        "used",
        "first",
        "by",
        "grade",
        "unit",
        "scenario",
        "housing",
        "service",
        "error",
        "syntax",
        "range",
        "valid",
        "number",
        "own",
        "parent",
        "baseline",
        "give",
        "add",
        "entry",
        "headquarters",
        "pinned",
        "longer",
        "limit",
        "allowed",
        "ends",
        "starts",
    ];

    /// The words of a sentence outside quoted ids (“…”) and file field names (`…`),
    /// which are data, not template text.
    /// Fails when a word of `text` is one of [`ENGLISH_WORDS`]; `what` names the text.
    fn assert_no_english_word(text: &str, what: &str) {
        for w in words(text) {
            assert!(
                !ENGLISH_WORDS.contains(&w.as_str()),
                "English word {w:?} in {what}"
            );
        }
    }

    fn words(s: &str) -> Vec<String> {
        let mut own = String::new();
        let mut quoted = false;
        let mut field = false;
        for c in s.chars() {
            match c {
                '“' => quoted = true,
                '”' => quoted = false,
                '`' => field = !field,
                _ if !quoted && !field => own.push(c),
                _ => {}
            }
        }
        own.split(|c: char| !c.is_alphanumeric() && c != '_')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    }

    #[test]
    fn every_detail_renders_in_both_languages() {
        let en = Lang::En;
        let vi = Lang::Vi;
        for d in every_detail() {
            let e = detail_text(en, &d);
            let v = detail_text(vi, &d);
            assert!(!e.trim().is_empty() && !v.trim().is_empty(), "{d:?}");
            assert_ne!(e, v, "not translated: {d:?}");
            assert!(!v.contains('{'), "placeholder left in {v:?}");
            // The parser's own text stays English; only the lead is translated.
            let own = match &d {
                ProblemDetail::Syntax { text } => v.replace(text.as_str(), ""),
                _ => v.clone(),
            };
            assert_no_english_word(&own, &format!("Vietnamese {v:?}"));
        }
    }

    #[test]
    fn numbers_and_dates_follow_the_language() {
        let vi = Lang::Vi;
        let en = Lang::En;
        let neg = ProblemDetail::Negative { value: -1234.5 };
        assert_eq!(detail_text(vi, &neg), "-1.234,5 là số âm, không được phép");
        assert_eq!(detail_text(en, &neg), "-1,234.5 is negative");
        let d = |m| NaiveDate::from_ymd_opt(2025, m, 1).unwrap_or_default();
        let period = ProblemDetail::EndBeforeStart {
            start: d(9),
            end: d(7),
        };
        let v = detail_text(vi, &period);
        assert!(v.contains("01/07/2025") && v.contains("01/09/2025"), "{v}");
        let range = ProblemDetail::OutOfRange {
            value: 1.5,
            lo: 0.0,
            hi: 0.95,
        };
        assert!(
            detail_text(vi, &range).contains("1,5") && detail_text(vi, &range).contains("0,95")
        );
    }

    #[test]
    fn problem_text_uses_the_detail_not_the_message() {
        let p = Problem::new(
            Place::Text { line: 3, col: 7 },
            ProblemDetail::Negative { value: -2.0 },
        );
        assert_eq!(p.message, "-2 is negative");
        assert_eq!(problem_text(Lang::Vi, &p), "-2 là số âm, không được phép");
    }

    #[test]
    fn ten_mistakes_render_in_vietnamese() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/ten-mistakes.ron");
        let Err(crate::core::file::LoadError::Invalid { problems, .. }) =
            crate::core::file::load(&path)
        else {
            panic!("ten-mistakes.ron should load with problems");
        };
        assert!(problems.len() >= 10, "{} problems", problems.len());
        let vi = Lang::Vi;
        for p in &problems {
            let v = problem_text(vi, p);
            assert_ne!(v, p.message, "untranslated: {p}");
            assert_no_english_word(&v, &format!("{v:?} ({p})"));
        }
    }

    #[test]
    fn a_file_that_does_not_parse_is_reported_in_vietnamese() {
        let dir = std::env::temp_dir().join(format!("hq-i18n-problems-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join("broken.ron");
        let _ = std::fs::write(&path, "(format_version: 1, name: \"x\", sites: [ (id: ");
        let Err(e) = crate::core::file::load_unchecked(&path) else {
            panic!("a broken file must not load");
        };
        let text = error_text(Lang::Vi, &anyhow::Error::new(e));
        let _ = std::fs::remove_dir_all(&dir);
        assert!(text.contains("Lỗi cú pháp trong tệp"), "{text}");
        assert!(text.contains("dòng 1, cột"), "{text}");
    }
}
