//! Home zones (xã/phường nơi ở) and the travel grid (zones × headquarters):
//! figures derived from coordinates, with manual overrides shown distinctly.

use eframe::egui::{self, RichText, Ui};
use egui_extras::TableBuilder;

use crate::core::file::EntityKind;
use crate::core::plan::{Plan, TransportMode, TravelCell, TravelEntry, Zone};
use crate::gui::i18n::t;

use super::PanelCtx;
use super::app::{Command, ListState};
use super::edits::{Edits, Form};
use super::lists::{self, ListSpec};
use super::table::{self, Columns, Source};
use super::widgets as w;

/// Runtime state of the zones page.
#[derive(Debug, Default)]
pub struct ZonesState {
    /// Zone list.
    pub list: ListState,
    /// Mode shown in the travel grid.
    pub mode: TransportMode,
}

/// The travel figure for one zone, site and mode: the explicit entry if there is
/// one, else derived from coordinates.
pub fn travel_cell(
    plan: &Plan,
    zone: &Zone,
    site_index: usize,
    mode: TransportMode,
) -> Option<TravelCell> {
    let site = plan.sites.get(site_index)?;
    Some(match plan.travel.entry(&zone.id, &site.id, mode) {
        Some(e) => TravelCell::from(e),
        None => plan.travel.derive(zone.location, site.location, mode),
    })
}

/// Number of explicit (manual) travel entries for `mode`.
pub fn overrides_for(plan: &Plan, mode: TransportMode) -> usize {
    plan.travel
        .entries
        .iter()
        .filter(|e| e.mode == mode)
        .count()
}

/// The zones list for the shared list toolbar.
const ZONES: ListSpec<Zone> = ListSpec {
    items: |p| &p.zones,
    items_mut: |p| &mut p.zones,
    key: "zone",
    new_id: "xa-moi",
    labels: |tx| {
        [
            t!(tx, "zones-add-zone"),
            t!(tx, "zones-duplicate-zone"),
            t!(tx, "zones-delete-zone"),
        ]
    },
};

/// The zones page.
pub fn zones_ui(ui: &mut Ui, ctx: &PanelCtx, st: &mut ZonesState, cmds: &mut Vec<Command>) {
    let tx = ctx.tx;
    let plan = ctx.plan;
    w::page_header!(ui, tx, "common-zones-travel", "zones-where-staff-live-and");
    ui.columns(2, |cols| {
        let ui = &mut cols[0];
        w::heading(ui, &t!(tx, "common-home-zones"));
        ui.horizontal(|ui| {
            lists::list_bar_ui(ui, ctx, &ZONES, &mut st.list, cmds, |id| Zone {
                id,
                name: t!(tx, "zones-new-zone"),
                location: plan.zones.last().map(|z| z.location).unwrap_or_default(),
                ..Zone::default()
            });
        });
        let rows = lists::matching_rows(&plan.zones, &st.list.search);
        let move_zone = t!(tx, "zones-move-zone");
        let columns = Columns::<Zone>::default()
            .label(t!(tx, "common-id"), 110.0, |z| z.id.clone())
            .cell(t!(tx, "common-name"), 180.0, |ui, ed, i, z| {
                let v = w::text(ui, ("zone-name", i), &z.name, ui.available_width());
                ed.set(i, v, "name", &t!(tx, "zones-rename-zone"), |z, v| {
                    z.name = v
                });
            })
            .cell(t!(tx, "zones-latitude"), 90.0, |ui, ed, i, z| {
                let v = w::float(ui, z.location.lat, -90.0..=90.0, 0.001, 5, "°");
                ed.set(i, v, "lat", &move_zone, |z, v| z.location.lat = v);
            })
            .cell(t!(tx, "zones-longitude"), 90.0, |ui, ed, i, z| {
                let v = w::float(ui, z.location.lon, -180.0..=180.0, 0.001, 5, "°");
                ed.set(i, v, "lon", &move_zone, |z, v| z.location.lon = v);
            });
        let source = Source {
            id: "zones-table",
            items: &plan.zones,
            kind: EntityKind::Zone,
            height: (0.55, 150.0),
        };
        let mut edits = Edits::new(cmds, ZONES.items_mut, "zone");
        table::entity_table(ui, ctx, source, &columns, &rows, &mut st.list, &mut edits);
        if let Some(i) = st.list.selected.filter(|&i| i < plan.zones.len()) {
            let z = &plan.zones[i];
            let mut form = Form::new(ctx, EntityKind::Zone, i, edits);
            egui::Grid::new("zone-form").num_columns(2).show(ui, |ui| {
                lists::id_form_row(ui, &mut form, &ZONES, (i, z), 200.0);
                form.row(ui, &t!(tx, "common-notes"), "", "notes", |ui, ed| {
                    let v = w::text(ui, ("zone-notes", i), &z.notes, 260.0);
                    ed.set(i, v, "notes", &t!(tx, "common-change-notes"), |z, v| {
                        z.notes = v
                    });
                });
                let probs: Vec<_> = ctx.problems.of(EntityKind::Zone, i).collect();
                if !probs.is_empty() {
                    ui.label("");
                    w::field_problems(ui, tx, &probs);
                    ui.end_row();
                }
            });
        }
        let ui = &mut cols[1];
        travel_grid_ui(ui, ctx, st, cmds);
    });
}

fn travel_grid_ui(ui: &mut Ui, ctx: &PanelCtx, st: &mut ZonesState, cmds: &mut Vec<Command>) {
    let tx = ctx.tx;
    let plan = ctx.plan;
    w::heading(ui, &t!(tx, "zones-travel-grid-one-way"));
    ui.horizontal_wrapped(|ui| {
        ui.label(t!(tx, "common-mode"));
        w::set_name(ui, &t!(tx, "common-mode"));
        if let Some(m) = w::enum_combo(
            ui,
            "travel-mode",
            st.mode,
            &TransportMode::ALL,
            |m| tx.mode(m).to_owned(),
            150.0,
        ) {
            st.mode = m;
        }
        w::set_name(ui, &t!(tx, "zones-road-factor"));
        ui.label(t!(tx, "zones-road-factor"))
            .on_hover_text(t!(tx, "zones-road-distance-divided-by"));
        if let Some(v) = w::float(ui, plan.travel.road_factor, 1.0..=3.0, 0.01, 2, "") {
            cmds.push(Command::edit(
                "travel.road",
                t!(tx, "zones-change-road-factor"),
                move |p| p.travel.road_factor = v,
            ));
        }
        let mode = st.mode;
        let params = plan.travel.params(mode);
        ui.label(t!(tx, "zones-speed"));
        w::set_name(ui, &t!(tx, "zones-speed"));
        if let Some(v) = w::float(ui, params.speed_kmh, 1.0..=200.0, 0.5, 0, " km/h") {
            cmds.push(Command::edit(
                format!("travel.speed.{mode:?}"),
                t!(tx, "zones-change-speed"),
                move |p| set_params(p, mode, |m| m.speed_kmh = v),
            ));
        }
        w::set_name(ui, &t!(tx, "zones-overhead"));
        ui.label(t!(tx, "zones-overhead"))
            .on_hover_text(t!(tx, "zones-minutes-added-to-every"));
        if let Some(v) = w::float(ui, params.overhead_minutes, 0.0..=180.0, 0.5, 0, " min") {
            cmds.push(Command::edit(
                format!("travel.overhead.{mode:?}"),
                t!(tx, "zones-change-overhead"),
                move |p| set_params(p, mode, |m| m.overhead_minutes = v),
            ));
        }
    });
    w::clear_name(ui);
    let n_over = overrides_for(plan, st.mode);
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(format!("◆ {}", t!(tx, "zones-manual-figure")))
                .color(w::ACCENT)
                .strong(),
        );
        ui.label(RichText::new(t!(tx, "zones-derived-from-coordinates")).weak());
        ui.separator();
        let mode = st.mode;
        if ui
            .add_enabled(
                n_over > 0,
                egui::Button::new(t!(tx, "zones-fill-from-coordinates")),
            )
            .on_hover_text(t!(
                tx,
                "zones-replace-n-manual-figures",
                n = tx.int(n_over as u32)
            ))
            .clicked()
        {
            cmds.push(Command::edit(
                "travel.fill",
                t!(tx, "zones-fill-travel-from-coordinates"),
                move |p| p.travel.entries.retain(|e| e.mode != mode),
            ));
        }
    });
    ui.label(
        RichText::new(t!(tx, "zones-click-figure-to-type"))
            .small()
            .weak(),
    );
    let n_sites = plan.sites.len();
    let mut widths = vec![170.0];
    widths.extend(std::iter::repeat_n(120.0, n_sites));
    let tb = TableBuilder::new(ui)
        .id_salt("travel-grid")
        .striped(true)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
    let tb = w::data_columns(tb, &widths);
    let mode = st.mode;
    tb.header(40.0, |mut h| {
        h.col(|ui| {
            ui.strong(t!(tx, "entity-zone"));
        });
        for s in &plan.sites {
            h.col(|ui| {
                ui.add(egui::Label::new(RichText::new(&s.name).strong()).wrap());
            });
        }
    })
    .body(|body| {
        body.rows(24.0, plan.zones.len(), |mut row| {
            let zi = row.index();
            let z = &plan.zones[zi];
            row.col(|ui| {
                ui.label(&z.name);
            });
            for si in 0..n_sites {
                row.col(|ui| {
                    let Some(cell) = travel_cell(plan, z, si, mode) else {
                        return;
                    };
                    let explicit = cell.source == crate::core::plan::TravelSource::Explicit;
                    let mut v = cell.minutes;
                    let mut dv = egui::DragValue::new(&mut v)
                        .range(0.0..=1000.0)
                        .speed(1.0)
                        .max_decimals(0)
                        .suffix(if explicit { " ◆" } else { "" });
                    if explicit {
                        dv = dv.custom_formatter(|x, _| format!("{x:.0}"));
                    }
                    let cell_name = format!("{} → {}", z.name, plan.sites[si].name);
                    let r = ui
                        .scope(|ui| {
                            if explicit {
                                ui.visuals_mut().override_text_color = Some(w::ACCENT);
                            } else {
                                ui.visuals_mut().override_text_color =
                                    Some(ui.visuals().weak_text_color());
                            }
                            ui.add(dv)
                        })
                        .inner
                        .accessible_name(cell_name);
                    let r = r.on_hover_text(t!(
                        tx,
                        "zones-km-km-src",
                        km = tx.num(cell.km, 1),
                        src = if explicit {
                            t!(tx, "zones-manual-figure")
                        } else {
                            t!(tx, "zones-derived-from-coordinates")
                        }
                    ));
                    let zone = z.id.clone();
                    let site = plan.sites[si].id.clone();
                    if r.changed() && v != cell.minutes {
                        let km = cell.km;
                        let cost = cell.cost_vnd;
                        let (zc, sc) = (zone.clone(), site.clone());
                        cmds.push(Command::edit(
                            format!("travel.{zi}.{si}.{mode:?}"),
                            t!(tx, "zones-change-travel-time"),
                            move |p| match p
                                .travel
                                .entries
                                .iter_mut()
                                .rev()
                                .find(|e| e.zone == zc && e.site == sc && e.mode == mode)
                            {
                                Some(e) => e.minutes = v,
                                None => p.travel.entries.push(TravelEntry {
                                    zone: zc,
                                    site: sc,
                                    mode,
                                    minutes: v,
                                    km,
                                    cost_vnd: cost,
                                }),
                            },
                        ));
                    }
                    if explicit {
                        r.context_menu(|ui| {
                            if ui.button(t!(tx, "zones-use-figure-derived-from")).clicked() {
                                cmds.push(Command::edit(
                                    format!("travel.{zi}.{si}.{mode:?}.reset"),
                                    t!(tx, "zones-reset-travel-time"),
                                    move |p| {
                                        p.travel.entries.retain(|e| {
                                            !(e.zone == zone && e.site == site && e.mode == mode)
                                        })
                                    },
                                ));
                                ui.close();
                            }
                        });
                    }
                });
            }
        });
    });
}

fn set_params(
    p: &mut Plan,
    mode: TransportMode,
    f: impl FnOnce(&mut crate::core::plan::travel::ModeParams),
) {
    if !p.travel.modes.iter().any(|m| m.mode == mode) {
        let d = p.travel.params(mode);
        p.travel.modes.push(d);
    }
    if let Some(m) = p.travel.modes.iter_mut().find(|m| m.mode == mode) {
        f(m);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gui::document::Document;

    #[test]
    fn explicit_entries_win_and_are_marked() -> anyhow::Result<()> {
        let mut d = Document::sample()?;
        let plan = &mut d.plan;
        plan.travel.entries.clear();
        let z = plan.zones[0].clone();
        let derived = travel_cell(plan, &z, 0, TransportMode::Bus)
            .ok_or_else(|| anyhow::anyhow!("no cell"))?;
        assert_eq!(derived.source, crate::core::plan::TravelSource::Derived);
        plan.travel.entries.push(TravelEntry {
            zone: z.id.clone(),
            site: plan.sites[0].id.clone(),
            mode: TransportMode::Bus,
            minutes: 7.0,
            km: 1.0,
            cost_vnd: 0.0,
        });
        let cell = travel_cell(plan, &z, 0, TransportMode::Bus)
            .ok_or_else(|| anyhow::anyhow!("no cell"))?;
        assert_eq!(cell.minutes, 7.0);
        assert_eq!(cell.source, crate::core::plan::TravelSource::Explicit);
        assert_eq!(overrides_for(plan, TransportMode::Bus), 1);
        assert_eq!(overrides_for(plan, TransportMode::OwnMeans), 0);
        Ok(())
    }
}
