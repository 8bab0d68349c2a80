//! Cadres (cán bộ, công chức, viên chức): a table of tens of thousands of
//! rows that stays smooth (only visible rows are drawn; the filtered, sorted
//! index list is cached and recomputed only when the plan or the filter
//! changes), inline editing, multi-select with bulk edit, and a detail form.

use std::collections::{BTreeSet, HashMap};

use eframe::egui::{self, RichText, Ui};

use crate::core::file::EntityKind;
use crate::core::plan::{Cadre, Gender, Plan, Preference};
use crate::gui::i18n::t;

use super::PanelCtx;
use super::app::Command;
use super::document::Problems;
use super::edits::Edits;
use super::i18n::Tr;
use super::table;
use super::widgets as w;

mod detail;
use detail::detail_ui;

/// Column the table is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SortKey {
    /// Plan order.
    #[default]
    File,
    /// Staff code.
    Code,
    /// Name (by given name, the Vietnamese way: last word first).
    Name,
    /// Unit name.
    Unit,
    /// Zone name.
    Zone,
    /// Birth date.
    Birth,
}

/// What the table shows.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct CadreFilter {
    /// Search in code and name (case and diacritics ignored).
    pub search: String,
    /// Only this unit.
    pub unit: Option<String>,
    /// Only this home zone.
    pub zone: Option<String>,
    /// Only people working at this site today.
    pub site: Option<String>,
    /// Only this survey answer.
    pub preference: Option<Preference>,
    /// Only rows with problems.
    pub problems_only: bool,
    /// Sort column.
    pub sort: SortKey,
    /// Descending order.
    pub descending: bool,
}

/// Indices of the cadres matching `f`, in display order (the view model).
pub fn filter_sort(plan: &Plan, problems: &Problems, f: &CadreFilter) -> Vec<usize> {
    let needle = w::fold(&f.search);
    let mut rows: Vec<usize> = plan
        .cadres
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            f.unit.as_ref().is_none_or(|u| &c.unit == u)
                && f.zone.as_ref().is_none_or(|z| &c.zone == z)
                && f.site
                    .as_ref()
                    .is_none_or(|s| c.current_site.as_ref() == Some(s))
                && f.preference.is_none_or(|p| c.preference == p)
                && (!f.problems_only || problems.has(EntityKind::Cadre, *i))
                && (needle.is_empty()
                    || w::matches(&c.code, &needle)
                    || w::matches(&c.name, &needle))
        })
        .map(|(i, _)| i)
        .collect();
    let names = |list: Vec<(&str, &str)>| -> HashMap<String, String> {
        list.into_iter()
            .map(|(a, b)| (a.to_owned(), w::fold(b)))
            .collect()
    };
    match f.sort {
        SortKey::File => {}
        SortKey::Code => rows.sort_by(|&a, &b| plan.cadres[a].code.cmp(&plan.cadres[b].code)),
        SortKey::Name => {
            let key = |c: &Cadre| {
                let folded = w::fold(&c.name);
                let given = folded.rsplit(' ').next().unwrap_or_default().to_owned();
                (given, folded)
            };
            let keys: HashMap<usize, (String, String)> =
                rows.iter().map(|&i| (i, key(&plan.cadres[i]))).collect();
            rows.sort_by(|a, b| keys[a].cmp(&keys[b]).then(a.cmp(b)));
        }
        SortKey::Unit => {
            let n = names(
                plan.units
                    .iter()
                    .map(|u| (u.id.as_str(), u.name.as_str()))
                    .collect(),
            );
            rows.sort_by(|&a, &b| {
                let ka = n.get(&plan.cadres[a].unit);
                let kb = n.get(&plan.cadres[b].unit);
                ka.cmp(&kb).then(a.cmp(&b))
            });
        }
        SortKey::Zone => {
            let n = names(
                plan.zones
                    .iter()
                    .map(|u| (u.id.as_str(), u.name.as_str()))
                    .collect(),
            );
            rows.sort_by(|&a, &b| {
                let ka = n.get(&plan.cadres[a].zone);
                let kb = n.get(&plan.cadres[b].zone);
                ka.cmp(&kb).then(a.cmp(&b))
            });
        }
        SortKey::Birth => rows.sort_by(|&a, &b| {
            plan.cadres[a]
                .birth_date
                .cmp(&plan.cadres[b].birth_date)
                .then(a.cmp(&b))
        }),
    }
    if f.descending {
        rows.reverse();
    }
    rows
}

/// Runtime state of the cadres page.
#[derive(Debug, Default)]
pub struct CadresState {
    /// Current filter.
    pub filter: CadreFilter,
    /// Filter by unit requested from elsewhere (Units page).
    pub filter_unit: Option<String>,
    cache_key: Option<(u64, CadreFilter)>,
    /// Cached display order.
    pub rows: Vec<usize>,
    /// Selected cadres (indices).
    pub selected: BTreeSet<usize>,
    /// The cadre shown in the detail form.
    pub focus: Option<usize>,
    anchor: Option<usize>,
    scroll_to: Option<usize>,
}

impl CadresState {
    /// Forces the index list to be recomputed.
    pub fn invalidate(&mut self) {
        self.cache_key = None;
    }

    /// Selects and scrolls to one cadre (jump from a problem or a result).
    pub fn show_cadre(&mut self, index: usize) {
        self.filter = CadreFilter::default();
        self.cache_key = None;
        self.selected = BTreeSet::from([index]);
        self.focus = Some(index);
        self.anchor = Some(index);
        self.scroll_to = Some(index);
    }

    /// Recomputes the rows if the plan or the filter changed.
    pub fn refresh(&mut self, plan: &Plan, problems: &Problems, revision: u64) {
        if let Some(u) = self.filter_unit.take() {
            self.filter.unit = Some(u);
        }
        let key = (revision, self.filter.clone());
        if self.cache_key.as_ref() != Some(&key) {
            self.rows = filter_sort(plan, problems, &self.filter);
            self.selected.retain(|&i| i < plan.cadres.len());
            if self.focus.is_some_and(|i| i >= plan.cadres.len()) {
                self.focus = None;
            }
            self.cache_key = Some(key);
        }
    }

    fn click(&mut self, i: usize, mods: egui::Modifiers) {
        if mods.shift
            && let Some(a) = self.anchor
        {
            let pa = self.rows.iter().position(|&r| r == a);
            let pb = self.rows.iter().position(|&r| r == i);
            if let (Some(pa), Some(pb)) = (pa, pb) {
                let (lo, hi) = (pa.min(pb), pa.max(pb));
                self.selected.extend(self.rows[lo..=hi].iter().copied());
            }
        } else if mods.command {
            if !self.selected.remove(&i) {
                self.selected.insert(i);
            }
            self.anchor = Some(i);
        } else {
            self.selected = BTreeSet::from([i]);
            self.anchor = Some(i);
        }
        self.focus = Some(i);
    }
}

fn options<'a>(it: impl Iterator<Item = (&'a str, &'a str)>) -> Vec<(String, String)> {
    it.map(|(a, b)| (a.to_owned(), b.to_owned())).collect()
}

fn grade_name(tx: Tr, plan: &Plan, id: &str) -> String {
    match plan.grade(id) {
        Some(g) if tx.lang == super::i18n::Lang::En && !g.name_en.is_empty() => g.name_en.clone(),
        Some(g) => g.name.clone(),
        None => id.to_owned(),
    }
}

/// The cadres page.
pub fn cadres_ui(ui: &mut Ui, ctx: &PanelCtx, st: &mut CadresState, cmds: &mut Vec<Command>) {
    let tx = ctx.tx;
    let plan = ctx.plan;
    st.refresh(plan, ctx.problems, ctx.revision);
    w::page_header!(ui, tx, "common-cadres", "cadres-every-cadre-civil-servant");
    let units = options(plan.units.iter().map(|u| (u.id.as_str(), u.name.as_str())));
    let zones = options(plan.zones.iter().map(|u| (u.id.as_str(), u.name.as_str())));
    let sites = options(plan.sites.iter().map(|u| (u.id.as_str(), u.name.as_str())));
    let grades: Vec<(String, String)> = plan
        .grades
        .iter()
        .map(|g| (g.id.clone(), grade_name(tx, plan, &g.id)))
        .collect();

    // Filters.
    ui.horizontal_wrapped(|ui| {
        w::search(ui, tx, &mut st.filter.search, ctx.focus_search);
        let all = t!(tx, "common-all");
        let f = |ui: &mut Ui,
                 id: &str,
                 cur: &mut Option<String>,
                 opts: &[(String, String)],
                 label: &str| {
            ui.label(label);
            w::set_name(ui, label);
            if let Some(v) = w::id_combo(
                ui,
                id,
                cur.as_deref().unwrap_or_default(),
                opts,
                Some(&all),
                170.0,
            ) {
                *cur = (!v.is_empty()).then_some(v);
            }
        };
        f(
            ui,
            "f-unit",
            &mut st.filter.unit,
            &units,
            &t!(tx, "entity-unit"),
        );
        f(
            ui,
            "f-zone",
            &mut st.filter.zone,
            &zones,
            &t!(tx, "cadres-home-zone"),
        );
        f(
            ui,
            "f-site",
            &mut st.filter.site,
            &sites,
            &t!(tx, "cadres-works-today-at"),
        );
        ui.label(t!(tx, "cadres-survey"));
        w::set_name(ui, &t!(tx, "cadres-survey"));
        let prefs = [
            None,
            Some(Preference::DailyCommute),
            Some(Preference::WeeklyWithHousing),
            Some(Preference::MoveHome),
            Some(Preference::None),
        ];
        if let Some(v) = w::enum_combo(
            ui,
            "f-pref",
            st.filter.preference,
            &prefs,
            |p| {
                p.map(|p| tx.preference(p).to_owned())
                    .unwrap_or_else(|| all.to_owned())
            },
            150.0,
        ) {
            st.filter.preference = v;
        }
        w::clear_name(ui);
        ui.checkbox(
            &mut st.filter.problems_only,
            t!(tx, "cadres-only-with-problems"),
        );
        if st.filter != CadreFilter::default()
            && ui.button(t!(tx, "cadres-clear-filters")).clicked()
        {
            st.filter = CadreFilter::default();
        }
    });
    // Toolbar and bulk edit.
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(t!(
                tx,
                "common-shown-of-total-shown",
                shown = tx.int(st.rows.len() as u32),
                total = tx.int(plan.cadres.len() as u32)
            ))
            .strong(),
        );
        ui.separator();
        if ui.button(format!("+ {}", t!(tx, "common-add"))).clicked() {
            let code = w::fresh_id("CB-MOI", plan.cadres.iter().map(|c| c.code.as_str()));
            let unit = st
                .filter
                .unit
                .clone()
                .or_else(|| plan.units.first().map(|u| u.id.clone()))
                .unwrap_or_default();
            let zone = plan.zones.first().map(|z| z.id.clone()).unwrap_or_default();
            let grade = plan
                .grades
                .first()
                .map(|g| g.id.clone())
                .unwrap_or_default();
            let name = t!(tx, "cadres-new-cadre");
            let n = plan.cadres.len();
            st.filter = CadreFilter::default();
            st.show_cadre(n);
            cmds.push(Command::edit(
                "cadre.add",
                t!(tx, "cadres-add-cadre"),
                move |p| {
                    p.cadres.push(Cadre {
                        code,
                        name,
                        unit,
                        zone,
                        grade,
                        ..Cadre::default()
                    })
                },
            ));
        }
        let one = st.focus.filter(|_| st.selected.len() == 1);
        if ui
            .add_enabled(one.is_some(), egui::Button::new(t!(tx, "common-duplicate")))
            .on_hover_text(t!(tx, "common-copy-selected-row-under"))
            .clicked()
            && let Some(c) = one.and_then(|i| plan.cadres.get(i))
        {
            let mut copy = c.clone();
            copy.code = w::fresh_id(&c.code, plan.cadres.iter().map(|c| c.code.as_str()));
            let n = plan.cadres.len();
            st.show_cadre(n);
            cmds.push(Command::edit(
                "cadre.dup",
                t!(tx, "cadres-duplicate-cadre"),
                move |p| p.cadres.push(copy),
            ));
        }
        let sel: Vec<usize> = st.selected.iter().copied().collect();
        if ui
            .add_enabled(
                !sel.is_empty(),
                egui::Button::new(t!(
                    tx,
                    "cadres-delete-n-selected",
                    n = tx.int(sel.len() as u32)
                )),
            )
            .on_hover_text(t!(tx, "cadres-delete-selected-rows-undo"))
            .clicked()
        {
            st.selected.clear();
            st.focus = None;
            let del = sel.clone();
            cmds.push(Command::edit(
                "cadre.del",
                t!(tx, "cadres-delete-cadres"),
                move |p| {
                    for &i in del.iter().rev() {
                        if i < p.cadres.len() {
                            p.cadres.remove(i);
                        }
                    }
                },
            ));
        }
        if ui.button(t!(tx, "cadres-select-all-shown")).clicked() {
            st.selected = st.rows.iter().copied().collect();
        }
        if !sel.is_empty() && ui.button(t!(tx, "cadres-clear-selection")).clicked() {
            st.selected.clear();
        }
    });
    if st.selected.len() > 1 {
        let sel: Vec<usize> = st.selected.iter().copied().collect();
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(t!(
                        tx,
                        "cadres-bulk-edit-n-selected",
                        n = tx.int(sel.len() as u32)
                    ))
                    .strong(),
                );
                let label = t!(
                    tx,
                    "cadres-bulk-edit-n-cadres",
                    n = tx.int(sel.len() as u32)
                );
                ui.label(t!(tx, "cadres-set-unit"));
                w::set_name(ui, &t!(tx, "cadres-set-unit"));
                if let Some(v) = w::id_combo(ui, "bulk-unit", "", &units, Some("—"), 170.0)
                    .filter(|v| !v.is_empty())
                {
                    let s = sel.clone();
                    cmds.push(Command::edit("cadre.bulk.unit", label.clone(), move |p| {
                        s.iter().for_each(|&i| p.cadres[i].unit = v.clone())
                    }));
                }
                ui.label(t!(tx, "cadres-set-home-zone"));
                w::set_name(ui, &t!(tx, "cadres-set-home-zone"));
                if let Some(v) = w::id_combo(ui, "bulk-zone", "", &zones, Some("—"), 170.0)
                    .filter(|v| !v.is_empty())
                {
                    let s = sel.clone();
                    cmds.push(Command::edit("cadre.bulk.zone", label.clone(), move |p| {
                        s.iter().for_each(|&i| p.cadres[i].zone = v.clone())
                    }));
                }
                ui.label(t!(tx, "cadres-pin-to"));
                w::set_name(ui, &t!(tx, "cadres-pin-to"));
                if let Some(v) = w::id_combo(
                    ui,
                    "bulk-pin",
                    "-",
                    &sites,
                    Some(&t!(tx, "cadres-not-pinned")),
                    170.0,
                ) {
                    let s = sel.clone();
                    cmds.push(Command::edit("cadre.bulk.pin", label.clone(), move |p| {
                        s.iter().for_each(|&i| {
                            p.cadres[i].pinned_site = (!v.is_empty()).then(|| v.clone())
                        })
                    }));
                }
            });
        });
    }
    w::clear_name(ui);
    ui.add_space(4.0);

    // Detail form on the right.
    if let Some(i) = st.focus.filter(|&i| i < plan.cadres.len()) {
        egui::Panel::right("cadre-detail")
            .resizable(true)
            .default_size(380.0)
            .frame(w::side_frame(ui))
            .show(ui, |ui| {
                detail_ui(ui, ctx, i, &units, &zones, &sites, &grades, cmds);
            });
    }
    // Columns widened past the window scroll sideways instead of spilling.
    egui::ScrollArea::horizontal()
        .id_salt("cadres-sideways")
        .show(ui, |ui| {
            table_ui(ui, ctx, st, &units, &zones, &sites, cmds);
        });
}

#[allow(clippy::too_many_arguments)]
fn table_ui(
    ui: &mut Ui,
    ctx: &PanelCtx,
    st: &mut CadresState,
    units: &[(String, String)],
    zones: &[(String, String)],
    sites: &[(String, String)],
    cmds: &mut Vec<Command>,
) {
    let tx = ctx.tx;
    let plan = ctx.plan;
    let mut edits = Edits::new(cmds, |p| &mut p.cadres, "cadre");
    let widths = [90.0, 190.0, 190.0, 140.0, 90.0, 150.0, 170.0];
    let tb = table::row_table(
        ui,
        ("cadres-table", 44.0),
        &widths,
        &st.rows,
        &mut st.scroll_to,
    );
    let mut sort_click = None;
    let mut clicked = None;
    let mut toggled = None;
    let header = |ui: &mut Ui,
                  key: SortKey,
                  text: &str,
                  f: &CadreFilter,
                  out: &mut Option<SortKey>| {
        let arrow = if f.sort == key {
            if f.descending { " ▼" } else { " ▲" }
        } else {
            ""
        };
        if ui
            .add(egui::Button::new(RichText::new(format!("{text}{arrow}")).strong()).frame(false))
            .on_hover_text(t!(tx, "cadres-sort-by-this-column"))
            .clicked()
        {
            *out = Some(key);
        }
    };
    let filter = st.filter.clone();
    let selected = st.selected.clone();
    let rows = &st.rows;
    tb.header(24.0, |mut h| {
        h.col(|_| {});
        h.col(|ui| {
            header(
                ui,
                SortKey::Code,
                &t!(tx, "common-code"),
                &filter,
                &mut sort_click,
            )
        });
        h.col(|ui| {
            header(
                ui,
                SortKey::Name,
                &t!(tx, "common-name"),
                &filter,
                &mut sort_click,
            )
        });
        h.col(|ui| {
            header(
                ui,
                SortKey::Unit,
                &t!(tx, "entity-unit"),
                &filter,
                &mut sort_click,
            )
        });
        h.col(|ui| {
            header(
                ui,
                SortKey::Zone,
                &t!(tx, "cadres-home-zone"),
                &filter,
                &mut sort_click,
            )
        });
        h.col(|ui| {
            header(
                ui,
                SortKey::Birth,
                &t!(tx, "cadres-born"),
                &filter,
                &mut sort_click,
            )
        });
        h.col(|ui| {
            ui.strong(t!(tx, "cadres-survey"));
        });
        h.col(|ui| {
            ui.strong(t!(tx, "cadres-works-today-at"));
        });
    })
    .body(|body| {
        body.rows(26.0, rows.len(), |mut row| {
            let i = rows[row.index()];
            let Some(c) = plan.cadres.get(i) else { return };
            row.set_selected(selected.contains(&i));
            row.col(|ui| {
                let mut on = selected.contains(&i);
                if ui
                    .checkbox(&mut on, "")
                    .accessible_name(format!("{} {}", t!(tx, "cadres-select"), c.code))
                    .changed()
                {
                    toggled = Some(i);
                }
                if ctx.problems.has(EntityKind::Cadre, i) {
                    ui.label(RichText::new("▲").color(w::PROBLEM));
                }
            });
            row.col(|ui| {
                ui.label(&c.code);
            });
            row.col(|ui| {
                w::set_name(ui, &t!(tx, "common-name"));
                let v = w::text(ui, ("cadre-name", i), &c.name, ui.available_width());
                edits.set(i, v, "name", &t!(tx, "cadres-rename-cadre"), |c, v| {
                    c.name = v
                });
            });
            row.col(|ui| {
                w::set_name(ui, &t!(tx, "entity-unit"));
                let width = ui.available_width();
                let v = w::id_combo(ui, ("cadre-unit", i), &c.unit, units, None, width);
                edits.set(i, v, "unit", &t!(tx, "cadres-change-unit"), |c, v| {
                    c.unit = v
                });
            });
            row.col(|ui| {
                w::set_name(ui, &t!(tx, "cadres-home-zone"));
                let width = ui.available_width();
                let v = w::id_combo(ui, ("cadre-zone", i), &c.zone, zones, None, width);
                edits.set(i, v, "zone", &t!(tx, "cadres-change-home-zone"), |c, v| {
                    c.zone = v
                });
            });
            row.col(|ui| {
                ui.label(c.birth_date.map(|d| tx.date(d)).unwrap_or_default());
            });
            row.col(|ui| {
                ui.label(tx.preference(c.preference));
            });
            row.col(|ui| {
                let s = c
                    .current_site
                    .as_deref()
                    .and_then(|s| sites.iter().find(|(id, _)| id == s))
                    .map(|(_, n)| n.as_str())
                    .unwrap_or("—");
                ui.label(s);
            });
            if row.response().clicked() {
                clicked = Some(i);
            }
        });
    });
    w::clear_name(ui);
    if let Some(k) = sort_click {
        if st.filter.sort == k {
            st.filter.descending = !st.filter.descending;
        } else {
            st.filter.sort = k;
            st.filter.descending = false;
        }
    }
    if let Some(i) = toggled {
        if !st.selected.remove(&i) {
            st.selected.insert(i);
        }
        st.focus = Some(i);
        st.anchor = Some(i);
    }
    if let Some(i) = clicked {
        let mods = ui.input(|inp| inp.modifiers);
        st.click(i, mods);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gui::document::Document;

    #[test]
    fn filter_by_unit_and_search_and_sort() -> anyhow::Result<()> {
        let d = Document::sample()?;
        let plan = &d.plan;
        let all = filter_sort(plan, &d.problems, &CadreFilter::default());
        assert_eq!(all.len(), plan.cadres.len());
        let unit = plan.units[0].id.clone();
        let f = CadreFilter {
            unit: Some(unit.clone()),
            sort: SortKey::Code,
            ..CadreFilter::default()
        };
        let rows = filter_sort(plan, &d.problems, &f);
        assert!(!rows.is_empty());
        assert!(rows.iter().all(|&i| plan.cadres[i].unit == unit));
        assert!(
            rows.windows(2)
                .all(|p| plan.cadres[p[0]].code <= plan.cadres[p[1]].code)
        );
        let desc = filter_sort(
            plan,
            &d.problems,
            &CadreFilter {
                descending: true,
                ..f.clone()
            },
        );
        assert_eq!(desc.first(), rows.last());
        let code = plan.cadres[5].code.clone();
        let one = filter_sort(
            plan,
            &d.problems,
            &CadreFilter {
                search: code.to_lowercase(),
                ..CadreFilter::default()
            },
        );
        assert!(one.contains(&5));
        Ok(())
    }

    #[test]
    fn shift_click_selects_a_range_of_shown_rows() {
        let mut st = CadresState {
            rows: vec![4, 2, 9, 7],
            ..CadresState::default()
        };
        st.click(2, egui::Modifiers::NONE);
        st.click(7, egui::Modifiers::SHIFT);
        assert_eq!(st.selected, BTreeSet::from([2, 9, 7]));
        st.click(4, egui::Modifiers::COMMAND);
        assert_eq!(st.selected.len(), 4);
        st.click(9, egui::Modifiers::NONE);
        assert_eq!(st.selected, BTreeSet::from([9]));
    }
}
