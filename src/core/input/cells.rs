//! One raw cell of a staff file and how its text is read: dates (day first,
//! Excel serials), gender, yes/no flags, preferences; and values made safe to
//! show in messages.

use chrono::NaiveDate;

use crate::core::plan::{Gender, Preference};
use crate::core::report::Lang;
use crate::core::text::fold::fold;

/// A value from a staff file as it is safe to show in a message: control
/// characters (ESC and the other C0 and C1 codes, DEL) and the invisible
/// characters that reorder text (bidi overrides and isolates, marks) are shown
/// escaped (`\u{1b}`), so a cell cannot drive the terminal or disguise a
/// message; a value longer than 80 characters is cut to its first 77 and `…`,
/// with its length, so a 10 MB cell is never echoed whole.
pub fn shown(value: &str, lang: Lang) -> String {
    let (mut out, cut) = crate::core::text::echo(value);
    if let Some(total) = cut {
        match lang {
            Lang::Vi => out.push_str(&format!(" ({total} ký tự)")),
            Lang::En => out.push_str(&format!(" ({total} characters)")),
        }
    }
    out
}

/// One raw cell of a staff file.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// No value.
    Empty,
    /// Text as typed.
    Text(String),
    /// A number (an Excel date stored as a number arrives here too).
    Number(f64),
    /// A real date cell.
    Date(NaiveDate),
    /// A true/false cell.
    Bool(bool),
}

impl Cell {
    /// Whether the cell holds nothing but spaces.
    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(s) => s.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as text, the way a person would read it (dates `dd/mm/yyyy`).
    pub fn display(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(s) => s.trim().to_owned(),
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{n:.0}"),
            Cell::Number(n) => n.to_string(),
            Cell::Date(d) => d.format("%d/%m/%Y").to_string(),
            Cell::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        }
    }
}

/// A text cell as the import keeps it: Unicode NFC (so an id typed with
/// decomposed accents matches the plan's), the `'` our CSV export puts before a
/// formula-like value taken off, blank text as [`Cell::Empty`].
pub(super) fn text_cell(s: &str) -> Cell {
    use unicode_normalization::UnicodeNormalization;
    if s.trim().is_empty() {
        return Cell::Empty;
    }
    let s = crate::core::report::csv_out::unneutralise_formula(s);
    Cell::Text(s.nfc().collect())
}

/// Converts an Excel serial day number (1900 date system) to a date.
pub fn excel_serial_to_date(serial: f64) -> Option<NaiveDate> {
    if !serial.is_finite() || !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let days = serial.floor() as i64;
    // Excel counts 29/02/1900, which never existed: serials from 61 on are one day ahead.
    let epoch = if days >= 61 {
        NaiveDate::from_ymd_opt(1899, 12, 30)?
    } else {
        NaiveDate::from_ymd_opt(1899, 12, 31)?
    };
    epoch.checked_add_signed(chrono::Duration::days(days))
}

/// A cell that should hold a date but does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotADate;

/// Parses a birth-date cell: empty -> `Ok(None)`; `Err` when it is not a date.
pub fn parse_date(c: &Cell) -> Result<Option<NaiveDate>, NotADate> {
    match c {
        Cell::Empty => Ok(None),
        Cell::Date(d) => Ok(Some(*d)),
        Cell::Number(n) => excel_serial_to_date(*n).map(Some).ok_or(NotADate),
        Cell::Bool(_) => Err(NotADate),
        Cell::Text(s) => {
            let s = s.trim();
            if s.is_empty() {
                return Ok(None);
            }
            parse_date_text(s).map(Some).ok_or(NotADate)
        }
    }
}

/// Parses `dd/mm/yyyy` (also `-` or `.` separated), `yyyy-mm-dd`, or an Excel serial.
fn parse_date_text(s: &str) -> Option<NaiveDate> {
    // A date column exported as numbers: "29221" or "29221.0".
    if s.chars().all(|c| c.is_ascii_digit() || c == '.') && s.len() <= 9 {
        let n: f64 = s.parse().ok()?;
        if (1.0..200_000.0).contains(&n) {
            return excel_serial_to_date(n);
        }
        return None;
    }
    // A date-time text such as "1985-04-12 00:00:00": keep the date part.
    let s = s.split_whitespace().next()?;
    let s = s.split('T').next()?;
    let parts: Vec<&str> = s.split(['/', '-', '.']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let num = |x: &str| -> Option<u32> {
        if x.is_empty() || !x.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        x.parse().ok()
    };
    let (y, m, d) = if a.len() == 4 {
        (num(a)?, num(b)?, num(c)?)
    } else if c.len() == 4 && a.len() <= 2 && b.len() <= 2 {
        (num(c)?, num(b)?, num(a)?)
    } else {
        return None; // two-digit years are ambiguous: rejected rather than guessed
    };
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

/// Parses a gender cell (Nam/Nữ/Male/Female/M/F; empty -> unspecified).
pub fn parse_gender(c: &Cell) -> Option<Gender> {
    if c.is_blank() {
        return Some(Gender::Unspecified);
    }
    match fold(&c.display()).as_str() {
        "khac" | "other" | "unspecified" | "khong ro" => Some(Gender::Unspecified),
        "nam" | "male" | "m" | "trai" => Some(Gender::Male),
        "nu" | "female" | "f" | "gai" => Some(Gender::Female),
        _ => None,
    }
}

/// Parses a yes/no cell (x, có, yes, 1, true / empty, không, no, 0, false).
pub fn parse_flag(c: &Cell) -> Option<bool> {
    match c {
        Cell::Bool(b) => Some(*b),
        Cell::Number(n) if *n == 1.0 => Some(true),
        Cell::Number(n) if *n == 0.0 => Some(false),
        _ if c.is_blank() => Some(false),
        _ => match fold(&c.display()).as_str() {
            "x" | "co" | "yes" | "y" | "1" | "true" | "dung" | "v" => Some(true),
            "khong" | "no" | "n" | "0" | "false" | "sai" => Some(false),
            _ => None,
        },
    }
}

/// Parses a survey answer (hằng ngày / hằng tuần / chuyển nhà, or English).
pub fn parse_preference(c: &Cell) -> Option<Preference> {
    if c.is_blank() {
        return Some(Preference::None);
    }
    match fold(&c.display()).as_str() {
        "khong" | "none" | "chua tra loi" | "khong tra loi" | "no answer" => Some(Preference::None),
        "hang ngay" | "di lai hang ngay" | "di ve hang ngay" | "ngay" | "daily"
        | "daily commute" | "dailycommute" => Some(Preference::DailyCommute),
        "hang tuan"
        | "di lai hang tuan"
        | "o nha cong vu"
        | "nha cong vu"
        | "tuan"
        | "weekly"
        | "weekly with housing"
        | "weeklywithhousing" => Some(Preference::WeeklyWithHousing),
        "chuyen nha" | "chuyen cho o" | "chuyen noi o" | "move" | "move home" | "movehome" => {
            Some(Preference::MoveHome)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::input::RejectReason;
    use crate::core::plan::CadreField;

    #[test]
    fn dates_day_first_iso_and_excel_serials() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd);
        assert_eq!(parse_date_text("05/03/1980"), d(1980, 3, 5));
        assert_eq!(parse_date_text("5-3-1980"), d(1980, 3, 5));
        assert_eq!(parse_date_text("05.03.1980"), d(1980, 3, 5));
        assert_eq!(parse_date_text("1980-03-05"), d(1980, 3, 5));
        assert_eq!(parse_date_text("29221"), d(1980, 1, 1));
        assert_eq!(excel_serial_to_date(29221.0), d(1980, 1, 1));
        assert_eq!(excel_serial_to_date(1.0), d(1900, 1, 1));
        assert_eq!(excel_serial_to_date(61.0), d(1900, 3, 1));
        assert_eq!(parse_date_text("31/02/1980"), None);
        assert_eq!(parse_date_text("12/05/85"), None);
        assert_eq!(parse_date_text("hôm qua"), None);
    }

    #[test]
    fn values_in_messages_have_control_characters_escaped_and_are_cut_when_long() {
        assert_eq!(shown("a\u{1b}[2Jb", Lang::En), "a\\u{1b}[2Jb");
        assert_eq!(
            shown("x\u{202e}y\u{9b}z\n", Lang::En),
            "x\\u{202e}y\\u{9b}z\\u{a}"
        );
        assert_eq!(shown("Sở Tài chính", Lang::Vi), "Sở Tài chính");
        let long = "ầ".repeat(10_000_000);
        let s = shown(&long, Lang::En);
        assert_eq!(s, format!("{}… (10000000 characters)", "ầ".repeat(77)));
        assert!(shown(&long, Lang::Vi).ends_with("… (10000000 ký tự)"));
        assert_eq!(shown(&"a".repeat(80), Lang::En), "a".repeat(80));
        let r = RejectReason::Unknown {
            field: CadreField::Unit,
            value: "\u{1b}]0;owned\u{7}".into(),
        };
        assert!(!r.describe(Lang::En).contains('\u{1b}'));
        assert!(r.describe(Lang::Vi).contains("\\u{1b}]0;owned\\u{7}"));
    }

    #[test]
    fn decomposed_text_cells_become_nfc() {
        // "Lạc" with a combining dot below, "ở" as o + horn + hook.
        assert_eq!(
            text_cell("La\u{0323}c o\u{031b}\u{0309}"),
            Cell::Text("Lạc ở".into())
        );
        assert_eq!(text_cell("'=1+1"), Cell::Text("=1+1".into()));
        assert_eq!(text_cell("'Ok"), Cell::Text("'Ok".into()));
    }
}
