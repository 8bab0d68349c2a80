//! Headquarters (trụ sở): desks, area, location and opening date.

use eframe::egui::Ui;

use crate::core::file::EntityKind;
use crate::core::plan::Site;
use crate::gui::i18n::t;

use super::PanelCtx;
use super::app::{Command, ListState};
use super::edits::{Edits, Form};
use super::lists::{self, ListSpec};
use super::table::{self, Columns, Source};
use super::widgets as w;

/// One row of the headquarters table.
#[derive(Debug, Clone, PartialEq)]
pub struct SiteRow {
    /// Index in the plan.
    pub index: usize,
    /// People working there today.
    pub staff_today: usize,
    /// Working area per desk, m².
    pub m2_per_desk: f64,
}

/// Rows matching `search`, in plan order, with derived figures.
pub fn site_rows(ctx: &PanelCtx, search: &str) -> Vec<SiteRow> {
    lists::matching_rows(&ctx.plan.sites, search)
        .into_iter()
        .filter_map(|index| Some((index, ctx.plan.sites.get(index)?)))
        .map(|(index, s)| SiteRow {
            index,
            staff_today: ctx
                .plan
                .cadres
                .iter()
                .filter(|c| c.current_site.as_deref() == Some(s.id.as_str()))
                .count(),
            m2_per_desk: if s.desks > 0 {
                s.area_m2 / f64::from(s.desks)
            } else {
                0.0
            },
        })
        .collect()
}

/// The headquarters list for the shared list toolbar.
pub const SITES: ListSpec<Site> = ListSpec {
    items: |p| &p.sites,
    items_mut: |p| &mut p.sites,
    key: "site",
    new_id: "tru-so-moi",
    labels: |tx| {
        [
            t!(tx, "sites-add-headquarters"),
            t!(tx, "sites-duplicate-headquarters"),
            t!(tx, "sites-delete-headquarters"),
        ]
    },
};

/// The headquarters page.
pub fn sites_ui(ui: &mut Ui, ctx: &PanelCtx, st: &mut ListState, cmds: &mut Vec<Command>) {
    let tx = ctx.tx;
    w::page_header!(ui, tx, "entity-site", "sites-where-staff-can-work");
    ui.horizontal(|ui| {
        lists::list_bar_ui(ui, ctx, &SITES, st, cmds, |id| Site {
            id,
            name: t!(tx, "sites-new-headquarters"),
            common_use_share: 0.3,
            ..Site::default()
        });
    });
    let rows = site_rows(ctx, &st.search);
    let order: Vec<usize> = rows.iter().map(|r| r.index).collect();
    let row_of = |i| rows.iter().find(|r: &&SiteRow| r.index == i);
    let columns = Columns::<Site>::default()
        .label(t!(tx, "common-id"), 130.0, |s| s.id.clone())
        .cell(t!(tx, "common-name"), 300.0, |ui, ed, i, s| {
            let v = w::text(ui, ("site-name", i), &s.name, ui.available_width());
            ed.set(
                i,
                v,
                "name",
                &t!(tx, "sites-rename-headquarters"),
                |s, v| s.name = v,
            );
        })
        .cell(t!(tx, "common-desks"), 80.0, |ui, ed, i, s| {
            let v = w::uint(ui, s.desks, 1_000_000);
            ed.set(i, v, "desks", &t!(tx, "sites-change-desks"), |s, v| {
                s.desks = v
            });
        })
        .cell(t!(tx, "sites-area-m2"), 100.0, |ui, ed, i, s| {
            let v = w::float(ui, s.area_m2, 0.0..=1e7, 10.0, 0, "");
            ed.set(i, v, "area", &t!(tx, "sites-change-area"), |s, v| {
                s.area_m2 = v
            });
        })
        .cell(t!(tx, "sites-m2-per-desk"), 90.0, |ui, _, i, _| {
            ui.label(tx.num(row_of(i).map(|r| r.m2_per_desk).unwrap_or(0.0), 1));
        })
        .cell(t!(tx, "sites-staff-today"), 90.0, |ui, _, i, _| {
            ui.label(tx.int(row_of(i).map(|r| r.staff_today).unwrap_or(0) as u32));
        })
        .label(t!(tx, "sites-opens"), 100.0, |s| {
            s.opens
                .map(|d| tx.date(d))
                .unwrap_or_else(|| t!(tx, "sites-open-now"))
        });
    let source = Source {
        id: "sites-table",
        items: &ctx.plan.sites,
        kind: EntityKind::Site,
        height: (0.45, 160.0),
    };
    let mut edits = Edits::new(cmds, SITES.items_mut, "site");
    table::entity_table(ui, ctx, source, &columns, &order, st, &mut edits);
    lists::selected_form_ui(ui, tx, st, &ctx.plan.sites, "site-form", |ui, (i, s)| {
        let mut form = Form::new(ctx, EntityKind::Site, i, edits);
        form.grid(ui, "site-form-grid", |ui, f| site_form_ui(ui, f, (i, s)));
    });
}

/// The rows of headquarters `i`'s form.
fn site_form_ui(ui: &mut Ui, f: &mut Form<'_, '_, Site>, (i, s): (usize, &Site)) {
    let tx = f.tx;
    lists::id_form_row(ui, f, &SITES, (i, s), 240.0);
    let name = (&*t!(tx, "common-name"), "", "name");
    let undo = ("name", &*t!(tx, "sites-rename-headquarters"));
    let editor = |ui: &mut Ui| w::text(ui, ("site-name-f", i), &s.name, 420.0);
    f.edit(ui, name, undo, editor, |s, v| s.name = v);
    let address = (&*t!(tx, "sites-address"), "", "address");
    let undo = ("address", &*t!(tx, "sites-change-address"));
    let editor = |ui: &mut Ui| w::text(ui, ("site-addr", i), &s.address, 420.0);
    f.edit(ui, address, undo, editor, |s, v| s.address = v);
    let tip = t!(tx, "sites-latitude-and-longitude-in");
    f.row(ui, &t!(tx, "sites-location"), &tip, "location", |ui, ed| {
        ui.horizontal(|ui| {
            let label = t!(tx, "sites-move-headquarters");
            ui.label(t!(tx, "sites-lat"));
            let v = w::float(ui, s.location.lat, -90.0..=90.0, 0.001, 5, "°");
            ed.set(i, v, "lat", &label, |s, v| s.location.lat = v);
            ui.label(t!(tx, "sites-lon"));
            let v = w::float(ui, s.location.lon, -180.0..=180.0, 0.001, 5, "°");
            ed.set(i, v, "lon", &label, |s, v| s.location.lon = v);
        });
    });
    let tip = t!(tx, "sites-number-of-work-places");
    let desks = (&*t!(tx, "common-desks"), &*tip, "desks");
    let undo = ("desks", &*t!(tx, "sites-change-desks"));
    let editor = |ui: &mut Ui| w::uint(ui, s.desks, 1_000_000);
    f.edit(ui, desks, undo, editor, |s, v| s.desks = v);
    let tip = t!(tx, "sites-usable-working-area-common");
    let area = (&*t!(tx, "sites-area-m2"), &*tip, "area_m2");
    let undo = ("area", &*t!(tx, "sites-change-area"));
    let number = (s.area_m2, 0.0..=1e7, 10.0, 0, " m²");
    f.float(ui, area, undo, number, |s, v| s.area_m2 = v);
    let tip = t!(tx, "sites-part-of-area-kept");
    let common = (
        &*t!(tx, "sites-common-use-share"),
        &*tip,
        "common_use_share",
    );
    let undo = ("common", &*t!(tx, "sites-change-common-use-share"));
    let editor = |ui: &mut Ui| w::share_pct(ui, s.common_use_share);
    f.edit(ui, common, undo, editor, |s, v| s.common_use_share = v);
    let tip = t!(tx, "sites-first-day-site-can");
    let opens = (&*t!(tx, "sites-opens"), &*tip, "opens");
    let undo = ("opens", &*t!(tx, "sites-change-opening-date"));
    let editor = |ui: &mut Ui| w::date(ui, tx, ("site-opens", i), s.opens, true);
    f.edit(ui, opens, undo, editor, |s, v| s.opens = v);
    f.notes(ui, "site-notes", &s.notes, |s, v| s.notes = v);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gui::document::Document;
    use crate::gui::i18n::{Lang, Tr};

    #[test]
    fn rows_filter_by_folded_name_and_count_staff_today() -> anyhow::Result<()> {
        let d = Document::sample()?;
        let ctx = PanelCtx {
            plan: &d.plan,
            problems: &d.problems,
            tx: Tr::new(Lang::En),
            revision: 0,
            scenario: None,
            focus_search: false,
        };
        let all = site_rows(&ctx, "");
        assert_eq!(all.len(), d.plan.sites.len());
        let total: usize = all.iter().map(|r| r.staff_today).sum();
        let with_site = d
            .plan
            .cadres
            .iter()
            .filter(|c| c.current_site.is_some())
            .count();
        assert_eq!(total, with_site);
        let first = &d.plan.sites[0].name;
        let needle: String = w::fold(first).chars().take(6).collect();
        assert!(site_rows(&ctx, &needle).iter().any(|r| r.index == 0));
        assert!(site_rows(&ctx, "zzzz-no-such").is_empty());
        Ok(())
    }
}
