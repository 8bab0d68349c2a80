//! The CSV reader of the staff import: separator sniffing, quotes, row
//! numbers as a text editor shows them, and HQ Planner's audit stamp left out.

use std::collections::HashMap;
use std::path::Path;

use super::cells::text_cell;
use super::error::ImportError;
use super::mapping::guess_field;
use super::table::RawRow;
use crate::core::report::Lang;
use crate::core::report::labels::L;

/// Parses CSV bytes (UTF-8, optional BOM; comma, semicolon, tab or `|`
/// separated) into rows numbered by the line each starts on.
///
/// Why our own reader rather than the csv crate's: its record positions count
/// `\n` only, so with Windows line endings every row but the first came out one
/// line too low, with old Mac `\r` endings all on line 1, and after a blank line
/// on the blank line; and a quote that is never closed silently swallows the
/// rest of the file into one cell. Here a line ends at `\n`, `\r\n` or `\r`,
/// a row's number is the line of its first character (what a text editor shows),
/// and a broken quote stops the import with its row and column.
///
/// No row is a comment: a staff code starting with `#` is data. The one block
/// left out is the audit stamp HQ Planner writes at the end of its own CSV
/// export (its `# Audit stamp` line and the `#` lines after it, up to the end of
/// the file); its rows are reported in [`StaffTable::stamp_rows`].
pub(super) fn read_csv_rows(path: &Path, bytes: &[u8]) -> Result<CsvRows, ImportError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count() as u64
                + 1;
            return Err(ImportError::NotUtf8 {
                path: path.to_owned(),
                line,
            });
        }
    };
    let delimiter = sniff_delimiter(text);
    let parsed = parse_csv(text, delimiter, usize::MAX);
    let quote_error = |q: QuoteProblem| ImportError::UnclosedQuote {
        path: path.to_owned(),
        row: q.row,
        column: q.column,
        closes_on: q.closes_on,
    };
    if let Some(q) = parsed.unclosed {
        return Err(quote_error(q));
    }
    // A quoted cell may hold line breaks (a note on two lines); but when its
    // closing quote is followed by more text, or its row has another number of
    // cells than most rows, the quote was a typo that ate the rows after it.
    let usual = usual_width(&parsed.records);
    for r in &parsed.records {
        if let Some(q) = r.multiline
            && (q.junk_after || r.fields.len() != usual)
        {
            return Err(quote_error(QuoteProblem {
                row: q.opened_on,
                column: q.column,
                closes_on: Some(q.closed_on),
            }));
        }
    }
    let mut records = parsed.records;
    let stamp_rows = take_audit_stamp(&mut records);
    let rows = records
        .into_iter()
        .map(|r| RawRow {
            row: r.line,
            cells: r.fields.iter().map(|s| text_cell(s)).collect(),
        })
        .collect();
    Ok(CsvRows { rows, stamp_rows })
}

/// The rows of a CSV file and the lines of an HQ Planner audit stamp left out.
pub(super) struct CsvRows {
    pub(super) rows: Vec<RawRow>,
    pub(super) stamp_rows: Option<(usize, usize)>,
}

/// Removes HQ Planner's audit stamp from the end of `records`: the `#` rows
/// from a `# Audit stamp` / `# Dấu kiểm tra` row to the end. Returns their
/// first and last row numbers.
fn take_audit_stamp(records: &mut Vec<CsvRecord>) -> Option<(usize, usize)> {
    let is_hash = |r: &CsvRecord| r.fields.first().is_some_and(|f| f.starts_with('#'));
    let labels = [L::AuditStamp.t(Lang::Vi), L::AuditStamp.t(Lang::En)];
    let tail = records.iter().rev().take_while(|r| is_hash(r)).count();
    let first = records.len() - tail;
    // The stamp block starts at its label; `#` rows before the label stay data.
    let label_at = (first..records.len()).find(|&i| {
        let f = records[i].fields[0].trim_start_matches('#').trim();
        records[i].fields.len() == 1 && labels.contains(&f)
    })?;
    let rows = (records[label_at].line, records[records.len() - 1].line);
    records.truncate(label_at);
    Some(rows)
}

/// The most common number of cells per row (title rows aside, a CSV's rows
/// all have the header's width).
fn usual_width(records: &[CsvRecord]) -> usize {
    let mut counts: HashMap<usize, usize> = HashMap::new();
    for r in records {
        *counts.entry(r.fields.len()).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|&(width, n)| (n, width))
        .map_or(0, |(width, _)| width)
}

/// The separator of a CSV file: of `,` `;` tab and `|`, counted outside quotes
/// on the first rows, the one whose rows read as a header of known column names
/// (title rows above it allowed), else the one giving the most rows of the same
/// width above one column; `,` when nothing tells.
fn sniff_delimiter(text: &str) -> char {
    const CANDIDATES: [char; 4] = [',', ';', '\t', '|'];
    let mut best = (',', (0, 0, 0));
    for d in CANDIDATES {
        let records = parse_csv(text, d, 30).records;
        let header = records
            .iter()
            .take(20)
            .map(|r| r.fields.iter().filter(|f| guess_field(f).is_some()).count())
            .max()
            .unwrap_or(0);
        let header = if header >= 2 { header } else { 0 };
        let width = usual_width(&records);
        let consistent = if width > 1 {
            records.iter().filter(|r| r.fields.len() == width).count()
        } else {
            0
        };
        let score = (header, consistent, width);
        if score > best.1 {
            best = (d, score);
        }
    }
    best.0
}

/// One CSV row with the line it starts on.
#[derive(Debug, Clone, PartialEq)]
struct CsvRecord {
    /// Line of the row's first character (1-based).
    line: usize,
    /// Cells as written (quotes removed, `""` unescaped).
    fields: Vec<String>,
    /// The first quoted cell of the row that runs over a line break.
    multiline: Option<MultilineQuote>,
}

/// A quoted cell that runs over one or more line breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct MultilineQuote {
    /// Column of the cell (1-based).
    column: usize,
    /// Line of its opening quote.
    opened_on: usize,
    /// Line of its closing quote.
    closed_on: usize,
    /// Whether text other than a separator or a line end follows the closing quote.
    junk_after: bool,
}

/// A quote that breaks the rows: opened on `row` in `column`, closing on
/// `closes_on` (or never).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct QuoteProblem {
    row: usize,
    column: usize,
    closes_on: Option<usize>,
}

/// What [`parse_csv`] read.
#[derive(Debug, Default)]
struct CsvParse {
    records: Vec<CsvRecord>,
    /// A quote still open at the end of the text.
    unclosed: Option<QuoteProblem>,
}

/// Reads at most `max_records` rows of CSV `text` separated by `delim`
/// (RFC 4180 quoting; a quote inside an unquoted cell is kept as text, as
/// spreadsheets do). Blank lines give no row.
fn parse_csv(text: &str, delim: char, max_records: usize) -> CsvParse {
    #[derive(Clone, Copy, PartialEq)]
    enum St {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
        AfterQuote,
    }
    let mut out = CsvParse::default();
    let mut line = 1usize;
    let mut st = St::FieldStart;
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut rec_line = 0usize; // 0: no record started
    let mut opened_on = 0usize;
    let mut multiline: Option<MultilineQuote> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let newline = c == '\n' || c == '\r';
        if c == '\r' && chars.peek() == Some(&'\n') {
            chars.next();
        }
        if rec_line == 0 {
            if newline {
                line += 1; // a blank line
                continue;
            }
            rec_line = line;
        }
        if st == St::QuoteInQuoted {
            if c == '"' {
                field.push('"');
                st = St::Quoted;
                continue;
            }
            st = St::AfterQuote;
            if line > opened_on && multiline.is_none() {
                multiline = Some(MultilineQuote {
                    column: fields.len() + 1,
                    opened_on,
                    closed_on: line,
                    junk_after: false,
                });
            }
        }
        match st {
            St::Quoted => {
                if c == '"' {
                    st = St::QuoteInQuoted;
                } else if newline {
                    field.push('\n');
                    line += 1;
                } else {
                    field.push(c);
                }
                continue;
            }
            St::FieldStart if c == '"' => {
                st = St::Quoted;
                opened_on = line;
                continue;
            }
            _ => {}
        }
        if c == delim {
            fields.push(std::mem::take(&mut field));
            st = St::FieldStart;
        } else if newline {
            fields.push(std::mem::take(&mut field));
            out.records.push(CsvRecord {
                line: rec_line,
                fields: std::mem::take(&mut fields),
                multiline: multiline.take(),
            });
            line += 1;
            rec_line = 0;
            st = St::FieldStart;
            if out.records.len() >= max_records {
                return out;
            }
        } else {
            if st == St::AfterQuote
                && let Some(m) = multiline.as_mut()
                && m.column == fields.len() + 1
            {
                m.junk_after = true;
            }
            field.push(c);
            if st == St::FieldStart {
                st = St::Unquoted;
            }
        }
    }
    if st == St::QuoteInQuoted && line > opened_on && multiline.is_none() {
        multiline = Some(MultilineQuote {
            column: fields.len() + 1,
            opened_on,
            closed_on: line,
            junk_after: false,
        });
    }
    if st == St::Quoted {
        out.unclosed = Some(QuoteProblem {
            row: opened_on,
            column: fields.len() + 1,
            closes_on: None,
        });
    }
    if rec_line != 0 {
        fields.push(field);
        out.records.push(CsvRecord {
            line: rec_line,
            fields,
            multiline,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::input::Cell;

    fn csv(text: &str) -> Result<CsvRows, ImportError> {
        read_csv_rows(Path::new("ds.csv"), text.as_bytes())
    }

    fn row_numbers(text: &str) -> Vec<(usize, String)> {
        let rows = csv(text).expect("read").rows;
        rows.iter()
            .map(|r| {
                (
                    r.row,
                    r.cells.first().map(Cell::display).unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn csv_row_numbers_are_the_lines_an_editor_shows_for_lf_crlf_and_cr() {
        let want = vec![
            (1, "Code".to_owned()),
            (2, "A1".to_owned()),
            (4, "A2".to_owned()),
            (5, "A3".to_owned()),
        ];
        // A blank line 3 between the rows; the csv crate put A2 on line 2.
        for eol in ["\n", "\r\n", "\r"] {
            let text = ["Code,Name", "A1,x", "", "A2,y", "A3,z", ""].join(eol);
            assert_eq!(row_numbers(&text), want, "{eol:?}");
        }
        // A quoted cell over two lines: the next row is on line 4.
        for eol in ["\n", "\r\n"] {
            let text = format!("Code,Note{eol}A1,\"two{eol}lines\"{eol}A2,y{eol}");
            let rows = csv(&text).expect("read").rows;
            assert_eq!(
                rows.iter().map(|r| r.row).collect::<Vec<_>>(),
                vec![1, 2, 4]
            );
            assert_eq!(rows[1].cells[1], Cell::Text("two\nlines".into()));
        }
    }

    #[test]
    fn an_unclosed_quote_is_named_with_its_row_and_column() {
        let text = "Mã cán bộ,Họ và tên,Đơn vị,Nơi ở\r\nA1,\"Nguyễn Văn A,so-tc,p-1\r\nA2,Trần B,so-tc,p-1\r\n";
        let e = csv(text).err().expect("refused");
        assert!(matches!(
            e,
            ImportError::UnclosedQuote {
                row: 2,
                column: 2,
                closes_on: None,
                ..
            }
        ));
        assert_eq!(
            e.to_string(),
            "ds.csv, row 2: a quote \" opened in column 2 is never closed; the rows after it were read as one cell"
        );
        // Closed only by the quote of a later row: rows 2 to 4 would be one cell.
        let text = "Mã cán bộ,Họ và tên,Đơn vị,Nơi ở\nA1,\"Nguyễn Văn A,so-tc,p-1\nA2,Trần B,so-tc,p-1\nA3,\"Lê C\",so-tc,p-1\n";
        assert!(matches!(
            csv(text),
            Err(ImportError::UnclosedQuote {
                row: 2,
                column: 2,
                closes_on: Some(4),
                ..
            })
        ));
        // A quote inside an unquoted cell is text, and a real two-line note is fine.
        let ok = "Code,Name,Note\nA1,Nguyễn \"Bé\" Văn,\"line 1\nline 2\"\nA2,B,\n";
        let rows = csv(ok).expect("read").rows;
        assert_eq!(rows[1].cells[1], Cell::Text("Nguyễn \"Bé\" Văn".into()));
        assert_eq!(rows.len(), 3);
    }

    #[test]
    fn the_separator_is_the_one_that_makes_a_header_not_the_most_frequent() {
        // Semicolons separate; the notes are full of commas.
        let text = "Mã cán bộ;Họ và tên;Đơn vị;Nơi ở;Ghi chú\nA1;Nguyễn Văn A;so-tc;p-1;con nhỏ, ở xa, đi xe buýt, thứ 2, thứ 4, thứ 6\n";
        assert_eq!(sniff_delimiter(text), ';');
        // Commas inside quotes do not count.
        let text = "Code|Name|Note\nA1|\"a, b, c, d\"|x\nA2|B|\"e, f, g\"\n";
        assert_eq!(sniff_delimiter(text), '|');
        assert_eq!(sniff_delimiter("Staff code\tName\nA1\tB, C\n"), '\t');
        assert_eq!(sniff_delimiter("a,b\n1,2\n"), ',');
    }

    #[test]
    fn rows_starting_with_hash_are_data_and_only_our_audit_stamp_is_left_out() {
        let text = "Code,Name\n#12,Nguyễn Văn A\n# 13,Trần B\n\n# Audit stamp\n# Stamp id,abc\n";
        let read = csv(text).expect("read");
        assert_eq!(
            read.rows
                .iter()
                .map(|r| (r.row, r.cells[0].display()))
                .collect::<Vec<_>>(),
            vec![
                (1, "Code".to_owned()),
                (2, "#12".to_owned()),
                (3, "# 13".to_owned())
            ]
        );
        assert_eq!(read.stamp_rows, Some((5, 6)));
        // Without the stamp's label, trailing `#` rows are staff too.
        let read = csv("Code,Name\nA1,x\n#2,y\n").expect("read");
        assert_eq!(read.rows.len(), 3);
        assert_eq!(read.stamp_rows, None);
    }
}
