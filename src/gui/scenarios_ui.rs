//! Scenarios (phương án): what-if variants of the plan — create from another,
//! duplicate, rename, delete, and edit their changes to the base plan.

use eframe::egui::{self, RichText, Ui};

use crate::core::file::EntityKind;
use crate::core::plan::{
    HousingOverride, Plan, Scenario, ServiceOverride, SiteOverride, TravelFactor,
};
use crate::gui::i18n::t;

use super::PanelCtx;
use super::app::{Command, ListState};
use super::edits::{Edits, Form};
use super::solver::Solver;
use super::table::{self, Columns, Source};
use super::widgets as w;

/// Runtime state of the scenarios page.
#[derive(Debug, Default)]
pub struct ScenariosState {
    /// Scenario list.
    pub list: ListState,
}

/// Number of what-if changes a scenario makes.
pub fn change_count(s: &Scenario) -> usize {
    let o = &s.overrides;
    let r = &o.rules;
    o.sites.len()
        + o.housing.len()
        + o.transport.len()
        + o.travel.len()
        + o.travel_factors.len()
        + usize::from(r.max_daily_commute_minutes.is_some())
        + usize::from(r.monthly_budget_vnd.is_some())
        + usize::from(r.weights.is_some())
        + usize::from(r.site_shares.is_some())
}

/// A copy of scenario `i` under a fresh id and name.
pub fn copy_of(plan: &Plan, i: usize, suffix: &str) -> Option<Scenario> {
    let s = plan.scenarios.get(i)?;
    let mut c = s.clone();
    c.id = w::fresh_id(
        &format!("{}-copy", s.id),
        plan.scenarios.iter().map(|s| s.id.as_str()),
    );
    c.name = format!("{} ({suffix})", s.name);
    Some(c)
}

/// The scenarios page.
pub fn scenarios_ui(
    ui: &mut Ui,
    ctx: &PanelCtx,
    st: &mut ScenariosState,
    solver: &Solver,
    cmds: &mut Vec<Command>,
) {
    let tx = ctx.tx;
    let plan = ctx.plan;
    w::page_header!(ui, tx, "common-scenarios", "scenarios-variants-of-plan-to");
    ui.horizontal(|ui| {
        if ui
            .button(format!("+ {}", t!(tx, "scenarios-new-scenario")))
            .on_hover_text(t!(tx, "scenarios-scenario-with-no-changes"))
            .clicked()
        {
            let id = w::fresh_id(
                "phuong-an-moi",
                plan.scenarios.iter().map(|s| s.id.as_str()),
            );
            let name = t!(tx, "scenarios-new-scenario");
            st.list.selected = Some(plan.scenarios.len());
            cmds.push(Command::edit(
                "sc.add",
                t!(tx, "scenarios-add-scenario"),
                move |p| {
                    p.scenarios.push(Scenario {
                        id,
                        name,
                        ..Scenario::default()
                    })
                },
            ));
        }
        let sel = st.list.selected.filter(|&i| i < plan.scenarios.len());
        if ui
            .add_enabled(sel.is_some(), egui::Button::new(t!(tx, "common-duplicate")))
            .on_hover_text(t!(tx, "scenarios-create-new-scenario-starting"))
            .clicked()
            && let Some(c) = sel.and_then(|i| copy_of(plan, i, &t!(tx, "scenarios-copy")))
        {
            st.list.selected = Some(plan.scenarios.len());
            cmds.push(Command::edit(
                "sc.dup",
                t!(tx, "scenarios-duplicate-scenario"),
                move |p| p.scenarios.push(c),
            ));
        }
        if ui
            .add_enabled(
                sel.is_some() && plan.scenarios.len() > 1,
                egui::Button::new(t!(tx, "common-delete")),
            )
            .on_hover_text(t!(tx, "common-delete-selected-row-undo"))
            .clicked()
            && let Some(i) = sel
        {
            st.list.selected = None;
            cmds.push(Command::edit(
                "sc.del",
                t!(tx, "scenarios-delete-scenario"),
                move |p| {
                    p.scenarios.remove(i);
                },
            ));
        }
        if ui
            .add_enabled(
                sel.is_some(),
                egui::Button::new(format!("▶ {}", t!(tx, "scenarios-solve-this-scenario"))),
            )
            .clicked()
            && let Some(s) = sel.and_then(|i| plan.scenarios.get(i))
        {
            cmds.push(Command::SelectScenario(s.id.clone()));
            cmds.push(Command::Solve);
        }
    });
    let rows: Vec<usize> = (0..plan.scenarios.len()).collect();
    let columns = Columns::<Scenario>::default()
        .cell(t!(tx, "common-name"), 320.0, |ui, ed, i, s| {
            let current = ctx.scenario == Some(s.id.as_str());
            let v = w::text(ui, ("sc-name", i), &s.name, 280.0);
            ed.set(
                i,
                v,
                "name",
                &t!(tx, "scenarios-rename-scenario"),
                |s, v| s.name = v,
            );
            if current {
                ui.label(RichText::new("●").color(w::ACCENT))
                    .on_hover_text(t!(tx, "scenarios-current-scenario"));
            }
        })
        .label(t!(tx, "scenarios-from"), 100.0, |s| tx.date(s.start))
        .label(t!(tx, "common-to"), 100.0, |s| tx.date(s.end))
        .label(t!(tx, "scenarios-changes"), 80.0, |s| {
            tx.int(change_count(s) as u32)
        })
        .cell(
            t!(tx, "scenarios-result"),
            200.0,
            |ui, _, _, s| match solver.results.get(&s.id) {
                Some(r) => {
                    let mut t = super::results_ui::status_label(tx, r).to_owned();
                    if r.is_stale(ctx.revision) {
                        t.push_str(&format!(" · {}", t!(tx, "common-out-of-date")));
                    }
                    ui.label(t);
                }
                None => {
                    ui.label(RichText::new(t!(tx, "common-not-solved-yet")).weak());
                }
            },
        );
    let source = Source {
        id: "scenarios-table",
        items: &plan.scenarios,
        kind: EntityKind::Scenario,
        height: (0.35, 140.0),
    };
    let mut edits = Edits::new(cmds, |p| &mut p.scenarios, "sc");
    table::entity_table(ui, ctx, source, &columns, &rows, &mut st.list, &mut edits);
    ui.separator();
    let Some(i) = st.list.selected.filter(|&i| i < plan.scenarios.len()) else {
        ui.label(RichText::new(t!(tx, "common-select-row-to-see")).weak());
        return;
    };
    form_ui(ui, ctx, i, cmds);
}

fn form_ui(ui: &mut Ui, ctx: &PanelCtx, i: usize, cmds: &mut Vec<Command>) {
    let tx = ctx.tx;
    let plan = ctx.plan;
    let s = &plan.scenarios[i];
    egui::ScrollArea::vertical()
        .id_salt("sc-form")
        .show(ui, |ui| {
            w::heading(ui, &s.name);
            let edits = Edits::new(&mut *cmds, |p| &mut p.scenarios, "sc");
            let mut form = Form::new(ctx, EntityKind::Scenario, i, edits);
            form.grid(ui, "sc-grid", |ui, f| identity_rows(ui, f, ctx, (i, s)));

            w::heading(ui, &t!(tx, "scenarios-headquarters-in-this-scenario"));
            egui::Grid::new("sc-sites")
                .num_columns(4)
                .striped(true)
                .spacing([12.0, 4.0])
                .show(ui, |ui| {
                    ui.strong(t!(tx, "entity-site"));
                    ui.strong(t!(tx, "common-desks"));
                    ui.strong(t!(tx, "scenarios-closed"));
                    ui.label("");
                    ui.end_row();
                    for site in &plan.sites {
                        w::set_name(ui, &site.name);
                        let ov = s.overrides.sites.iter().find(|o| o.site == site.id);
                        ui.label(&site.name);
                        let desks = ov.and_then(|o| o.desks);
                        let tip = t!(tx, "scenarios-base-plan-n", n = tx.int(site.desks));
                        if let Some(v) = count_override_ui(
                            ui,
                            (&t!(tx, "scenarios-change"), &tip),
                            desks,
                            site.desks,
                            1_000_000,
                        ) {
                            let sid = site.id.clone();
                            cmds.push(Command::edit(
                                format!("sc.{i}.site.{sid}.desks"),
                                t!(tx, "scenarios-change-scenario"),
                                move |p| site_ov(p, i, &sid, |o| o.desks = v),
                            ));
                        }
                        let mut closed = ov.is_some_and(|o| o.closed);
                        if ui
                            .checkbox(&mut closed, "")
                            .accessible_name(t!(tx, "scenarios-closed"))
                            .on_hover_text(t!(tx, "scenarios-site-is-not-used"))
                            .changed()
                        {
                            let sid = site.id.clone();
                            cmds.push(Command::edit(
                                format!("sc.{i}.site.{sid}.closed"),
                                t!(tx, "scenarios-change-scenario"),
                                move |p| site_ov(p, i, &sid, |o| o.closed = closed),
                            ));
                        }
                        ui.label("");
                        ui.end_row();
                    }
                });

            w::heading(ui, &t!(tx, "scenarios-transport-in-this-scenario"));
            egui::Grid::new("sc-svc")
                .num_columns(3)
                .striped(true)
                .spacing([12.0, 4.0])
                .show(ui, |ui| {
                    for svc in &plan.transport {
                        w::set_name(ui, &svc.name);
                        let ov = s.overrides.transport.iter().find(|o| o.service == svc.id);
                        ui.label(&svc.name);
                        let mut disabled = ov.is_some_and(|o| o.disabled);
                        if ui
                            .checkbox(&mut disabled, t!(tx, "scenarios-does-not-run"))
                            .changed()
                        {
                            let id = svc.id.clone();
                            cmds.push(Command::edit(
                                format!("sc.{i}.svc.{id}.off"),
                                t!(tx, "scenarios-change-scenario"),
                                move |p| svc_ov(p, i, &id, |o| o.disabled = disabled),
                            ));
                        }
                        let veh = ov.and_then(|o| o.vehicles_available);
                        if let Some(v) = count_override_ui(
                            ui,
                            (&t!(tx, "scenarios-other-number-of-vehicles"), ""),
                            veh,
                            svc.vehicles_available,
                            10_000,
                        ) {
                            let id = svc.id.clone();
                            cmds.push(Command::edit(
                                format!("sc.{i}.svc.{id}.veh"),
                                t!(tx, "scenarios-change-scenario"),
                                move |p| svc_ov(p, i, &id, |o| o.vehicles_available = v),
                            ));
                        }
                        ui.end_row();
                    }
                });

            w::heading(ui, &t!(tx, "scenarios-housing-in-this-scenario"));
            egui::Grid::new("sc-h")
                .num_columns(2)
                .striped(true)
                .spacing([12.0, 4.0])
                .show(ui, |ui| {
                    for h in &plan.housing {
                        w::set_name(ui, &h.name);
                        let ov = s.overrides.housing.iter().find(|o| o.housing == h.id);
                        ui.label(&h.name);
                        let beds = ov.and_then(|o| o.beds);
                        if let Some(v) = count_override_ui(
                            ui,
                            (&t!(tx, "scenarios-other-number-of-beds"), ""),
                            beds,
                            h.beds,
                            100_000,
                        ) {
                            let id = h.id.clone();
                            cmds.push(Command::edit(
                                format!("sc.{i}.h.{id}.beds"),
                                t!(tx, "scenarios-change-scenario"),
                                move |p| housing_ov(p, i, &id, |o| o.beds = v),
                            ));
                        }
                        ui.end_row();
                    }
                });

            w::heading(ui, &t!(tx, "scenarios-faster-or-slower-travel"));
            ui.label(RichText::new(t!(tx, "scenarios-multiply-travel-minutes-to")).weak());
            let sites: Vec<(String, String)> = plan
                .sites
                .iter()
                .map(|s| (s.id.clone(), s.name.clone()))
                .collect();
            egui::Grid::new("sc-tf")
                .num_columns(3)
                .striped(true)
                .spacing([12.0, 4.0])
                .show(ui, |ui| {
                    for (k, f) in s.overrides.travel_factors.iter().enumerate() {
                        w::set_name(ui, &t!(tx, "scenarios-faster-or-slower-travel"));
                        if let Some(v) =
                            w::id_combo(ui, ("tf-site", k), &f.site, &sites, None, 260.0)
                        {
                            cmds.push(Command::edit(
                                format!("sc.{i}.tf.{k}.site"),
                                t!(tx, "scenarios-change-scenario"),
                                move |p| p.scenarios[i].overrides.travel_factors[k].site = v,
                            ));
                        }
                        if let Some(v) = w::float(ui, f.minutes_factor, 0.05..=5.0, 0.01, 2, " ×")
                        {
                            cmds.push(Command::edit(
                                format!("sc.{i}.tf.{k}.f"),
                                t!(tx, "scenarios-change-scenario"),
                                move |p| {
                                    p.scenarios[i].overrides.travel_factors[k].minutes_factor = v
                                },
                            ));
                        }
                        if ui.button(t!(tx, "common-remove")).clicked() {
                            cmds.push(Command::edit(
                                "sc.tf.del",
                                t!(tx, "scenarios-change-scenario"),
                                move |p| {
                                    p.scenarios[i].overrides.travel_factors.remove(k);
                                },
                            ));
                        }
                        ui.end_row();
                    }
                });
            if ui
                .button(format!("+ {}", t!(tx, "scenarios-add-travel-factor")))
                .clicked()
            {
                let site = plan.sites.first().map(|s| s.id.clone()).unwrap_or_default();
                cmds.push(Command::edit(
                    "sc.tf.add",
                    t!(tx, "scenarios-change-scenario"),
                    move |p| {
                        p.scenarios[i].overrides.travel_factors.push(TravelFactor {
                            site,
                            mode: None,
                            minutes_factor: 0.6,
                        })
                    },
                ));
            }
            w::clear_name(ui);
            let other: Vec<_> = ctx.problems.of(EntityKind::Scenario, i).collect();
            if !other.is_empty() {
                ui.separator();
                for p in other {
                    ui.label(RichText::new(format!("▲ {p}")).color(w::PROBLEM));
                }
            }
        });
}

fn site_ov(p: &mut Plan, i: usize, site: &str, f: impl FnOnce(&mut SiteOverride)) {
    let list = &mut p.scenarios[i].overrides.sites;
    if !list.iter().any(|o| o.site == site) {
        list.push(SiteOverride {
            site: site.to_owned(),
            ..SiteOverride::default()
        });
    }
    if let Some(o) = list.iter_mut().find(|o| o.site == site) {
        f(o);
    }
    list.retain(|o| o.desks.is_some() || o.area_m2.is_some() || o.opens.is_some() || o.closed);
}

fn svc_ov(p: &mut Plan, i: usize, id: &str, f: impl FnOnce(&mut ServiceOverride)) {
    let list = &mut p.scenarios[i].overrides.transport;
    if !list.iter().any(|o| o.service == id) {
        list.push(ServiceOverride {
            service: id.to_owned(),
            ..ServiceOverride::default()
        });
    }
    if let Some(o) = list.iter_mut().find(|o| o.service == id) {
        f(o);
    }
    list.retain(|o| {
        o.disabled
            || o.vehicles_available.is_some()
            || o.cost_vnd_per_person_month.is_some()
            || o.cost_vnd_per_vehicle_day.is_some()
    });
}

fn housing_ov(p: &mut Plan, i: usize, id: &str, f: impl FnOnce(&mut HousingOverride)) {
    let list = &mut p.scenarios[i].overrides.housing;
    if !list.iter().any(|o| o.housing == id) {
        list.push(HousingOverride {
            housing: id.to_owned(),
            ..HousingOverride::default()
        });
    }
    if let Some(o) = list.iter_mut().find(|o| o.housing == id) {
        f(o);
    }
    list.retain(|o| {
        o.beds.is_some() || o.cost_vnd_per_bed_month.is_some() || o.available_from.is_some()
    });
}

/// The rows of scenario `i`'s form: id, period, baseline, notes.
fn identity_rows(
    ui: &mut Ui,
    f: &mut Form<'_, '_, Scenario>,
    ctx: &PanelCtx,
    (i, s): (usize, &Scenario),
) {
    let tx = f.tx;
    let plan = ctx.plan;
    let tip = t!(tx, "common-stable-identifier-used-by");
    f.row(ui, &t!(tx, "common-id"), &tip, "id", |ui, ed| {
        let v = w::text(ui, ("sc-id", i), &s.id, 240.0);
        ed.set(i, v, "id", &t!(tx, "common-change-id"), |s, v| s.id = v);
    });
    let tip = t!(tx, "scenarios-period-scenario-plans-for");
    f.row(ui, &t!(tx, "scenarios-period"), &tip, "start", |ui, ed| {
        ui.horizontal(|ui| {
            let label = t!(tx, "scenarios-change-period");
            let v = w::date(ui, tx, ("sc-start", i), Some(s.start), false).flatten();
            ed.set(i, v, "start", &label, |s, v| s.start = v);
            ui.label("—");
            let v = w::date(ui, tx, ("sc-end", i), Some(s.end), false).flatten();
            ed.set(i, v, "end", &label, |s, v| s.end = v);
        });
        let end = ctx.problems.at_field(EntityKind::Scenario, i, "end");
        w::field_problems(ui, tx, &end);
    });
    let others: Vec<(String, String)> = plan
        .scenarios
        .iter()
        .filter(|o| o.id != s.id)
        .map(|o| (o.id.clone(), o.name.clone()))
        .collect();
    let tip = t!(tx, "scenarios-scenario-whose-result-should");
    f.row(
        ui,
        &t!(tx, "scenarios-baseline"),
        &tip,
        "baseline",
        |ui, ed| {
            let cur = s.baseline.clone().unwrap_or_default();
            let none = Some(t!(tx, "common-none"));
            let v = w::id_combo(ui, ("sc-base", i), &cur, &others, none.as_deref(), 300.0);
            ed.set(
                i,
                v,
                "base",
                &t!(tx, "scenarios-change-baseline"),
                |s, v| {
                    s.baseline = (!v.is_empty()).then_some(v);
                },
            );
        },
    );
    f.notes(ui, "sc-notes", &s.notes, |s, v| s.notes = v);
}

/// A scenario's override of a count beside its base value: a checkbox `label`
/// (with `tip` on hover unless empty; ticking it starts the override at
/// `base`) and, when ticked, the number up to `max`. Returns the new override
/// (None: back to the base plan) when the person changed it.
fn count_override_ui(
    ui: &mut Ui,
    (label, tip): (&str, &str),
    current: Option<u32>,
    base: u32,
    max: u32,
) -> Option<Option<u32>> {
    ui.horizontal(|ui| {
        let mut on = current.is_some();
        let r = ui.checkbox(&mut on, label);
        let r = if tip.is_empty() {
            r
        } else {
            r.on_hover_text(tip)
        };
        let mut out = r.changed().then(|| on.then_some(base));
        if let Some(n) = current
            && let Some(v) = w::uint(ui, n, max)
        {
            out = Some(Some(v));
        }
        out
    })
    .inner
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gui::document::Document;

    #[test]
    fn copy_gets_a_fresh_id_and_site_override_is_removed_when_empty() -> anyhow::Result<()> {
        let mut d = Document::sample()?;
        let c = copy_of(&d.plan, 0, "copy").ok_or_else(|| anyhow::anyhow!("no scenario"))?;
        assert!(d.plan.scenarios.iter().all(|s| s.id != c.id));
        assert_eq!(c.overrides, d.plan.scenarios[0].overrides);
        d.plan.scenarios.push(c);
        let i = d.plan.scenarios.len() - 1;
        let site = d.plan.sites[0].id.clone();
        let before = d.plan.scenarios[i].overrides.sites.len();
        site_ov(&mut d.plan, i, &site, |o| o.closed = true);
        site_ov(&mut d.plan, i, &site, |o| o.closed = false);
        let has = d.plan.scenarios[i]
            .overrides
            .sites
            .iter()
            .any(|o| o.site == site && o.closed);
        assert!(!has);
        assert!(d.plan.scenarios[i].overrides.sites.len() <= before.max(1));
        Ok(())
    }
}
