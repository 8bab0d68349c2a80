//! The one column table of the staff list: every per-cadre column of the
//! exports is declared once in [`CADRE_COLUMNS`] (its header label, how its
//! values are shown, how to read its value from a [`CadreRow`], whether it is
//! personal data, and where it is shown), and the XLSX Cadres sheet, the CSV
//! and the PDF appendix all iterate over it. A new export column is one entry
//! here (plus its value in [`super::model`] and, if new, its label in
//! [`super::labels`]).
//!
//! Each writer decides how a kind of value looks in its format (the CSV writes
//! plain numbers, the workbook real numbers with a number format, the PDF
//! numbers for reading), so the table says what a value *is*, not how it is
//! spelt.

use chrono::NaiveDate;

use super::Lang;

use super::fmt::{self, number};
use super::labels::L;
use super::model::CadreRow;
use ColumnKind as K;
use PdfFit as F;

/// What a column's values are, which decides how each format shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnKind {
    /// Text (names, labels).
    Text,
    /// A calendar date.
    Date,
    /// Minutes, one decimal in data formats.
    Minutes,
    /// Money, VND, no decimals.
    Vnd,
    /// Yes or no.
    Flag,
    /// A commute before and after ("25 › 40"), for reading only.
    MinutesChange,
}

/// One cell value, as the report model holds it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell<'a> {
    /// Text from the row.
    Text(&'a str),
    /// An export label, spelt in the export's language.
    Word(L),
    /// A date; `None` leaves the cell empty.
    Date(Option<NaiveDate>),
    /// A number; `None` leaves the cell empty.
    Number(Option<f64>),
    /// Yes or no.
    Flag(bool),
    /// Minutes before (if any) and after.
    Change(Option<f64>, f64),
}

impl Cell<'_> {
    /// The cell spelt for reading, as the PDF shows it: numbers rounded and
    /// grouped the language's way, a flag as "yes" or nothing, a change of
    /// commute as "25 › 40".
    pub fn reading(self, lang: Lang) -> String {
        match self {
            Cell::Text(s) => s.to_owned(),
            Cell::Word(l) => l.t(lang).to_owned(),
            Cell::Date(d) => d.map(fmt::date).unwrap_or_default(),
            Cell::Number(x) => x.map(|x| number(x, 0, lang)).unwrap_or_default(),
            Cell::Flag(b) => if b { L::Yes.t(lang) } else { "" }.to_owned(),
            Cell::Change(before, after) => match before {
                Some(b) => format!("{} › {}", number(b, 0, lang), number(after, 0, lang)),
                None => format!("› {}", number(after, 0, lang)),
            },
        }
    }
}

/// How the PDF appendix fits a column's text into its width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PdfFit {
    /// Shown as it is (numbers, flags).
    Whole,
    /// Cut at the end with an ellipsis; every cell measured anew (unique texts).
    Cut,
    /// Cut at the end with an ellipsis, fitted once per distinct text.
    CutOnce,
    /// A person's name: middle names to initials first (`fit_name`).
    Name,
    /// A place name shortened in the middle, fitted once per distinct text.
    Middle,
    /// As [`PdfFit::Middle`], arrows spelt in ASCII first (`->`: route names).
    MiddleAscii,
    /// Wrapped to at most two lines, fitted once per distinct text.
    TwoLines,
}

/// Where the PDF appendix shows a column.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PdfColumn {
    /// Relative width (points of the widest page layout).
    pub width: f32,
    /// How the text is fitted.
    pub fit: PdfFit,
}

/// One column of the staff list.
#[derive(Debug, Clone, Copy)]
pub struct CadreColumn {
    /// A stable name for the column (tests, documentation).
    pub id: &'static str,
    /// Header label (both languages, in [`super::labels`]).
    pub label: L,
    /// What the values are.
    pub kind: ColumnKind,
    /// Personal data: left out of anonymised exports.
    pub personal: bool,
    /// The cell of one cadre.
    pub value: for<'a> fn(&'a CadreRow) -> Cell<'a>,
    /// Width in the XLSX Cadres sheet (characters); `None`: neither the
    /// workbook nor the CSV shows the column.
    pub sheet_width: Option<f64>,
    /// How the PDF appendix shows it; `None`: not in the PDF.
    pub pdf: Option<PdfColumn>,
}

/// Where a column list is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The XLSX Cadres sheet and the CSV (the same columns, in data formats).
    Sheet,
    /// The PDF appendix.
    Pdf,
}

impl CadreColumn {
    /// Whether the column is shown in `target`, anonymised or not.
    pub fn is_shown(&self, target: Target, anonymized: bool) -> bool {
        let in_target = match target {
            Target::Sheet => self.sheet_width.is_some(),
            Target::Pdf => self.pdf.is_some(),
        };
        in_target && !(anonymized && self.personal)
    }
}

/// The columns `target` shows, in order.
pub fn columns(target: Target, anonymized: bool) -> Vec<&'static CadreColumn> {
    CADRE_COLUMNS
        .iter()
        .filter(|c| c.is_shown(target, anonymized))
        .collect()
}

/// One entry of [`CADRE_COLUMNS`] (arguments in the order of its columns).
const fn col(
    id: &'static str,
    label: L,
    kind: ColumnKind,
    personal: bool,
    sheet_width: Option<f64>,
    pdf: Option<PdfColumn>,
    value: for<'a> fn(&'a CadreRow) -> Cell<'a>,
) -> CadreColumn {
    CadreColumn {
        id,
        label,
        kind,
        personal,
        value,
        sheet_width,
        pdf,
    }
}

/// A PDF column of relative `width`, fitted by `fit`.
const fn pdf(width: f32, fit: PdfFit) -> Option<PdfColumn> {
    Some(PdfColumn { width, fit })
}

/// Every per-cadre column, in the order the exports show them. `personal`:
/// left out when anonymised; `sheet`: the XLSX width (the CSV shows the same
/// columns), `None` when only the PDF shows it; `pdf`: its width and fit in the
/// appendix (the PDF shows the two commutes in one narrow column).
#[rustfmt::skip]
pub const CADRE_COLUMNS: &[CadreColumn] = &[
    //  id                    label                 kind               personal sheet       pdf                            value
    col("code",               L::Code,              K::Text,           false, Some(12.0), pdf(50.0, F::Cut),             |c| Cell::Text(&c.code)),
    col("name",               L::Name,              K::Text,           true,  Some(26.0), pdf(100.0, F::Name),           |c| Cell::Text(&c.name)),
    col("birth_date",         L::BirthDate,         K::Date,           true,  Some(12.0), None,                          |c| Cell::Date(c.birth_date)),
    col("gender",             L::Gender,            K::Text,           true,  Some(9.0),  None,                          |c| Cell::Text(&c.gender)),
    col("unit",               L::Unit,              K::Text,           false, Some(32.0), None,                          |c| Cell::Text(&c.unit)),
    col("grade",              L::Grade,             K::Text,           false, Some(24.0), None,                          |c| Cell::Text(&c.grade)),
    col("zone",               L::Zone,              K::Text,           false, Some(30.0), None,                          |c| Cell::Text(&c.zone)),
    col("current_site",       L::CurrentSite,       K::Text,           false, Some(30.0), None,                          |c| Cell::Text(&c.current_site)),
    col("site",               L::Site,              K::Text,           false, Some(30.0), pdf(110.0, F::Middle),         |c| Cell::Text(&c.site)),
    col("arrangement",        L::Arrangement,       K::Text,           false, Some(18.0), pdf(72.0, F::CutOnce),         |c| Cell::Word(if c.weekly { L::Weekly } else { L::Daily })),
    col("service_or_housing", L::ServiceOrHousing,  K::Text,           false, Some(32.0), pdf(112.0, F::MiddleAscii),    |c| Cell::Text(&c.service_or_housing)),
    col("commute_before",     L::CommuteBefore,     K::Minutes,        false, Some(14.0), None,                          |c| Cell::Number(c.commute_minutes_before)),
    col("commute_after",      L::CommuteAfter,      K::Minutes,        false, Some(14.0), None,                          |c| Cell::Number(Some(c.commute_minutes_after))),
    col("commute",            L::CommuteBeforeAfter, K::MinutesChange, false, None,       pdf(46.0, F::Whole),           |c| Cell::Change(c.commute_minutes_before, c.commute_minutes_after)),
    col("cost_per_month",     L::CostPerMonth,      K::Vnd,            false, Some(16.0), pdf(50.0, F::Whole),           |c| Cell::Number(Some(c.cost_vnd_per_month))),
    col("pinned",             L::Pinned,            K::Flag,           false, Some(10.0), pdf(34.0, F::Whole),           |c| Cell::Flag(c.pinned)),
    col("reason",             L::Reason,            K::Text,           false, Some(50.0), pdf(205.0, F::TwoLines),       |c| Cell::Text(&c.reason)),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_every_column_is_shown_somewhere() {
        let mut ids: Vec<&str> = CADRE_COLUMNS.iter().map(|c| c.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), CADRE_COLUMNS.len());
        for c in CADRE_COLUMNS {
            assert!(c.sheet_width.is_some() || c.pdf.is_some(), "{}", c.id);
        }
    }

    #[test]
    fn anonymised_lists_leave_out_personal_columns_only() {
        for target in [Target::Sheet, Target::Pdf] {
            let all = columns(target, false);
            let anon = columns(target, true);
            assert!(anon.iter().all(|c| !c.personal));
            assert_eq!(
                all.len() - anon.len(),
                all.iter().filter(|c| c.personal).count()
            );
        }
        assert_eq!(columns(Target::Sheet, false).len(), 16);
        assert_eq!(columns(Target::Pdf, false).len(), 9);
    }
}
