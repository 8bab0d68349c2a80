//! Transport services: organised buses, train + shuttle, contracted cars and
//! own-means allowances.

use eframe::egui::Ui;

use crate::core::file::EntityKind;
use crate::core::plan::{Plan, TransportMode, TransportService};
use crate::gui::i18n::t;

use super::PanelCtx;
use super::app::{Command, ListState};
use super::edits::{Edits, Form};
use super::lists::{self, ListSpec};
use super::table::{self, Columns, Source};
use super::widgets as w;

/// Daily seats a service can plan: vehicles × seats × round trips × target fill.
pub fn planned_seats(s: &TransportService) -> f64 {
    if s.mode == TransportMode::OwnMeans {
        return f64::INFINITY;
    }
    s.seats_per_day(s.vehicles_available) as f64 * s.target_fill_share
}

/// The transport list for the shared list toolbar.
const SERVICES: ListSpec<TransportService> = ListSpec {
    items: |p| &p.transport,
    items_mut: |p| &mut p.transport,
    key: "svc",
    new_id: "tuyen-moi",
    labels: |tx| {
        [
            t!(tx, "transport-add-transport-service"),
            t!(tx, "transport-duplicate-transport-service"),
            t!(tx, "transport-delete-transport-service"),
        ]
    },
};

/// The transport page.
pub fn transport_ui(ui: &mut Ui, ctx: &PanelCtx, st: &mut ListState, cmds: &mut Vec<Command>) {
    let tx = ctx.tx;
    let plan = ctx.plan;
    w::page_header!(
        ui,
        tx,
        "entity-transport",
        "transport-ways-of-commuting-daily"
    );
    ui.horizontal(|ui| {
        lists::list_bar_ui(ui, ctx, &SERVICES, st, cmds, |id| TransportService {
            id,
            name: t!(tx, "transport-new-service"),
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
    let hired = |s: &TransportService| s.mode != TransportMode::OwnMeans;
    let columns = Columns::<TransportService>::default()
        .cell(t!(tx, "common-name"), 260.0, |ui, ed, i, s| {
            let v = w::text(ui, ("svc-name", i), &s.name, ui.available_width());
            ed.set(
                i,
                v,
                "name",
                &t!(tx, "transport-rename-transport-service"),
                |s, v| {
                    s.name = v;
                },
            );
        })
        .label(t!(tx, "common-mode"), 130.0, |s| tx.mode(s.mode).to_owned())
        .label(t!(tx, "common-to"), 200.0, |s| {
            plan.site(&s.site).map_or(&s.site, |x| &x.name).clone()
        })
        .cell(t!(tx, "common-vehicles"), 80.0, |ui, ed, i, s| {
            if hired(s) {
                let v = w::uint(ui, s.vehicles_available, 10_000);
                ed.set(
                    i,
                    v,
                    "vehicles",
                    &t!(tx, "transport-change-vehicles"),
                    |s, v| {
                        s.vehicles_available = v;
                    },
                );
            }
        })
        .cell(t!(tx, "transport-seats-each"), 80.0, |ui, _, _, s| {
            if hired(s) {
                ui.label(tx.int(s.seats_per_vehicle));
            }
        })
        .label(t!(tx, "common-daily-seats"), 90.0, |s| {
            let seats = planned_seats(s);
            if seats.is_finite() {
                tx.int(seats.floor())
            } else {
                t!(tx, "transport-unlimited")
            }
        })
        .label(t!(tx, "transport-cost-per-person-month"), 150.0, |s| {
            tx.vnd(s.cost_vnd_per_person_month)
        });
    let source = Source {
        id: "transport-table",
        items: &plan.transport,
        kind: EntityKind::Transport,
        height: (0.45, 150.0),
    };
    let mut edits = Edits::new(cmds, SERVICES.items_mut, "svc");
    table::entity_table(ui, ctx, source, &columns, &rows, st, &mut edits);
    lists::selected_form_ui(ui, tx, st, &plan.transport, "svc-form", |ui, (i, s)| {
        let mut form = Form::new(ctx, EntityKind::Transport, i, edits);
        form.grid(ui, "svc-grid", |ui, f| {
            service_form_ui(ui, f, (i, s), (plan, &sites));
        });
    });
}

/// The rows of transport service `i`'s form (vehicle rows only for hired modes).
fn service_form_ui(
    ui: &mut Ui,
    f: &mut Form<'_, '_, TransportService>,
    (i, s): (usize, &TransportService),
    (plan, sites): (&Plan, &[(String, String)]),
) {
    let tx = f.tx;
    lists::id_form_row(ui, f, &SERVICES, (i, s), 240.0);
    f.row(ui, &t!(tx, "common-mode"), "", "mode", |ui, ed| {
        let all = &TransportMode::ALL;
        let v = w::enum_combo(
            ui,
            ("svc-mode", i),
            s.mode,
            all,
            |m| tx.mode(m).to_owned(),
            180.0,
        );
        ed.set(i, v, "mode", &t!(tx, "transport-change-mode"), |s, v| {
            s.mode = v
        });
    });
    let tip = t!(tx, "transport-destination-headquarters");
    let to = (&*t!(tx, "common-to"), &*tip, "site");
    let undo = ("site", &*t!(tx, "transport-change-destination"));
    let editor = |ui: &mut Ui| w::id_combo(ui, ("svc-site", i), &s.site, sites, None, 300.0);
    f.edit(ui, to, undo, editor, |s, v| s.site = v);
    let tip = t!(tx, "transport-home-zones-this-service");
    f.row(
        ui,
        &t!(tx, "transport-zones-served"),
        &tip,
        "zones",
        |ui, ed| {
            ui.horizontal_wrapped(|ui| {
                ui.set_max_width(520.0);
                for z in &plan.zones {
                    let mut on = s.zones.contains(&z.id);
                    let v = ui.checkbox(&mut on, &z.name).changed().then_some(on);
                    let zid = z.id.clone();
                    ed.set(
                        i,
                        v,
                        "zones",
                        &t!(tx, "transport-change-zones-served"),
                        move |s, on| {
                            let zs = &mut s.zones;
                            if on {
                                if !zs.contains(&zid) {
                                    zs.push(zid)
                                }
                            } else {
                                zs.retain(|x| x != &zid)
                            }
                        },
                    );
                }
            });
        },
    );
    if s.mode != TransportMode::OwnMeans {
        let tip = t!(tx, "transport-vehicles-that-can-be");
        let vehicles = (&*t!(tx, "common-vehicles"), &*tip, "vehicles_available");
        let undo = ("vehicles", &*t!(tx, "transport-change-vehicles"));
        let editor = |ui: &mut Ui| w::uint(ui, s.vehicles_available, 10_000);
        f.edit(ui, vehicles, undo, editor, |s, v| s.vehicles_available = v);
        let seats = (&*t!(tx, "transport-seats-each"), "", "seats_per_vehicle");
        let undo = ("seats", &*t!(tx, "transport-change-seats"));
        let editor = |ui: &mut Ui| w::uint(ui, s.seats_per_vehicle, 200);
        f.edit(ui, seats, undo, editor, |s, v| s.seats_per_vehicle = v);
        let label = t!(tx, "transport-round-trips-per-day");
        let trips = (&*label, "", "round_trips_per_day");
        let undo = ("trips", &*t!(tx, "transport-change-round-trips"));
        let editor = |ui: &mut Ui| w::uint(ui, s.round_trips_per_day, 10);
        f.edit(ui, trips, undo, editor, |s, v| s.round_trips_per_day = v);
        let label = t!(tx, "transport-cost-per-vehicle-day");
        let vday = (&*label, "", "cost_vnd_per_vehicle_day");
        let undo = ("vday", &*t!(tx, "common-change-cost"));
        let editor = |ui: &mut Ui| w::money(ui, tx, s.cost_vnd_per_vehicle_day);
        f.edit(ui, vday, undo, editor, |s, v| {
            s.cost_vnd_per_vehicle_day = v
        });
        let tip = t!(tx, "transport-share-of-seats-that");
        let fill = (
            &*t!(tx, "transport-target-seat-fill"),
            &*tip,
            "target_fill_share",
        );
        let undo = ("fill", &*t!(tx, "transport-change-target-fill"));
        let editor = |ui: &mut Ui| w::share_pct(ui, s.target_fill_share);
        f.edit(ui, fill, undo, editor, |s, v| s.target_fill_share = v);
    }
    let (label, tip) = (
        t!(tx, "transport-cost-per-person-month"),
        t!(tx, "transport-ticket-or-allowance-per"),
    );
    let pmonth = (&*label, &*tip, "cost_vnd_per_person_month");
    let undo = ("pmonth", &*t!(tx, "common-change-cost"));
    let editor = |ui: &mut Ui| w::money(ui, tx, s.cost_vnd_per_person_month);
    f.edit(ui, pmonth, undo, editor, |s, v| {
        s.cost_vnd_per_person_month = v
    });
    let tip = t!(tx, "transport-longest-acceptable-one-way");
    let ride = (
        &*t!(tx, "transport-longest-ride"),
        &*tip,
        "max_ride_minutes",
    );
    let undo = ("ride", &*t!(tx, "transport-change-longest-ride"));
    let number = (s.max_ride_minutes, 0.0..=600.0, 1.0, 0, " min");
    f.float(ui, ride, undo, number, |s, v| s.max_ride_minutes = v);
    f.notes(ui, "svc-notes", &s.notes, |s, v| s.notes = v);
}
