//! What several families share, so that each family's file says only what
//! is its own: the identity and catalogue texts (small macros, because `fl!`
//! checks its message ids at compile time and so needs them as literals), the
//! wording of a finding with its limits, and the capacity families' lists,
//! English sentences and checker test.

use crate::core::file::EntityKind;
use crate::core::plan::Hardness;
use crate::core::solve::EntityRef;
use crate::core::solve::check::EPS;
use crate::core::solve::model::Builder;
use crate::core::solve::scenario::ScenarioData;

use super::{Rule, RuleFamily, entity};

/// The identity every family starts with: its variant of `RuleFamily`, the
/// heading of its section in docs/MODEL.md and, for a family that the plan
/// holds with one switch, the field of `Enforcement` that holds it.
macro_rules! identity {
    ($variant:ident, $section:literal) => {
        fn id(&self) -> $crate::core::rules::RuleFamily {
            $crate::core::rules::RuleFamily::$variant
        }

        fn model_section(&self) -> &'static str {
            $section
        }
    };
    ($variant:ident, $section:literal, enforcement $field:ident) => {
        identity!($variant, $section);

        fn enforcement<'a>(
            &self,
            e: &'a mut $crate::core::plan::Enforcement,
        ) -> Option<&'a mut $crate::core::plan::Hardness> {
            Some(&mut e.$field)
        }
    };
}

/// The identity of a kind of finding that is no rule of the plan (invalid
/// input, an internal error...): [`identity!`], not a rule, nothing on the
/// Rules page, and nothing for the checker to find per assignment (each says
/// who finds it). With `about_scenario`, its entity is the whole scenario.
macro_rules! finding {
    ($variant:ident, $section:literal, about_scenario) => {
        finding!($variant, $section);

        fn entity(
            &self,
            _rule: &$crate::core::rules::Rule,
            sd: &$crate::core::solve::scenario::ScenarioData,
        ) -> $crate::core::solve::EntityRef {
            $crate::core::rules::entity($crate::core::file::EntityKind::Scenario, &sd.scenario.id)
        }
    };
    ($variant:ident, $section:literal) => {
        identity!($variant, $section);

        fn check(
            &self,
            _t: &$crate::core::solve::check::Tally<'_>,
            _out: &mut Vec<($crate::core::rules::Rule, f64, $crate::core::plan::Hardness)>,
        ) {
        }

        fn is_rule(&self) -> bool {
            false
        }

        fn plan_rules(
            &self,
            _: &$crate::core::plan::Plan,
            _: &$crate::core::plan::Scenario,
            _: $crate::core::text::Lang,
        ) -> Vec<$crate::core::rules::PlanRule> {
            Vec::new()
        }
    };
}

/// A finding's sentence `$id` from the catalogue, with the arguments every
/// finding has (`name` the entity, `n` the amount written in the language,
/// `count` the whole amount for plural forms) and any further `arg = value`.
/// `$f` is a [`Finding`](super::Finding).
macro_rules! said {
    ($f:expr, $id:tt $(, $arg:ident = $value:expr)* $(,)?) => {
        i18n_embed_fl::fl!(
            $crate::core::text::loader($f.lang),
            $id,
            name = $f.name,
            n = $f.n(),
            count = $f.count()
            $(, $arg = $value)*
        )
    };
}

/// A family's catalogue texts: its name `$name`, its finding `$short` (with
/// the arguments of [`said!`]) and, for a family whose shortfall over
/// interchangeable entities has its own sentence, `$total` (`n`, `count`).
macro_rules! texts {
    ($name:tt, $short:tt) => {
        fn name(&self, lang: $crate::core::text::Lang) -> String {
            i18n_embed_fl::fl!($crate::core::text::loader(lang), $name)
        }

        fn sentence(&self, lang: $crate::core::text::Lang, name: &str, amount: f64) -> String {
            i18n_embed_fl::fl!(
                $crate::core::text::loader(lang),
                $short,
                name = name,
                n = $crate::core::rules::qty(amount, lang),
                count = $crate::core::rules::whole(amount)
            )
        }
    };
    ($name:tt, $short:tt, $total:tt) => {
        texts!($name, $short);

        fn total_sentence(&self, lang: $crate::core::text::Lang, amount: f64) -> String {
            i18n_embed_fl::fl!(
                $crate::core::text::loader(lang),
                $total,
                n = $crate::core::rules::qty(amount, lang),
                count = $crate::core::rules::whole(amount)
            )
        }
    };
}

/// The methods of a capacity family whose entries are the `$holder`'s list
/// ([`Holder`]) and whose English sentences say "X is short of ...": `$short`
/// writes the shortfall ("2 desks"), `$them` is its pronoun in the total
/// sentence ("which site takes them is open").
macro_rules! capacity {
    ($holder:expr, $short:expr, $them:literal) => {
        fn is_capacity(&self) -> bool {
            true
        }

        fn entity(
            &self,
            rule: &$crate::core::rules::Rule,
            sd: &$crate::core::solve::scenario::ScenarioData,
        ) -> $crate::core::solve::EntityRef {
            $holder.entity(sd, rule.index())
        }

        fn message(
            &self,
            rule: &$crate::core::rules::Rule,
            sd: &$crate::core::solve::scenario::ScenarioData,
            amount: f64,
        ) -> String {
            let short: fn(f64) -> String = $short;
            format!(
                "{} is short of {}",
                $holder.name(sd, rule.index()),
                short(amount)
            )
        }

        fn total_message(&self, amount: f64) -> String {
            let (all, one) = $holder.words();
            let short: fn(f64) -> String = $short;
            let short = short(amount);
            format!(
                "{all} together are short of {short} (which {one} takes {} is open)",
                $them
            )
        }
    };
}

/// The list a capacity family's rules index: sites, housing blocks or services.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Holder {
    /// `ScenarioData::sites`.
    Site,
    /// `ScenarioData::housing`.
    Housing,
    /// `ScenarioData::services`.
    Service,
}

impl Holder {
    /// Entry `i` of the list, as an entity.
    pub fn entity(self, sd: &ScenarioData, i: usize) -> EntityRef {
        match self {
            Holder::Site => entity(EntityKind::Site, &sd.sites[i].id),
            Holder::Housing => entity(EntityKind::Housing, &sd.housing[i].id),
            Holder::Service => entity(EntityKind::Transport, &sd.services[i].id),
        }
    }

    /// The display name of entry `i`.
    pub fn name<'a>(self, sd: &'a ScenarioData, i: usize) -> &'a str {
        match self {
            Holder::Site => &sd.sites[i].name,
            Holder::Housing => &sd.housing[i].name,
            Holder::Service => &sd.services[i].name,
        }
    }

    /// All the entries and one of them, in the English total sentences.
    pub fn words(self) -> (&'static str, &'static str) {
        match self {
            Holder::Site => ("the headquarters", "site"),
            Holder::Housing => ("the housing blocks", "block"),
            Holder::Service => ("the services", "service"),
        }
    }
}

/// One capacity row of `family` per entry `i < len` of its list (MODEL.md
/// §6): `entry(b, i)` gives the row's terms and the entry's capacity.
pub(crate) fn capacity_rows(
    b: &mut Builder<'_>,
    family: RuleFamily,
    hard: Hardness,
    len: usize,
    entry: impl Fn(&mut Builder<'_>, usize) -> (Vec<(usize, f64)>, f64),
) {
    for i in 0..len {
        let (terms, capacity) = entry(b, i);
        b.capacity(terms, capacity, hard, Rule::of(family, i));
    }
}

/// The checker's capacity test (MODEL.md §9), plain arithmetic on its
/// tallies: each `(i, used, capacity)` with `used` above `capacity` (by more
/// than `EPS`) breaks `family`'s rule about entry `i` by the excess.
pub(crate) fn over_capacity(
    family: RuleFamily,
    hard: Hardness,
    entries: impl IntoIterator<Item = (usize, f64, f64)>,
    out: &mut Vec<(Rule, f64, Hardness)>,
) {
    for (i, used, capacity) in entries {
        let over = used - capacity;
        if over > EPS {
            out.push((Rule::of(family, i), over, hard));
        }
    }
}

/// `detail_sentence` of a family whose limit is a number of minutes,
/// `RuleDetail::$variant { max_minutes }`: the finding `$id` names it (`m`).
macro_rules! minutes_limit_sentence {
    ($variant:ident, $id:tt) => {
        fn detail_sentence(
            &self,
            detail: &$crate::core::solve::RuleDetail,
            f: &$crate::core::rules::Finding<'_>,
        ) -> Option<String> {
            let &$crate::core::solve::RuleDetail::$variant { max_minutes } = detail else {
                return None;
            };
            Some(said!(f, $id, m = f.number(max_minutes)))
        }
    };
}
