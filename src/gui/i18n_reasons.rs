//! Vietnamese entries for solver explanations, reasons, "why not" texts, rule violations and diagnosis.
//! Keys are the English texts passed to `Tr::t` / `Tr::tf`; see [`super::i18n`].

/// English key, Vietnamese text.
pub static VI: &[(&str, &str)] = &[];
