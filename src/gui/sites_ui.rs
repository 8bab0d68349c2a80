//! Headquarters (trụ sở): desks, area, location and opening date.

use eframe::egui::{self, Ui};

use crate::core::file::EntityKind;
use crate::core::plan::Site;

use super::PanelCtx;
use super::app::{Command, ListState};
use super::lists::{self, ListSpec};
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
    labels: [
        "Add headquarters",
        "Duplicate headquarters",
        "Delete headquarters",
    ],
};

/// The headquarters page.
pub fn sites_ui(ui: &mut Ui, ctx: &PanelCtx, st: &mut ListState, cmds: &mut Vec<Command>) {
    let tx = ctx.tx;
    w::page_header(
        ui,
        tx.t("Headquarters"),
        tx.t("Where staff can work: desks, working area and the date each site can be used."),
    );
    ui.horizontal(|ui| {
        lists::list_bar_ui(ui, ctx, &SITES, st, cmds, |id| Site {
            id,
            name: tx.t("New headquarters").to_owned(),
            common_use_share: 0.3,
            ..Site::default()
        });
    });
    let rows = site_rows(ctx, &st.search);
    let order: Vec<usize> = rows.iter().map(|r| r.index).collect();
    let table_h = (ui.available_height() * 0.45).max(160.0);
    ui.allocate_ui(egui::vec2(ui.available_width(), table_h), |ui| {
        w::entity_table(
            ui,
            "sites-table",
            &[
                tx.t("Id"),
                tx.t("Name"),
                tx.t("Desks"),
                tx.t("Area (m²)"),
                tx.t("m² per desk"),
                tx.t("Staff today"),
                tx.t("Opens"),
            ],
            &[130.0, 300.0, 80.0, 100.0, 90.0, 90.0, 100.0],
            &order,
            st,
            |i| ctx.problems.has(EntityKind::Site, i),
            |ui, i, c| {
                let Some(s) = ctx.plan.sites.get(i) else {
                    return;
                };
                let row = rows.iter().find(|r| r.index == i);
                match c {
                    0 => {
                        ui.label(&s.id);
                    }
                    1 => {
                        if let Some(v) =
                            w::text(ui, ("site-name", i), &s.name, ui.available_width())
                        {
                            cmds.push(Command::edit(
                                format!("site.{i}.name"),
                                tx.t("Rename headquarters"),
                                move |p| p.sites[i].name = v,
                            ));
                        }
                    }
                    2 => {
                        if let Some(v) = w::uint(ui, s.desks, 1_000_000) {
                            cmds.push(Command::edit(
                                format!("site.{i}.desks"),
                                tx.t("Change desks"),
                                move |p| p.sites[i].desks = v,
                            ));
                        }
                    }
                    3 => {
                        if let Some(v) = w::float(ui, s.area_m2, 0.0..=1e7, 10.0, 0, "") {
                            cmds.push(Command::edit(
                                format!("site.{i}.area"),
                                tx.t("Change area"),
                                move |p| p.sites[i].area_m2 = v,
                            ));
                        }
                    }
                    4 => {
                        ui.label(tx.num(row.map(|r| r.m2_per_desk).unwrap_or(0.0), 1));
                    }
                    5 => {
                        ui.label(tx.int(row.map(|r| r.staff_today).unwrap_or(0) as u32));
                    }
                    _ => {
                        ui.label(
                            s.opens
                                .map(|d| tx.date(d))
                                .unwrap_or_else(|| tx.t("Open now").to_owned()),
                        );
                    }
                }
            },
        );
    });
    ui.separator();
    let Some((i, s)) = lists::selected_entry(ui, tx, st, &ctx.plan.sites) else {
        return;
    };
    egui::ScrollArea::vertical().id_salt("site-form").show(ui, |ui| {
        w::heading(ui, &s.name);
        let pr = |f: &str| ctx.problems.at_field(EntityKind::Site, i, f);
        egui::Grid::new("site-form-grid").num_columns(2).spacing([16.0, 6.0]).show(ui, |ui| {
            w::form_row(ui, tx, tx.t("Id"), tx.t("Stable identifier used by other entries; change with care"), &pr("id"), |ui| {
                if let Some(v) = w::text(ui, ("site-id", i), &s.id, 240.0) {
                    cmds.push(Command::edit(format!("site.{i}.id"), tx.t("Change id"), move |p| p.sites[i].id = v));
                }
            });
            w::form_row(ui, tx, tx.t("Name"), "", &pr("name"), |ui| {
                if let Some(v) = w::text(ui, ("site-name-f", i), &s.name, 420.0) {
                    cmds.push(Command::edit(format!("site.{i}.name"), tx.t("Rename headquarters"), move |p| p.sites[i].name = v));
                }
            });
            w::form_row(ui, tx, tx.t("Address"), "", &pr("address"), |ui| {
                if let Some(v) = w::text(ui, ("site-addr", i), &s.address, 420.0) {
                    cmds.push(Command::edit(format!("site.{i}.address"), tx.t("Change address"), move |p| p.sites[i].address = v));
                }
            });
            w::form_row(ui, tx, tx.t("Location"), tx.t("Latitude and longitude in degrees; used to derive travel times"), &pr("location"), |ui| {
                ui.horizontal(|ui| {
                    ui.label(tx.t("lat"));
                    if let Some(v) = w::float(ui, s.location.lat, -90.0..=90.0, 0.001, 5, "°") {
                        cmds.push(Command::edit(format!("site.{i}.lat"), tx.t("Move headquarters"), move |p| p.sites[i].location.lat = v));
                    }
                    ui.label(tx.t("lon"));
                    if let Some(v) = w::float(ui, s.location.lon, -180.0..=180.0, 0.001, 5, "°") {
                        cmds.push(Command::edit(format!("site.{i}.lon"), tx.t("Move headquarters"), move |p| p.sites[i].location.lon = v));
                    }
                });
            });
            w::form_row(ui, tx, tx.t("Desks"), tx.t("Number of work places (chỗ làm việc)"), &pr("desks"), |ui| {
                if let Some(v) = w::uint(ui, s.desks, 1_000_000) {
                    cmds.push(Command::edit(format!("site.{i}.desks"), tx.t("Change desks"), move |p| p.sites[i].desks = v));
                }
            });
            w::form_row(ui, tx, tx.t("Area (m²)"), tx.t("Usable working area, common-use area included"), &pr("area_m2"), |ui| {
                if let Some(v) = w::float(ui, s.area_m2, 0.0..=1e7, 10.0, 0, " m²") {
                    cmds.push(Command::edit(format!("site.{i}.area"), tx.t("Change area"), move |p| p.sites[i].area_m2 = v));
                }
            });
            w::form_row(ui, tx, tx.t("Common-use share"), tx.t("Part of the area kept for meeting rooms, archives… (Decree 152 allows up to 50%)"), &pr("common_use_share"), |ui| {
                if let Some(v) = w::share_pct(ui, s.common_use_share) {
                    cmds.push(Command::edit(format!("site.{i}.common"), tx.t("Change common-use share"), move |p| p.sites[i].common_use_share = v));
                }
            });
            w::form_row(ui, tx, tx.t("Opens"), tx.t("First day the site can be used; empty means already open"), &pr("opens"), |ui| {
                if let Some(v) = w::date(ui, tx, ("site-opens", i), s.opens, true) {
                    cmds.push(Command::edit(format!("site.{i}.opens"), tx.t("Change opening date"), move |p| p.sites[i].opens = v));
                }
            });
            w::form_row(ui, tx, tx.t("Notes"), "", &pr("notes"), |ui| {
                if let Some(v) = w::multiline(ui, ("site-notes", i), &s.notes, 2) {
                    cmds.push(Command::edit(format!("site.{i}.notes"), tx.t("Change notes"), move |p| p.sites[i].notes = v));
                }
            });
        });
    });
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
