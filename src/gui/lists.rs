//! The Add / Duplicate / Delete / search boilerplate shared by the list panels
//! (headquarters, units, zones, transport, housing), written once.
//!
//! A panel describes its list with a [`ListSpec`] (where the list lives in the
//! plan, the undo labels, the prefix of new ids) and a closure that makes a new
//! entry; [`list_bar_ui`] draws the search field and the toolbar and turns a
//! press into one undoable edit [`Command`]. The decision itself is the plain
//! function [`list_action`], tested without drawing.

use eframe::egui::{self, RichText, Ui};

use crate::core::plan::{Housing, Plan, Site, TransportService, Unit, Zone};
use crate::gui::i18n::t;

use super::PanelCtx;
use super::app::{Command, ListState};
use super::edits::Form;
use super::i18n::Tr;
use super::widgets::{self as w, ListAction};

/// An entry of a plan list with a stable id and a display name.
pub trait ListEntity: Clone + 'static {
    /// Stable identifier.
    fn id(&self) -> &str;
    /// Replaces the identifier (duplicates get a fresh one).
    fn set_id(&mut self, id: String);
    /// Display name (searched together with the id).
    fn name(&self) -> &str;
}

macro_rules! list_entity {
    ($($t:ty),*) => {$(
        impl ListEntity for $t {
            fn id(&self) -> &str {
                &self.id
            }
            fn set_id(&mut self, id: String) {
                self.id = id;
            }
            fn name(&self) -> &str {
                &self.name
            }
        }
    )*};
}

list_entity!(Site, Unit, Zone, TransportService, Housing);

/// How one panel's list is reached in the plan and named in the Undo menu.
pub struct ListSpec<T> {
    /// The list in a plan.
    pub items: fn(&Plan) -> &Vec<T>,
    /// The same list, to change.
    pub items_mut: fn(&mut Plan) -> &mut Vec<T>,
    /// Prefix of undo keys, e.g. `site` (gives `site.add`, `site.dup`, `site.del`).
    pub key: &'static str,
    /// Id of a new entry (made unique with `-2`, `-3`...), e.g. `tru-so-moi`.
    pub new_id: &'static str,
    /// Undo labels of Add, Duplicate and Delete, in a language.
    pub labels: fn(Tr) -> [String; 3],
}

/// Applies a toolbar press to `st` (selection, scroll target) and returns the
/// undoable edit, or None when there is nothing to do (no row selected).
/// `make_new` builds the entry to add from its fresh id.
pub fn list_action<T: ListEntity>(
    action: ListAction,
    plan: &Plan,
    spec: &ListSpec<T>,
    st: &mut ListState,
    tx: Tr,
    make_new: impl FnOnce(String) -> T,
) -> Option<Command> {
    let items = (spec.items)(plan);
    let ids = || items.iter().map(ListEntity::id);
    let items_mut = spec.items_mut;
    let [add, dup, del] = (spec.labels)(tx);
    // Add and Duplicate both append an entry and select (and show) it.
    let (what, label, entry) = match action {
        ListAction::Add => ("add", add, make_new(w::fresh_id(spec.new_id, ids()))),
        ListAction::Duplicate => {
            let source = st.selected.and_then(|i| items.get(i))?;
            let mut copy = source.clone();
            copy.set_id(w::fresh_id(source.id(), ids()));
            ("dup", dup, copy)
        }
        ListAction::Delete => {
            let i = st.selected.filter(|&i| i < items.len())?;
            st.selected = None;
            return Some(Command::edit(format!("{}.del", spec.key), del, move |p| {
                let list = items_mut(p);
                if i < list.len() {
                    list.remove(i);
                }
            }));
        }
    };
    st.selected = Some(items.len());
    st.scroll_to = st.selected;
    Some(Command::edit(
        format!("{}.{what}", spec.key),
        label,
        move |p| items_mut(p).push(entry),
    ))
}

/// The search field and the Add / Duplicate / Delete toolbar of a list, in the
/// current (horizontal) layout; a press becomes an edit command.
pub fn list_bar_ui<T: ListEntity>(
    ui: &mut Ui,
    ctx: &PanelCtx,
    spec: &ListSpec<T>,
    st: &mut ListState,
    cmds: &mut Vec<Command>,
    make_new: impl FnOnce(String) -> T,
) {
    let (tx, plan) = (ctx.tx, ctx.plan);
    w::search(ui, tx, &mut st.search, ctx.focus_search);
    ui.separator();
    let has_selection = st.selected.is_some_and(|i| i < (spec.items)(plan).len());
    if let Some(action) = w::list_toolbar(ui, tx, has_selection)
        && let Some(cmd) = list_action(action, plan, spec, st, tx, make_new)
    {
        cmds.push(cmd);
    }
}

/// Indices of the entries whose id or name matches the search text (case and
/// diacritics ignored), in list order.
pub fn matching_rows<T: ListEntity>(items: &[T], search: &str) -> Vec<usize> {
    let needle = w::fold(search);
    items
        .iter()
        .enumerate()
        .filter(|(_, e)| w::matches(e.name(), &needle) || w::matches(e.id(), &needle))
        .map(|(i, _)| i)
        .collect()
}

/// The selected entry, or None after showing the "select a row" hint (the
/// selection may point past the end after an undo).
pub fn selected_entry<'p, T>(
    ui: &mut Ui,
    tx: Tr,
    st: &ListState,
    items: &'p [T],
) -> Option<(usize, &'p T)> {
    let found = st.selected.and_then(|i| Some((i, items.get(i)?)));
    if found.is_none() {
        ui.label(RichText::new(t!(tx, "common-select-row-to-see")).weak());
    }
    found
}

/// Under a list page's table: a separator, then the selected entry's form in
/// a vertical scroll area `scroll_id`, headed by its name (or the "select a
/// row" hint). `form` draws the rows for entry `(i, entry)`.
pub fn selected_form_ui<T: ListEntity>(
    ui: &mut Ui,
    tx: Tr,
    st: &ListState,
    items: &[T],
    scroll_id: &str,
    form: impl FnOnce(&mut Ui, (usize, &T)),
) {
    ui.separator();
    let Some((i, entry)) = selected_entry(ui, tx, st, items) else {
        return;
    };
    egui::ScrollArea::vertical()
        .id_salt(scroll_id)
        .show(ui, |ui| {
            w::heading(ui, entry.name());
            form(ui, (i, entry));
        });
}

/// The "Id" row of an entry's form (a text field `width` wide): editing it is
/// one undoable edit `{key}.{i}.id`.
pub fn id_form_row<T: ListEntity>(
    ui: &mut Ui,
    form: &mut Form<'_, '_, T>,
    spec: &ListSpec<T>,
    (i, entry): (usize, &T),
    width: f32,
) {
    let tx = form.tx;
    let items_mut = spec.items_mut;
    form.row(
        ui,
        &t!(tx, "common-id"),
        &t!(tx, "common-stable-identifier-used-by"),
        "id",
        |ui, edits| {
            if let Some(v) = w::text(ui, (spec.key, "id", i), entry.id(), width) {
                edits.push(Command::edit(
                    format!("{}.{i}.id", spec.key),
                    t!(tx, "common-change-id"),
                    move |p| {
                        if let Some(e) = items_mut(p).get_mut(i) {
                            e.set_id(v);
                        }
                    },
                ));
            }
        },
    );
}

/// (id, name) pairs of a list, for pickers.
pub fn options<T: ListEntity>(items: &[T]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|e| (e.id().to_owned(), e.name().to_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gui::i18n::Lang;

    use crate::gui::sites_ui::SITES;

    fn plan() -> Plan {
        let site = |id: &str, name: &str| Site {
            id: id.into(),
            name: name.into(),
            ..Site::default()
        };
        Plan {
            sites: vec![
                site("tru-so-moi", "Trụ sở mới"),
                site("thuy-nguyen", "Thủy Nguyên"),
            ],
            ..Plan::default()
        }
    }

    /// Applies an edit command to `plan`; returns its undo key.
    fn run(cmd: Option<Command>, plan: &mut Plan) -> String {
        match cmd {
            Some(Command::Edit { key, apply, .. }) => {
                apply(plan);
                key
            }
            Some(_) => panic!("not an edit"),
            None => panic!("no command"),
        }
    }

    #[test]
    fn add_makes_the_id_unique_and_selects_the_new_row() {
        let mut p = plan();
        let mut st = ListState::default();
        let tx = Tr::new(Lang::En);
        let cmd = list_action(ListAction::Add, &p, &SITES, &mut st, tx, |id| Site {
            id,
            name: "New".into(),
            ..Site::default()
        });
        assert_eq!(run(cmd, &mut p), "site.add");
        assert_eq!(p.sites.len(), 3);
        assert_eq!(p.sites[2].id, "tru-so-moi-2");
        assert_eq!(st.selected, Some(2));
        assert_eq!(st.scroll_to, Some(2));
    }

    #[test]
    fn duplicate_copies_the_selected_row_under_a_fresh_id() {
        let mut p = plan();
        let mut st = ListState {
            selected: Some(1),
            ..ListState::default()
        };
        let tx = Tr::new(Lang::En);
        let cmd = list_action(ListAction::Duplicate, &p, &SITES, &mut st, tx, |_| {
            panic!("duplicate must not make a new entry")
        });
        assert_eq!(run(cmd, &mut p), "site.dup");
        assert_eq!(p.sites[2].id, "thuy-nguyen-2");
        assert_eq!(p.sites[2].name, "Thủy Nguyên");
        assert_eq!(st.selected, Some(2));
    }

    #[test]
    fn duplicate_and_delete_need_a_valid_selection() {
        let p = plan();
        let tx = Tr::new(Lang::En);
        let mut none = ListState::default();
        assert!(
            list_action(
                ListAction::Duplicate,
                &p,
                &SITES,
                &mut none,
                tx,
                |_| unreachable!()
            )
            .is_none()
        );
        let mut stale = ListState {
            selected: Some(9),
            ..ListState::default()
        };
        assert!(
            list_action(
                ListAction::Delete,
                &p,
                &SITES,
                &mut stale,
                tx,
                |_| unreachable!()
            )
            .is_none()
        );
        assert_eq!(stale.selected, Some(9), "nothing changed");
    }

    #[test]
    fn delete_removes_the_selected_row_and_clears_the_selection() {
        let mut p = plan();
        let mut st = ListState {
            selected: Some(0),
            ..ListState::default()
        };
        let tx = Tr::new(Lang::En);
        let cmd = list_action(
            ListAction::Delete,
            &p,
            &SITES,
            &mut st,
            tx,
            |_| unreachable!(),
        );
        assert_eq!(run(cmd, &mut p), "site.del");
        assert_eq!(p.sites.len(), 1);
        assert_eq!(p.sites[0].id, "thuy-nguyen");
        assert_eq!(st.selected, None);
    }

    #[test]
    fn undo_labels_are_translated() {
        let p = plan();
        let mut st = ListState::default();
        let cmd = list_action(
            ListAction::Add,
            &p,
            &SITES,
            &mut st,
            Tr::new(Lang::Vi),
            |id| Site {
                id,
                ..Site::default()
            },
        );
        let Some(Command::Edit { label, .. }) = cmd else {
            panic!("no edit")
        };
        assert_ne!(label, "Add headquarters");
    }

    #[test]
    fn search_matches_id_or_name_without_diacritics() {
        let p = plan();
        assert_eq!(matching_rows(&p.sites, "thuy"), vec![1]);
        assert_eq!(matching_rows(&p.sites, "TRU-SO"), vec![0]);
        assert_eq!(matching_rows(&p.sites, ""), vec![0, 1]);
        assert!(matching_rows(&p.sites, "zzz").is_empty());
    }
}
