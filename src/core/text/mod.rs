//! Every sentence shown to a person, in one place (issue 10).
//!
//! * [`Lang`]: the one language type (the report, the CLI and the app convert to it).
//! * [`fmt`]: the one number, money and date formatter.
//! * The catalogue: Fluent files `i18n/<lang>/hq_planner.ftl`, embedded in the
//!   binary; sentences are looked up with `i18n_embed_fl::fl!`, which checks
//!   at compile time that the message id exists in the English (fallback) file
//!   and that every argument passed is one the message uses. A test checks
//!   that the Vietnamese file has the same ids and arguments.
//! * [`problems`]: plan-validation problems as sentences.
//! * [`echo`]: the rule for echoing what a person typed.
//!
//! See docs/TEXT.md for how to add a sentence or a language.

mod echo;
pub mod fmt;
pub mod fold;
pub mod problems;
pub mod reasons;

use std::sync::OnceLock;

use i18n_embed::LanguageLoader;
use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use i18n_embed::unic_langid::LanguageIdentifier;
use serde::{Deserialize, Serialize};

pub use echo::{KEPT_ECHO_CHARS, MAX_ECHO_CHARS, echo};
pub use problems::{detail_text, error_text, place_text, problem_count, problem_text};

/// A language of the texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    /// Vietnamese (the default: boards and committees work in Vietnamese).
    #[default]
    Vi,
    /// English.
    En,
}

impl Lang {
    /// Every language, in catalogue order.
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

    /// The language's own name, for menus.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Vi => "Tiếng Việt",
            Lang::En => "English",
        }
    }

    /// The language of a tag ("vi", "en"), ignoring case.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(tag.trim()))
    }

    /// The language's tag, the folder of its catalogue under `i18n/`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }
}

/// The catalogue files, embedded in the binary.
#[derive(rust_embed::RustEmbed)]
#[folder = "i18n/"]
struct Catalogue;

/// The Fluent loader of `lang` (English behind it for a missing message).
pub(crate) fn loader(lang: Lang) -> &'static FluentLanguageLoader {
    static LOADERS: OnceLock<[FluentLanguageLoader; 2]> = OnceLock::new();
    let loaders = LOADERS.get_or_init(|| Lang::ALL.map(new_loader));
    match lang {
        Lang::Vi => &loaders[0],
        Lang::En => &loaders[1],
    }
}

fn new_loader(lang: Lang) -> FluentLanguageLoader {
    let loader: FluentLanguageLoader = fluent_language_loader!();
    let id: LanguageIdentifier = lang.tag().parse().unwrap_or_default();
    if let Err(e) = loader.load_languages(&Catalogue, &[id]) {
        // The files are embedded and checked by the tests: this is a build bug.
        panic!("the {} catalogue does not load: {e}", lang.tag());
    }
    // No Unicode isolation marks around placeables: terminals and PDFs show them.
    loader.set_use_isolating(false);
    loader
}

/// The text of one catalogue file, for the tests that compare languages.
#[cfg(test)]
fn catalogue_file(lang: Lang) -> String {
    let path = format!("{}/hq_planner.ftl", lang.tag());
    Catalogue::get(&path)
        .map(|f| String::from_utf8_lossy(&f.data).into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    /// Message id → the variables it uses (`$name`), for one catalogue file.
    fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
        let text = catalogue_file(lang);
        assert!(!text.is_empty(), "no catalogue for {lang:?}");
        let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut current: Option<String> = None;
        for line in text.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            if !line.starts_with(' ') {
                let (id, _) = line.split_once('=').unwrap_or((line, ""));
                let id = id.trim().to_owned();
                assert!(
                    !out.contains_key(&id),
                    "{id} is twice in the {lang:?} catalogue"
                );
                out.insert(id.clone(), BTreeSet::new());
                current = Some(id);
            }
            let Some(id) = &current else { continue };
            let vars = out.entry(id.clone()).or_default();
            for piece in line.split('$').skip(1) {
                let name: String = piece
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                vars.insert(name);
            }
        }
        out
    }

    /// Message id → the variables it selects a variant on (`{ $count ->`).
    fn selector_variables(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
        let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut current = String::new();
        for line in catalogue_file(lang).lines() {
            if !line.starts_with(' ') && !line.starts_with('#') && line.contains('=') {
                current = line.split('=').next().unwrap_or("").trim().to_owned();
            }
            if let Some(rest) = line.trim().strip_prefix("{ $")
                && let Some(name) = rest.strip_suffix(" ->")
            {
                out.entry(current.clone())
                    .or_default()
                    .insert(name.to_owned());
            }
        }
        out
    }

    #[test]
    fn every_message_is_in_both_languages_with_the_same_arguments() {
        let en = messages(Lang::En);
        let vi = messages(Lang::Vi);
        assert!(en.len() > 40, "{} messages", en.len());
        let selectors = selector_variables(Lang::En);
        for (id, args) in &en {
            // Vietnamese has one plural form: it may leave out a variable that
            // English only uses to choose its plural form (`$count ->`).
            let vi_args = vi
                .get(id)
                .unwrap_or_else(|| panic!("{id} is not in Vietnamese"));
            let optional = selectors.get(id).cloned().unwrap_or_default();
            assert!(
                vi_args.is_subset(args) && args.difference(vi_args).all(|a| optional.contains(a)),
                "{id}: Vietnamese differs ({vi_args:?} vs {args:?})"
            );
        }
        for id in vi.keys() {
            assert!(en.contains_key(id), "{id} is only in Vietnamese");
        }
    }

    #[test]
    fn both_catalogues_parse_and_load_without_isolation_marks() {
        for lang in Lang::ALL {
            // Fluent drops a message it cannot parse: every id must survive.
            let id: LanguageIdentifier = lang.tag().parse().unwrap_or_default();
            let parsed: BTreeSet<String> = loader(lang)
                .with_message_iter(&id, |it| it.map(|m| m.id.name.to_owned()).collect());
            let written: BTreeSet<String> = messages(lang).into_keys().collect();
            assert_eq!(parsed, written, "{lang:?} catalogue has a syntax error");
            let s = i18n_embed_fl::fl!(loader(lang), "place-line", line = "7");
            assert!(!s.contains(['\u{2068}', '\u{2069}']), "{s:?}");
        }
        assert_eq!(
            i18n_embed_fl::fl!(loader(Lang::Vi), "place-line", line = "7"),
            "dòng 7"
        );
    }

    /// The `.rs` files under `dir`, recursively.
    fn sources(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let path = e.path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|x| x == "rs") {
                out.push(path);
            }
        }
    }

    #[test]
    fn the_core_and_the_command_line_never_import_the_gui() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        sources(&root.join("core"), &mut files);
        sources(&root.join("cli"), &mut files);
        assert!(files.len() > 10, "{files:?}");
        for path in files {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            // Spelt in two parts so that this file does not match itself.
            let needle = ["gui", "::"].concat();
            for (i, line) in text.lines().enumerate() {
                // The binary hands the window to the CLI (main.rs): no exception here.
                assert!(
                    !line.contains(&needle),
                    "{}:{}: {line}",
                    path.display(),
                    i + 1
                );
            }
        }
    }

    #[test]
    fn plural_rules_follow_the_language() {
        assert_eq!(problem_count(Lang::En, 1), "1 problem");
        assert_eq!(problem_count(Lang::En, 10), "10 problems");
        assert_eq!(problem_count(Lang::Vi, 1), "1 lỗi");
        assert_eq!(problem_count(Lang::Vi, 10), "10 lỗi");
    }
}
