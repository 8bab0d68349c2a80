//! The per-cadre CSV: UTF-8 with a byte-order mark so Excel shows Vietnamese
//! correctly, comma separated, one header row, numbers without thousands
//! separators (it is data), dates dd/mm/yyyy. The audit stamp follows the data
//! after a blank line, each line starting with `#` (pandas: `comment="#"`).
//!
//! Every CSV HQ Planner writes (this export, the rejected rows of an import)
//! goes through [`SafeCsvWriter`], which neutralises spreadsheet formulas: a
//! cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is written
//! with a leading `'` (OWASP's advice against CSV injection), so Excel or
//! LibreOffice shows `=HYPERLINK(...)` as text instead of running it. A cell
//! that is a plain number (`-2`, `-1.5`, `+3`) is left alone: it is data, and a
//! spreadsheet reads it as a number, not as a formula. The import undoes the
//! prefix ([`unneutralise_formula`]), so an exported file imports back to the
//! values it was made from.

use std::borrow::Cow;

use super::columns::{Cell, ColumnKind, Target, columns};
use super::labels::L;
use super::model::ReportModel;
use super::{Lang, Phase, Progress, ReportError};

/// The CSV bytes of the per-cadre assignment.
pub fn csv_bytes(
    m: &ReportModel,
    progress: &mut dyn FnMut(Progress),
) -> Result<Vec<u8>, ReportError> {
    let lang = m.lang;
    let mut buf: Vec<u8> = b"\xEF\xBB\xBF".to_vec();
    {
        let mut w = SafeCsvWriter::new(&mut buf);
        let cols = columns(Target::Sheet, m.anonymized);
        w.write_record(cols.iter().map(|c| c.label.t(lang)))?;
        let total = m.cadres.len();
        for (i, c) in m.cadres.iter().enumerate() {
            if i % 4096 == 0 {
                progress(Progress::new(Phase::Writing, i, total));
            }
            let row = cols
                .iter()
                .map(|col| csv_cell(col.kind, (col.value)(c), lang));
            w.write_record(row)?;
        }
        w.flush()?;
    }
    // A truly empty line (a csv writer would write `""`), then the stamp.
    buf.extend_from_slice(b"\r\n");
    {
        let mut w = SafeCsvWriter::new(&mut buf);
        w.write_record([format!("# {}", L::AuditStamp.t(lang))])?;
        for (label, value) in m.stamp.lines(lang) {
            w.write_record([format!("# {label}"), value])?;
        }
        w.flush()?;
    }
    progress(Progress::new(Phase::Writing, 1, 1));
    Ok(buf)
}

/// A staff-list cell as CSV text: numbers without thousands separators
/// (minutes with one decimal, VND with none), dates dd/mm/yyyy, yes/no in words.
fn csv_cell(kind: ColumnKind, cell: Cell<'_>, lang: Lang) -> String {
    match cell {
        Cell::Text(s) => s.to_owned(),
        Cell::Word(l) => l.t(lang).to_owned(),
        Cell::Date(d) => d.map(super::fmt::date).unwrap_or_default(),
        Cell::Number(None) => String::new(),
        Cell::Number(Some(x)) if kind == ColumnKind::Vnd => format!("{x:.0}"),
        Cell::Number(Some(x)) => format!("{x:.1}"),
        Cell::Flag(b) => if b { L::Yes } else { L::No }.t(lang).to_owned(),
        Cell::Change(..) => cell.reading(lang),
    }
}

/// The characters a spreadsheet may take as the start of a formula (or of a
/// DDE payload) when it opens a CSV file.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether `s` is a plain number a spreadsheet reads as a number: an optional
/// sign, digits, and at most one `.` or `,` followed by digits (`-2`, `+3`,
/// `-1.5`, `-1,5`). Such a cell is never a formula.
fn is_plain_number(s: &str) -> bool {
    let digits = s.strip_prefix(['-', '+']).unwrap_or(s);
    let (int, frac) = match digits.split_once(['.', ',']) {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let all_digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    all_digits(int) && frac.is_none_or(all_digits)
}

/// Whether `s` must be written with a leading `'`: it starts (after any `'`
/// already there) with one of `= + - @ TAB CR` and is not a plain number. A cell
/// that already starts with `'` before such a character gets one more, so that
/// [`unneutralise_formula`] gives it back exactly.
fn needs_quote(s: &str) -> bool {
    let rest = s.trim_start_matches('\'');
    if !rest.starts_with(FORMULA_STARTS) {
        return false;
    }
    rest.len() != s.len() || !is_plain_number(s)
}

/// A cell as it is safe to write into a CSV: formulas neutralised with a
/// leading `'` (see the module documentation); anything else unchanged.
pub fn neutralise_formula(cell: &str) -> Cow<'_, str> {
    if needs_quote(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// The value a cell of one of our CSV files stood for: the `'` that
/// [`neutralise_formula`] put before `= + - @ TAB CR` is taken off; any other
/// text (a `'` before a letter, say) is kept as it is.
pub fn unneutralise_formula(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.trim_start_matches('\'').starts_with(FORMULA_STARTS) => rest,
        _ => cell,
    }
}

/// The one CSV writer of HQ Planner: comma separated, flexible row lengths, and
/// every cell passed through [`neutralise_formula`].
pub struct SafeCsvWriter<W: std::io::Write> {
    inner: csv::Writer<W>,
}

impl<W: std::io::Write> SafeCsvWriter<W> {
    /// A writer into `w`.
    pub fn new(w: W) -> Self {
        Self {
            inner: csv::WriterBuilder::new().flexible(true).from_writer(w),
        }
    }

    /// Writes one row, every cell neutralised.
    pub fn write_record<I, T>(&mut self, record: I) -> Result<(), csv::Error>
    where
        I: IntoIterator<Item = T>,
        T: AsRef<str>,
    {
        self.inner.write_record(
            record
                .into_iter()
                .map(|c| neutralise_formula(c.as_ref()).into_owned()),
        )
    }

    /// Flushes what was written.
    pub fn flush(&mut self) -> Result<(), csv::Error> {
        self.inner.flush().map_err(csv::Error::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_payloads_are_neutralised_and_plain_numbers_left_alone() {
        for (cell, written) in [
            ("=CMD()", "'=CMD()"),
            ("+1+1", "'+1+1"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            (
                "=HYPERLINK(\"http://x\",\"y\")",
                "'=HYPERLINK(\"http://x\",\"y\")",
            ),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("-", "'-"),
            ("'=x", "''=x"),
            ("-2", "-2"),
            ("-1.5", "-1.5"),
            ("+3", "+3"),
            ("-1,5", "-1,5"),
            ("Nguyễn Văn A", "Nguyễn Văn A"),
            ("'quoted", "'quoted"),
            ("a=b", "a=b"),
        ] {
            assert_eq!(neutralise_formula(cell), written, "{cell:?}");
            assert_eq!(unneutralise_formula(written), cell, "{written:?}");
        }
    }
}
