//! Number and date formatting: the one formatter for the PDF, the CSV and the
//! catalogue's sentences (the XLSX keeps real numbers and leaves display to
//! Excel's number formats).
//!
//! Vietnamese writes 1.523.700.000 and 47,9; English 1,523,700,000 and 47.9.

use chrono::NaiveDate;

use super::Lang;

fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::Vi => ('.', ','),
        Lang::En => (',', '.'),
    }
}

/// Groups the digits of a non-negative integer text by thousands.
fn group(digits: &str, sep: char) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// A number with `decimals` decimals and thousands separators.
pub fn number(x: f64, decimals: usize, lang: Lang) -> String {
    if !x.is_finite() {
        return "-".to_owned();
    }
    let (thousands, decimal) = separators(lang);
    let text = format!("{:.*}", decimals, x.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    // "-0" is not a number anyone wants to read.
    if x < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.push('-');
    }
    out.push_str(&group(int, thousands));
    if !frac.is_empty() {
        out.push(decimal);
        out.push_str(frac);
    }
    out
}

/// A whole count, e.g. 2.582.
pub fn count(n: usize, lang: Lang) -> String {
    number(n as f64, 0, lang)
}

/// Money in VND, whole đồng, e.g. 1.523.700.000.
pub fn vnd(x: f64, lang: Lang) -> String {
    number(x.round(), 0, lang)
}

/// Minutes with one decimal.
pub fn minutes(x: f64, lang: Lang) -> String {
    number(x, 1, lang)
}

/// A share 0..=1 as a percentage with one decimal, e.g. 85,0%.
pub fn pct(share: f64, lang: Lang) -> String {
    format!("{}%", number(share * 100.0, 1, lang))
}

/// A date as dd/mm/yyyy.
pub fn date(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// A date in a sentence: dd/mm/yyyy in Vietnamese, yyyy-mm-dd in English.
pub fn date_in(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Vi => date(d),
        Lang::En => d.format("%Y-%m-%d").to_string(),
    }
}

/// A value as written in a plan, with as few decimals as it needs (at most 4);
/// a value that is not finite, or is huge, keeps Rust's own spelling.
pub fn value(x: f64, lang: Lang) -> String {
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
    number(x, decimals, lang)
}

/// Parses a date typed by a person: dd/mm/yyyy (also d/m/yyyy) or yyyy-mm-dd.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    NaiveDate::parse_from_str(t, "%d/%m/%Y")
        .or_else(|_| NaiveDate::parse_from_str(t, "%Y-%m-%d"))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_dates_in_both_forms() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 5);
        assert_eq!(parse_date("05/03/2026"), d);
        assert_eq!(parse_date(" 5/3/2026 "), d);
        assert_eq!(parse_date("2026-03-05"), d);
        assert_eq!(parse_date("31/02/2026"), None);
        assert_eq!(parse_date("03/05/26x"), None);
        assert_eq!(parse_date(""), None);
    }

    #[test]
    fn vietnamese_and_english_separators() {
        assert_eq!(vnd(1_523_700_000.0, Lang::Vi), "1.523.700.000");
        assert_eq!(vnd(1_523_700_000.0, Lang::En), "1,523,700,000");
        assert_eq!(minutes(47.94, Lang::Vi), "47,9");
        assert_eq!(pct(0.85, Lang::En), "85.0%");
        assert_eq!(number(-1234.5, 1, Lang::En), "-1,234.5");
        assert_eq!(number(-0.01, 0, Lang::En), "0");
        assert_eq!(count(999, Lang::Vi), "999");
        assert_eq!(value(-1234.5, Lang::Vi), "-1.234,5");
        assert_eq!(value(0.01, Lang::En), "0.01");
        assert_eq!(value(f64::NAN, Lang::Vi), "NaN");
        let d = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap_or_default();
        assert_eq!(date_in(d, Lang::Vi), "01/07/2025");
        assert_eq!(date_in(d, Lang::En), "2025-07-01");
    }
}
