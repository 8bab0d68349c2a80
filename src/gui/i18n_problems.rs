//! Plan validation problems in the user's language.
//!
//! The core describes each problem as a structured [`ProblemDetail`]; this file
//! turns it into a sentence with [`problem_text`] (numbers and dates formatted by
//! [`Tr`]) and holds the Vietnamese entries for those sentences. Every panel
//! that shows a problem calls [`problem_text`], never `Problem::message`
//! (which stays English for the command line).
//! Keys are the English texts passed to `Tr::t` / `Tr::tf`; see [`super::i18n`].

use crate::core::file::{CycleKind, EntityKind, LoadError, Place, Problem, ProblemDetail, RefKind};
use crate::gui::i18n::Tr;

/// A problem's detail as one sentence in `tx`'s language.
pub fn problem_text(tx: Tr, p: &Problem) -> String {
    detail_text(tx, &p.detail)
}

/// An error from opening a plan file, in `tx`'s language: a file with
/// problems lists each one with its place; other errors keep their own text.
pub fn error_text(tx: Tr, e: &anyhow::Error) -> String {
    let Some(LoadError::Invalid { path, problems }) = e.downcast_ref::<LoadError>() else {
        return format!("{e:#}");
    };
    let list: Vec<String> = problems
        .iter()
        .map(|p| format!("{}: {}", place_text(tx, &p.place), problem_text(tx, p)))
        .collect();
    format!("{}: {}", path.display(), list.join("; "))
}

/// Where a problem is, in `tx`'s language (short form, for messages).
pub fn place_text(tx: Tr, place: &Place) -> String {
    match place {
        Place::Text { line, col } => tx.tf(
            "line {line}, column {col}",
            &[("line", line.to_string()), ("col", col.to_string())],
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
            if let Some(l) = line {
                s.push_str(&tx.tf("line {line}", &[("line", l.to_string())]));
                s.push_str(": ");
            }
            s.push_str(tx.entity(*kind));
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

/// A number as written in a plan, with as few decimals as it needs (at most 4).
fn value(tx: Tr, x: f64) -> String {
    if !x.is_finite() {
        return x.to_string();
    }
    if x.abs() >= 1e15 {
        return format!("{x:e}");
    }
    let decimals = (0..4)
        .find(|&d| {
            let scaled = x * 10f64.powi(d as i32);
            (scaled - scaled.round()).abs() < 1e-9 * scaled.abs().max(1.0)
        })
        .unwrap_or(4);
    tx.num(x, decimals)
}

/// A [`ProblemDetail`] as one sentence in `tx`'s language.
pub fn detail_text(tx: Tr, d: &ProblemDetail) -> String {
    match d {
        ProblemDetail::Syntax { text } => {
            tx.tf("File syntax error: {text}", &[("text", text.clone())])
        }
        ProblemDetail::UnsupportedVersion { found, supported } => {
            let args = [("found", found.to_string()), ("supported", supported.to_string())];
            if found > supported {
                tx.tf(
                    "The file is format {found}, written by a newer HQ Planner; this build reads formats up to {supported}",
                    &args,
                )
            } else if *found == 0 {
                tx.t("The file has no format_version: is it an HQ Planner plan file?")
                    .to_owned()
            } else {
                tx.tf("Format {found} is not a known plan format", &args)
            }
        }
        ProblemDetail::EmptyId { field } => {
            tx.tf("The id field `{field}` is empty", &[("field", field.clone())])
        }
        ProblemDetail::MissingValue { field } => {
            tx.tf("The field `{field}` is empty", &[("field", field.clone())])
        }
        ProblemDetail::DuplicateId {
            field,
            id,
            kind,
            first,
        } => tx.tf(
            "Duplicate {field} “{id}” (first used by {entity} #{first})",
            &[
                ("field", field.clone()),
                ("id", id.clone()),
                ("entity", tx.entity(*kind).to_owned()),
                ("first", tx.int(*first as f64)),
            ],
        ),
        ProblemDetail::UnknownReference { kind, id } => {
            let args = [("id", id.clone())];
            match kind {
                RefKind::Grade => tx.tf("There is no grade “{id}”", &args),
                RefKind::Site => tx.tf("There is no headquarters “{id}”", &args),
                RefKind::PinnedSite => {
                    tx.tf("The pinned headquarters “{id}” does not exist", &args)
                }
                RefKind::Zone => tx.tf("There is no home zone “{id}”", &args),
                RefKind::Unit => tx.tf("There is no unit “{id}”", &args),
                RefKind::Scenario => tx.tf("There is no scenario “{id}”", &args),
                RefKind::Housing => tx.tf("There is no housing “{id}”", &args),
                RefKind::TransportService => tx.tf("There is no transport service “{id}”", &args),
            }
        }
        ProblemDetail::NotFinite { value: x } => tx.tf(
            "{value} is not a valid number",
            &[("value", value(tx, *x))],
        ),
        ProblemDetail::Negative { value: x } => {
            tx.tf("{value} is negative", &[("value", value(tx, *x))])
        }
        ProblemDetail::OutOfRange { value: x, lo, hi } => tx.tf(
            "{value} is outside the allowed range {lo} to {hi}",
            &[
                ("value", value(tx, *x)),
                ("lo", value(tx, *lo)),
                ("hi", value(tx, *hi)),
            ],
        ),
        ProblemDetail::ZeroWithVehicles => tx
            .t("Must be at least 1 when vehicles are available")
            .to_owned(),
        ProblemDetail::MinAboveMax { min_pct, max_pct } => tx.tf(
            "The minimum {min}% is above the maximum {max}%",
            &[("min", value(tx, *min_pct)), ("max", value(tx, *max_pct))],
        ),
        ProblemDetail::EndBeforeStart { start, end } => tx.tf(
            "The period ends on {end}, before it starts on {start}",
            &[("start", tx.date(*start)), ("end", tx.date(*end))],
        ),
        ProblemDetail::TooLong { months, max_months } => tx.tf(
            "{months} months is longer than the limit of {max} months",
            &[
                ("months", tx.int(*months)),
                ("max", tx.int(*max_months)),
            ],
        ),
        ProblemDetail::MissingTravel { zone, site, mode } => tx.tf(
            "No travel time from zone “{zone}” to headquarters “{site}” by {mode}: give both coordinates or add a travel entry",
            &[
                ("zone", zone.clone()),
                ("site", site.clone()),
                ("mode", tx.mode(*mode).to_owned()),
            ],
        ),
        ProblemDetail::Cycle { what } => tx
            .t(match what {
                CycleKind::OwnParent => "A unit cannot be its own parent",
                CycleKind::ParentChain => "The chain of parent units leads back to this unit",
                CycleKind::OwnBaseline => "A scenario cannot be its own baseline",
                CycleKind::BaselineChain => "The chain of baselines leads back to this scenario",
            })
            .to_owned(),
        ProblemDetail::ImplausibleDate {
            date,
            earliest,
            latest,
        } => tx.tf(
            "{date} is not a plausible date here (from {earliest} to {latest})",
            &[
                ("date", tx.date(*date)),
                ("earliest", tx.date(*earliest)),
                ("latest", tx.date(*latest)),
            ],
        ),
        ProblemDetail::TextTooLong { chars, max_chars } => tx.tf(
            "This text is {chars} characters long; at most {max} are allowed",
            &[("chars", tx.int(*chars as f64)), ("max", tx.int(*max_chars as f64))],
        ),
    }
}

/// English key, Vietnamese text.
pub static VI: &[(&str, &str)] = &[
    ("line {line}", "dòng {line}"),
    ("File syntax error: {text}", "Lỗi cú pháp trong tệp: {text}"),
    (
        "The file is format {found}, written by a newer HQ Planner; this build reads formats up to {supported}",
        "Tệp dùng định dạng {found}, do một phiên bản HQ Planner mới hơn ghi; bản này chỉ đọc được đến định dạng {supported}",
    ),
    (
        "The file has no format_version: is it an HQ Planner plan file?",
        "Tệp không có số phiên bản định dạng (format_version): đây có phải tệp kế hoạch của HQ Planner không?",
    ),
    (
        "Format {found} is not a known plan format",
        "Định dạng {found} không phải định dạng kế hoạch đã biết",
    ),
    (
        "The id field `{field}` is empty",
        "Mã định danh `{field}` đang để trống",
    ),
    (
        "The field `{field}` is empty",
        "Trường `{field}` đang để trống",
    ),
    (
        "Duplicate {field} “{id}” (first used by {entity} #{first})",
        "Trùng `{field}` “{id}” (đã dùng lần đầu cho {entity} số {first})",
    ),
    (
        "There is no grade “{id}”",
        "Không có chức vụ mang mã “{id}”",
    ),
    (
        "There is no headquarters “{id}”",
        "Không có trụ sở mang mã “{id}”",
    ),
    (
        "The pinned headquarters “{id}” does not exist",
        "Trụ sở được chỉ định cố định “{id}” không tồn tại",
    ),
    (
        "There is no home zone “{id}”",
        "Không có xã/phường nơi ở mang mã “{id}”",
    ),
    ("There is no unit “{id}”", "Không có đơn vị mang mã “{id}”"),
    (
        "There is no scenario “{id}”",
        "Không có phương án mang mã “{id}”",
    ),
    (
        "There is no housing “{id}”",
        "Không có nhà ở mang mã “{id}”",
    ),
    (
        "There is no transport service “{id}”",
        "Không có tuyến đưa đón mang mã “{id}”",
    ),
    (
        "{value} is not a valid number",
        "{value} không phải là một số hợp lệ",
    ),
    ("{value} is negative", "{value} là số âm, không được phép"),
    (
        "{value} is outside the allowed range {lo} to {hi}",
        "{value} nằm ngoài khoảng cho phép từ {lo} đến {hi}",
    ),
    (
        "Must be at least 1 when vehicles are available",
        "Phải ít nhất là 1 khi có xe",
    ),
    (
        "The minimum {min}% is above the maximum {max}%",
        "Mức tối thiểu {min}% lớn hơn mức tối đa {max}%",
    ),
    (
        "The period ends on {end}, before it starts on {start}",
        "Thời gian kết thúc ngày {end}, trước cả ngày bắt đầu {start}",
    ),
    (
        "{months} months is longer than the limit of {max} months",
        "{months} tháng dài hơn giới hạn {max} tháng",
    ),
    (
        "No travel time from zone “{zone}” to headquarters “{site}” by {mode}: give both coordinates or add a travel entry",
        "Không có thời gian đi lại từ xã/phường “{zone}” đến trụ sở “{site}” bằng {mode}: hãy nhập tọa độ của cả hai hoặc thêm một dòng thời gian đi lại",
    ),
    (
        "{date} is not a plausible date here (from {earliest} to {latest})",
        "Ngày {date} không hợp lý ở đây (chỉ từ {earliest} đến {latest})",
    ),
    (
        "This text is {chars} characters long; at most {max} are allowed",
        "Đoạn chữ này dài {chars} ký tự; chỉ được tối đa {max} ký tự",
    ),
    (
        "A unit cannot be its own parent",
        "Một đơn vị không thể là đơn vị cấp trên của chính nó",
    ),
    (
        "The chain of parent units leads back to this unit",
        "Chuỗi đơn vị cấp trên quay vòng trở lại chính đơn vị này",
    ),
    (
        "A scenario cannot be its own baseline",
        "Một phương án không thể lấy chính nó làm phương án gốc",
    ),
    (
        "The chain of baselines leads back to this scenario",
        "Chuỗi phương án gốc quay vòng trở lại chính phương án này",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::plan::TransportMode;
    use crate::gui::i18n::Lang;
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
        let en = Tr::new(Lang::En);
        let vi = Tr::new(Lang::Vi);
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
            for w in words(&own) {
                assert!(
                    !ENGLISH_WORDS.contains(&w.as_str()),
                    "English word {w:?} in Vietnamese {v:?}"
                );
            }
        }
    }

    #[test]
    fn numbers_and_dates_follow_the_language() {
        let vi = Tr::new(Lang::Vi);
        let en = Tr::new(Lang::En);
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
        assert_eq!(
            problem_text(Tr::new(Lang::Vi), &p),
            "-2 là số âm, không được phép"
        );
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
        let vi = Tr::new(Lang::Vi);
        for p in &problems {
            let v = problem_text(vi, p);
            assert_ne!(v, p.message, "untranslated: {p}");
            for w in words(&v) {
                assert!(
                    !ENGLISH_WORDS.contains(&w.as_str()),
                    "English word {w:?} in {v:?} ({p})"
                );
            }
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
        let text = error_text(Tr::new(Lang::Vi), &anyhow::Error::new(e));
        let _ = std::fs::remove_dir_all(&dir);
        assert!(text.contains("Lỗi cú pháp trong tệp"), "{text}");
        assert!(text.contains("dòng 1, cột"), "{text}");
    }
}
