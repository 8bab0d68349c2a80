//! Text shown back to a person: one rule for echoing what they typed.
//!
//! A value from a file (a cell, a name, an id) is echoed in messages with its
//! control and bidi-override characters escaped (`\u{1b}`), so it cannot drive
//! the terminal or disguise a message, and cut when it is long, so a 10 MB
//! name is never echoed whole. The plan validator and the staff import both
//! use [`echo`]; each adds the length in its own words.

/// Longest value echoed whole, in characters.
pub const MAX_ECHO_CHARS: usize = 80;
/// Characters kept of a longer value.
pub const KEPT_ECHO_CHARS: usize = 77;

/// `value` made safe to echo, and its length in characters when it was cut
/// (the text then ends with `…`).
pub fn echo(value: &str) -> (String, Option<usize>) {
    let total = value.chars().count();
    let cut = total > MAX_ECHO_CHARS;
    let kept = if cut { KEPT_ECHO_CHARS } else { total };
    let mut out = String::new();
    for c in value.chars().take(kept) {
        let invisible = matches!(c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        );
        if c.is_control() || invisible {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    if cut {
        out.push('…');
    }
    (out, cut.then_some(total))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_controls_and_cuts_long_values() {
        assert_eq!(echo("Hải Phòng"), ("Hải Phòng".to_owned(), None));
        assert_eq!(echo("a\u{1b}[31mb").0, "a\\u{1b}[31mb");
        assert_eq!(echo("x\u{202e}y").0, "x\\u{202e}y");
        let (s, n) = echo(&"ả".repeat(100));
        assert_eq!(n, Some(100));
        assert_eq!(s.chars().count(), KEPT_ECHO_CHARS + 1);
    }
}
