//! Which column fills which field: guessed from English or Vietnamese
//! headers, or the mapping saved in the plan; and the mapping as text.

use std::collections::{HashMap, HashSet};

use crate::core::plan::{CadreField, ColumnMapping};
use crate::core::report::Lang;
use crate::core::text::fold::fold;

/// Headers (folded) that name each field, most specific first.
const SYNONYMS: &[(CadreField, &[&str])] = &[
    (
        CadreField::Code,
        &[
            "ma can bo",
            "ma cb",
            "ma cong chuc",
            "ma nhan su",
            "ma nhan vien",
            "ma nv",
            "ma so can bo",
            "so hieu can bo",
            "ma so",
            "ma",
            "staff code",
            "staff id",
            "employee id",
            "employee code",
            "code",
            "id",
        ],
    ),
    (
        CadreField::Name,
        &[
            "ho va ten",
            "ho ten",
            "ho ten can bo",
            "ten can bo",
            "ten",
            "full name",
            "name",
        ],
    ),
    (
        CadreField::Unit,
        &[
            "don vi",
            "co quan",
            "co quan don vi",
            "don vi cong tac",
            "unit",
            "agency",
            "department",
        ],
    ),
    (
        CadreField::Grade,
        &[
            "chuc vu",
            "chuc danh",
            "ngach",
            "cap bac",
            "grade",
            "position",
            "rank",
        ],
    ),
    (
        CadreField::Zone,
        &[
            "noi o",
            "noi o hien nay",
            "noi cu tru",
            "xa phuong",
            "xa phuong noi o",
            "cho o",
            "home zone",
            "zone",
            "home",
            "residence",
            "ward",
            "commune",
        ],
    ),
    (
        CadreField::BirthDate,
        &[
            "ngay sinh",
            "ngay thang nam sinh",
            "sinh ngay",
            "birth date",
            "date of birth",
            "birthdate",
            "dob",
        ],
    ),
    (CadreField::Gender, &["gioi tinh", "gender", "sex"]),
    (
        CadreField::ChildUnder36Months,
        &[
            "con duoi 36 thang",
            "nuoi con duoi 36 thang",
            "con nho",
            "nuoi con nho",
            "child under 36 months",
            "young child",
        ],
    ),
    (
        CadreField::DependentElderly,
        &[
            "cham soc nguoi gia",
            "nguoi gia phu thuoc",
            "cham soc cha me gia",
            "dependent elderly",
            "elderly",
        ],
    ),
    (
        CadreField::Health,
        &["suc khoe", "van de suc khoe", "health", "health condition"],
    ),
    (
        CadreField::Preference,
        &[
            "nguyen vong",
            "nguyen vong di lai",
            "hinh thuc di lai",
            "phuong an di lai",
            "preference",
            "survey",
            "survey answer",
        ],
    ),
    (
        CadreField::CurrentSite,
        &[
            "tru so hien tai",
            "tru so hien nay",
            "noi lam viec hien tai",
            "noi lam viec",
            "current site",
            "current workplace",
        ],
    ),
    (
        CadreField::PinnedSite,
        &[
            "tru so chi dinh",
            "tru so co dinh",
            "ghim tru so",
            "pinned site",
            "pinned",
        ],
    ),
    (
        CadreField::Notes,
        &["ghi chu", "notes", "note", "remarks", "comment"],
    ),
];

/// The field a header most likely names, from English or Vietnamese wording,
/// tolerant of case, diacritics, spacing and punctuation.
pub fn guess_field(header: &str) -> Option<CadreField> {
    let h = fold(header);
    if h.is_empty() {
        return None;
    }
    for (field, names) in SYNONYMS {
        if names.contains(&h.as_str()) {
            return Some(*field);
        }
    }
    // A longer header that contains a known name as whole words, e.g.
    // "Họ và tên cán bộ" or "Đơn vị công tác hiện nay"; the longest name wins.
    let padded = format!(" {h} ");
    let mut best: Option<(usize, CadreField)> = None;
    for (field, names) in SYNONYMS {
        for name in *names {
            if name.len() < 4 {
                continue;
            }
            if padded.contains(&format!(" {name} ")) && best.is_none_or(|(n, _)| name.len() > n) {
                best = Some((name.len(), *field));
            }
        }
    }
    best.map(|(_, f)| f)
}

/// Guesses the field of every header; each field goes to its first column only.
pub fn guess_mapping(headers: &[String]) -> Vec<ColumnMapping> {
    let mut used = HashSet::new();
    headers
        .iter()
        .map(|h| {
            let field = guess_field(h).filter(|f| used.insert(*f));
            ColumnMapping {
                header: h.clone(),
                field,
            }
        })
        .collect()
}

/// The mapping for `headers`: a header found in `saved` (the plan's last
/// mapping, compared folded) keeps its saved field; the others are guessed.
pub fn mapping_for(headers: &[String], saved: &[ColumnMapping]) -> Vec<ColumnMapping> {
    let saved: HashMap<String, Option<CadreField>> =
        saved.iter().map(|m| (fold(&m.header), m.field)).collect();
    let mut used: HashSet<CadreField> = HashSet::new();
    let mut out: Vec<ColumnMapping> = headers
        .iter()
        .map(|h| {
            let field = saved.get(&fold(h)).copied().flatten();
            if let Some(f) = field {
                used.insert(f);
            }
            ColumnMapping {
                header: h.clone(),
                field,
            }
        })
        .collect();
    for m in &mut out {
        if m.field.is_none() && !saved.contains_key(&fold(&m.header)) {
            m.field = guess_field(&m.header).filter(|f| used.insert(*f));
        }
    }
    out
}

/// Display name of a field (used in messages and the mapping editor).
pub fn field_label(field: CadreField, lang: Lang) -> &'static str {
    let (vi, en) = match field {
        CadreField::Code => ("Mã cán bộ", "Staff code"),
        CadreField::Name => ("Họ và tên", "Name"),
        CadreField::Unit => ("Đơn vị", "Unit"),
        CadreField::Grade => ("Chức vụ", "Grade"),
        CadreField::Zone => ("Nơi ở", "Home zone"),
        CadreField::BirthDate => ("Ngày sinh", "Birth date"),
        CadreField::Gender => ("Giới tính", "Gender"),
        CadreField::ChildUnder36Months => ("Con dưới 36 tháng", "Child under 36 months"),
        CadreField::DependentElderly => ("Chăm sóc người già", "Dependent elderly"),
        CadreField::Health => ("Sức khỏe", "Health"),
        CadreField::Preference => ("Nguyện vọng", "Preference"),
        CadreField::CurrentSite => ("Trụ sở hiện tại", "Current site"),
        CadreField::PinnedSite => ("Trụ sở chỉ định", "Pinned site"),
        CadreField::Notes => ("Ghi chú", "Notes"),
    };
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// Every field in the order the mapping editor lists them.
pub const ALL_FIELDS: [CadreField; 14] = [
    CadreField::Code,
    CadreField::Name,
    CadreField::Unit,
    CadreField::Grade,
    CadreField::Zone,
    CadreField::BirthDate,
    CadreField::Gender,
    CadreField::ChildUnder36Months,
    CadreField::DependentElderly,
    CadreField::Health,
    CadreField::Preference,
    CadreField::CurrentSite,
    CadreField::PinnedSite,
    CadreField::Notes,
];

/// The key of a field in a mapping file, e.g. `birth_date`.
pub fn field_key(field: CadreField) -> &'static str {
    match field {
        CadreField::Code => "code",
        CadreField::Name => "name",
        CadreField::Unit => "unit",
        CadreField::Grade => "grade",
        CadreField::Zone => "zone",
        CadreField::BirthDate => "birth_date",
        CadreField::Gender => "gender",
        CadreField::ChildUnder36Months => "child_under_36_months",
        CadreField::DependentElderly => "dependent_elderly",
        CadreField::Health => "health",
        CadreField::Preference => "preference",
        CadreField::CurrentSite => "current_site",
        CadreField::PinnedSite => "pinned_site",
        CadreField::Notes => "notes",
    }
}

/// A line of a mapping file that could not be understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct MappingLineError {
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// Renders a mapping as text, one `Header = field` line per column (`-` = ignored).
pub fn mapping_to_text(mapping: &[ColumnMapping]) -> String {
    let mut s = String::new();
    for m in mapping {
        let key = m.field.map_or("-", field_key);
        s.push_str(&format!("{} = {key}\n", m.header));
    }
    s
}

/// Parses `Header = field` lines (blank lines and `#` comments skipped; `-` ignores a column).
pub fn mapping_from_text(text: &str) -> Result<Vec<ColumnMapping>, Vec<MappingLineError>> {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let t = line.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let Some((header, key)) = t.rsplit_once('=') else {
            errors.push(MappingLineError {
                line: i + 1,
                message: format!("expected `Header = field`, found \"{t}\""),
            });
            continue;
        };
        let key = key.trim();
        let field = if key == "-" || key.is_empty() {
            None
        } else if let Some(f) = ALL_FIELDS.iter().find(|f| field_key(**f) == key) {
            Some(*f)
        } else {
            let known: Vec<&str> = ALL_FIELDS.iter().map(|f| field_key(*f)).collect();
            errors.push(MappingLineError {
                line: i + 1,
                message: format!("unknown field `{key}` (one of: {}, or -)", known.join(", ")),
            });
            continue;
        };
        out.push(ColumnMapping {
            header: header.trim().to_owned(),
            field,
        });
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_and_english_headers_are_guessed() {
        let cases = [
            ("Họ và tên", CadreField::Name),
            ("HỌ VÀ TÊN", CadreField::Name),
            ("Mã cán bộ", CadreField::Code),
            ("Đơn vị", CadreField::Unit),
            ("Đơn vị công tác", CadreField::Unit),
            ("Ngày sinh", CadreField::BirthDate),
            ("Ngày, tháng, năm sinh", CadreField::BirthDate),
            ("Giới tính", CadreField::Gender),
            ("Chức vụ", CadreField::Grade),
            ("Nơi ở", CadreField::Zone),
            ("  noi   O ", CadreField::Zone),
            ("Staff code", CadreField::Code),
            ("Date of birth", CadreField::BirthDate),
            ("Họ và tên cán bộ", CadreField::Name),
        ];
        for (h, f) in cases {
            assert_eq!(guess_field(h), Some(f), "{h}");
        }
        assert_eq!(guess_field("STT"), None);
        assert_eq!(guess_field("Mã đơn vị"), Some(CadreField::Unit));
    }

    #[test]
    fn saved_mapping_wins_over_guess() {
        let headers = vec!["Ho ten".to_owned(), "Cot A".to_owned()];
        let saved = vec![ColumnMapping {
            header: "cot a".into(),
            field: Some(CadreField::Zone),
        }];
        let m = mapping_for(&headers, &saved);
        assert_eq!(m[0].field, Some(CadreField::Name));
        assert_eq!(m[1].field, Some(CadreField::Zone));
    }

    #[test]
    fn mapping_text_round_trips_and_names_bad_lines() {
        let m = guess_mapping(&["Mã cán bộ".to_owned(), "STT".to_owned()]);
        let text = mapping_to_text(&m);
        assert_eq!(text, "Mã cán bộ = code\nSTT = -\n");
        assert_eq!(mapping_from_text(&text), Ok(m));
        let err = mapping_from_text("# c\nA = code\nB = birthday\nC\n").unwrap_err();
        assert_eq!(err.len(), 2);
        assert_eq!(err[0].line, 3);
        assert!(err[0].message.contains("unknown field `birthday`"));
        assert_eq!(err[1].line, 4);
    }

    #[test]
    fn each_field_goes_to_its_first_column() {
        let headers = vec!["Họ tên".to_owned(), "Tên".to_owned()];
        let m = guess_mapping(&headers);
        assert_eq!(m[0].field, Some(CadreField::Name));
        assert_eq!(m[1].field, None);
    }
}
