//! Plan validation problems in the user's language: thin calls into
//! [`crate::core::text`], which holds the sentences (Fluent catalogue) and is
//! shared with `hq-planner validate --lang vi`. Every panel that shows a
//! problem calls [`problem_text`], never `Problem::message` (which stays
//! English for the command line).

use crate::core::file::{Place, Problem, ProblemDetail};
use crate::core::text;
use crate::gui::i18n::Tr;

/// A problem's detail as one sentence in `tx`'s language.
pub fn problem_text(tx: Tr, p: &Problem) -> String {
    text::problem_text(tx.lang, p)
}

/// An error from opening a plan file, in `tx`'s language: a file with
/// problems lists each one with its place; other errors keep their own text.
pub fn error_text(tx: Tr, e: &anyhow::Error) -> String {
    text::error_text(tx.lang, e)
}

/// Where a problem is, in `tx`'s language (short form, for messages).
pub fn place_text(tx: Tr, place: &Place) -> String {
    text::place_text(tx.lang, place)
}

/// A [`ProblemDetail`] as one sentence in `tx`'s language.
pub fn detail_text(tx: Tr, d: &ProblemDetail) -> String {
    text::detail_text(tx.lang, d)
}
