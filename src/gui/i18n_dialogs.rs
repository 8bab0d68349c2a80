//! Vietnamese entries for dialogs (import, export), progress and table chrome.
//! Keys are the English texts passed to `Tr::t` / `Tr::tf`; see [`super::i18n`].

/// English key, Vietnamese text.
pub static VI: &[(&str, &str)] = &[];
