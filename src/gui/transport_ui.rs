//! Transport services: organised buses, train + shuttle, contracted cars and
//! own-means allowances.

use eframe::egui::{self, Ui};

use crate::core::file::EntityKind;
use crate::core::plan::{TransportMode, TransportService};

use super::PanelCtx;
use super::app::{Command, ListState};
use super::lists::{self, ListSpec};
use super::widgets as w;

/// Daily seats a service can plan: vehicles × seats × round trips × target fill.
pub fn planned_seats(s: &TransportService) -> f64 {
    if s.mode == TransportMode::OwnMeans {
        return f64::INFINITY;
    }
    f64::from(s.vehicles_available)
        * f64::from(s.seats_per_vehicle)
        * f64::from(s.round_trips_per_day)
        * s.target_fill_share
}

/// The transport list for the shared list toolbar.
const SERVICES: ListSpec<TransportService> = ListSpec {
    items: |p| &p.transport,
    items_mut: |p| &mut p.transport,
    key: "svc",
    new_id: "tuyen-moi",
    labels: [
        "Add transport service",
        "Duplicate transport service",
        "Delete transport service",
    ],
};

/// The transport page.
pub fn transport_ui(ui: &mut Ui, ctx: &PanelCtx, st: &mut ListState, cmds: &mut Vec<Command>) {
    let tx = ctx.tx;
    let plan = ctx.plan;
    w::page_header(
        ui,
        tx.t("Transport"),
        tx.t("Ways of commuting daily to a headquarters, with their vehicles and costs."),
    );
    ui.horizontal(|ui| {
        lists::list_bar_ui(ui, ctx, &SERVICES, st, cmds, |id| TransportService {
            id,
            name: tx.t("New service").to_owned(),
            site: plan.sites.first().map(|s| s.id.clone()).unwrap_or_default(),
            vehicles_available: 1,
            seats_per_vehicle: 45,
            round_trips_per_day: 1,
            target_fill_share: 0.85,
            max_ride_minutes: 90.0,
            ..TransportService::default()
        });
    });
    let rows = lists::matching_rows(&plan.transport, &st.search);
    let sites = lists::options(&plan.sites);
    let h = (ui.available_height() * 0.45).max(150.0);
    ui.allocate_ui(egui::vec2(ui.available_width(), h), |ui| {
        w::entity_table(
            ui,
            "transport-table",
            &[
                tx.t("Name"),
                tx.t("Mode"),
                tx.t("To"),
                tx.t("Vehicles"),
                tx.t("Seats each"),
                tx.t("Daily seats"),
                tx.t("Cost per person-month"),
            ],
            &[260.0, 130.0, 200.0, 80.0, 80.0, 90.0, 150.0],
            &rows,
            st,
            |i| ctx.problems.has(EntityKind::Transport, i),
            |ui, i, c| {
                let Some(s) = plan.transport.get(i) else {
                    return;
                };
                match c {
                    0 => {
                        if let Some(v) = w::text(ui, ("svc-name", i), &s.name, ui.available_width())
                        {
                            cmds.push(Command::edit(
                                format!("svc.{i}.name"),
                                tx.t("Rename transport service"),
                                move |p| p.transport[i].name = v,
                            ));
                        }
                    }
                    1 => {
                        ui.label(tx.mode(s.mode));
                    }
                    2 => {
                        ui.label(
                            plan.site(&s.site)
                                .map(|x| x.name.as_str())
                                .unwrap_or(&s.site),
                        );
                    }
                    3 => {
                        if s.mode != TransportMode::OwnMeans
                            && let Some(v) = w::uint(ui, s.vehicles_available, 10_000)
                        {
                            cmds.push(Command::edit(
                                format!("svc.{i}.vehicles"),
                                tx.t("Change vehicles"),
                                move |p| p.transport[i].vehicles_available = v,
                            ));
                        }
                    }
                    4 => {
                        if s.mode != TransportMode::OwnMeans {
                            ui.label(tx.int(s.seats_per_vehicle));
                        }
                    }
                    5 => {
                        let seats = planned_seats(s);
                        ui.label(if seats.is_finite() {
                            tx.int(seats.floor())
                        } else {
                            tx.t("unlimited").to_owned()
                        });
                    }
                    _ => {
                        ui.label(tx.vnd(s.cost_vnd_per_person_month));
                    }
                }
            },
        );
    });
    ui.separator();
    let Some((i, s)) = lists::selected_entry(ui, tx, st, &plan.transport) else {
        return;
    };
    egui::ScrollArea::vertical().id_salt("svc-form").show(ui, |ui| {
        w::heading(ui, &s.name);
        let pr = |f: &str| ctx.problems.at_field(EntityKind::Transport, i, f);
        egui::Grid::new("svc-grid").num_columns(2).spacing([16.0, 6.0]).show(ui, |ui| {
            w::form_row(ui, tx, tx.t("Id"), tx.t("Stable identifier used by other entries; change with care"), &pr("id"), |ui| {
                if let Some(v) = w::text(ui, ("svc-id", i), &s.id, 240.0) {
                    cmds.push(Command::edit(format!("svc.{i}.id"), tx.t("Change id"), move |p| p.transport[i].id = v));
                }
            });
            w::form_row(ui, tx, tx.t("Mode"), "", &pr("mode"), |ui| {
                if let Some(v) = w::enum_combo(ui, ("svc-mode", i), s.mode, &TransportMode::ALL, |m| tx.mode(m).to_owned(), 180.0) {
                    cmds.push(Command::edit(format!("svc.{i}.mode"), tx.t("Change mode"), move |p| p.transport[i].mode = v));
                }
            });
            w::form_row(ui, tx, tx.t("To"), tx.t("Destination headquarters"), &pr("site"), |ui| {
                if let Some(v) = w::id_combo(ui, ("svc-site", i), &s.site, &sites, None, 300.0) {
                    cmds.push(Command::edit(format!("svc.{i}.site"), tx.t("Change destination"), move |p| p.transport[i].site = v));
                }
            });
            w::form_row(ui, tx, tx.t("Zones served"), tx.t("Home zones this service picks up from; none ticked means every zone"), &pr("zones"), |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.set_max_width(520.0);
                    for z in &plan.zones {
                        let mut on = s.zones.contains(&z.id);
                        if ui.checkbox(&mut on, &z.name).changed() {
                            let zid = z.id.clone();
                            cmds.push(Command::edit(format!("svc.{i}.zones"), tx.t("Change zones served"), move |p| {
                                let zs = &mut p.transport[i].zones;
                                if on { if !zs.contains(&zid) { zs.push(zid) } } else { zs.retain(|x| x != &zid) }
                            }));
                        }
                    }
                });
            });
            if s.mode != TransportMode::OwnMeans {
                w::form_row(ui, tx, tx.t("Vehicles"), tx.t("Vehicles that can be hired"), &pr("vehicles_available"), |ui| {
                    if let Some(v) = w::uint(ui, s.vehicles_available, 10_000) {
                        cmds.push(Command::edit(format!("svc.{i}.vehicles"), tx.t("Change vehicles"), move |p| p.transport[i].vehicles_available = v));
                    }
                });
                w::form_row(ui, tx, tx.t("Seats each"), "", &pr("seats_per_vehicle"), |ui| {
                    if let Some(v) = w::uint(ui, s.seats_per_vehicle, 200) {
                        cmds.push(Command::edit(format!("svc.{i}.seats"), tx.t("Change seats"), move |p| p.transport[i].seats_per_vehicle = v));
                    }
                });
                w::form_row(ui, tx, tx.t("Round trips per day"), "", &pr("round_trips_per_day"), |ui| {
                    if let Some(v) = w::uint(ui, s.round_trips_per_day, 10) {
                        cmds.push(Command::edit(format!("svc.{i}.trips"), tx.t("Change round trips"), move |p| p.transport[i].round_trips_per_day = v));
                    }
                });
                w::form_row(ui, tx, tx.t("Cost per vehicle-day"), "", &pr("cost_vnd_per_vehicle_day"), |ui| {
                    if let Some(v) = w::money(ui, tx, s.cost_vnd_per_vehicle_day) {
                        cmds.push(Command::edit(format!("svc.{i}.vday"), tx.t("Change cost"), move |p| p.transport[i].cost_vnd_per_vehicle_day = v));
                    }
                });
                w::form_row(ui, tx, tx.t("Target seat fill"), tx.t("Share of seats that may be planned, leaving room for last-minute changes"), &pr("target_fill_share"), |ui| {
                    if let Some(v) = w::share_pct(ui, s.target_fill_share) {
                        cmds.push(Command::edit(format!("svc.{i}.fill"), tx.t("Change target fill"), move |p| p.transport[i].target_fill_share = v));
                    }
                });
            }
            w::form_row(ui, tx, tx.t("Cost per person-month"), tx.t("Ticket or allowance per rider per month"), &pr("cost_vnd_per_person_month"), |ui| {
                if let Some(v) = w::money(ui, tx, s.cost_vnd_per_person_month) {
                    cmds.push(Command::edit(format!("svc.{i}.pmonth"), tx.t("Change cost"), move |p| p.transport[i].cost_vnd_per_person_month = v));
                }
            });
            w::form_row(ui, tx, tx.t("Longest ride"), tx.t("Longest acceptable one-way ride"), &pr("max_ride_minutes"), |ui| {
                if let Some(v) = w::float(ui, s.max_ride_minutes, 0.0..=600.0, 1.0, 0, " min") {
                    cmds.push(Command::edit(format!("svc.{i}.ride"), tx.t("Change longest ride"), move |p| p.transport[i].max_ride_minutes = v));
                }
            });
            w::form_row(ui, tx, tx.t("Notes"), "", &pr("notes"), |ui| {
                if let Some(v) = w::multiline(ui, ("svc-notes", i), &s.notes, 2) {
                    cmds.push(Command::edit(format!("svc.{i}.notes"), tx.t("Change notes"), move |p| p.transport[i].notes = v));
                }
            });
        });
    });
}
