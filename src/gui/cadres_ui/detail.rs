//! One cadre's detail form on the Cadres page: every field, editable, with
//! its problems beside it.

use eframe::egui::{self, RichText, Ui};

use super::*;
use crate::core::plan::Care;
use crate::gui::edits::{Edits, Form};
use crate::gui::i18n::t;

#[allow(clippy::too_many_arguments)]
pub(super) fn detail_ui(
    ui: &mut Ui,
    ctx: &PanelCtx,
    i: usize,
    units: &[(String, String)],
    zones: &[(String, String)],
    sites: &[(String, String)],
    grades: &[(String, String)],
    cmds: &mut Vec<Command>,
) {
    let tx = ctx.tx;
    let c = &ctx.plan.cadres[i];
    let edits = Edits::new(cmds, |p| &mut p.cadres, "cadre");
    let mut form = Form::new(ctx, EntityKind::Cadre, i, edits);
    egui::ScrollArea::vertical()
        .id_salt("cadre-detail-scroll")
        .show(ui, |ui| {
            w::heading(ui, &c.name);
            ui.label(RichText::new(&c.code).weak());
            egui::Grid::new("cadre-form")
                .num_columns(2)
                .spacing([12.0, 6.0])
                .show(ui, |ui| {
                    identity_rows(ui, &mut form, (i, c), units, grades, zones);
                    circumstance_rows(ui, &mut form, (i, c), sites);
                });
            let other: Vec<_> = ctx.problems.of(EntityKind::Cadre, i).collect();
            if !other.is_empty() {
                ui.separator();
                for p in other {
                    ui.label(
                        RichText::new(format!(
                            "▲ {}",
                            crate::gui::i18n_problems::problem_text(tx, p)
                        ))
                        .color(w::PROBLEM),
                    );
                }
            }
        });
}

/// Who the person is: code, name, unit, position, home zone, birth, gender.
fn identity_rows(
    ui: &mut Ui,
    f: &mut Form<'_, '_, Cadre>,
    (i, c): (usize, &Cadre),
    units: &[(String, String)],
    grades: &[(String, String)],
    zones: &[(String, String)],
) {
    let tx = f.tx;
    let tip = t!(tx, "cadres-unique-code-of-person");
    let code = (&*t!(tx, "common-staff-code"), &*tip, "code");
    let undo = ("code", &*t!(tx, "cadres-change-staff-code"));
    let editor = |ui: &mut Ui| w::text(ui, ("cadre-code-f", i), &c.code, 200.0);
    f.edit(ui, code, undo, editor, |c, v| c.code = v);
    let name = (&*t!(tx, "common-name"), "", "name");
    let undo = ("name", &*t!(tx, "cadres-rename-cadre"));
    let editor = |ui: &mut Ui| w::text(ui, ("cadre-name-f", i), &c.name, 220.0);
    f.edit(ui, name, undo, editor, |c, v| c.name = v);
    let unit = (&*t!(tx, "entity-unit"), "", "unit");
    let undo = ("unit", &*t!(tx, "cadres-change-unit"));
    let editor = |ui: &mut Ui| w::id_combo(ui, ("cadre-unit-f", i), &c.unit, units, None, 220.0);
    f.edit(ui, unit, undo, editor, |c, v| c.unit = v);
    let tip = t!(tx, "cadres-sets-working-area-person");
    let grade = (&*t!(tx, "common-position"), &*tip, "grade");
    let undo = ("grade", &*t!(tx, "common-change-position"));
    let editor = |ui: &mut Ui| w::id_combo(ui, ("cadre-grade-f", i), &c.grade, grades, None, 220.0);
    f.edit(ui, grade, undo, editor, |c, v| c.grade = v);
    let tip = t!(tx, "cadres-commune-or-ward-where");
    let zone = (&*t!(tx, "cadres-home-zone"), &*tip, "zone");
    let undo = ("zone", &*t!(tx, "cadres-change-home-zone"));
    let editor = |ui: &mut Ui| w::id_combo(ui, ("cadre-zone-f", i), &c.zone, zones, None, 220.0);
    f.edit(ui, zone, undo, editor, |c, v| c.zone = v);
    let born = (&*t!(tx, "cadres-born"), "", "birth_date");
    let undo = ("birth", &*t!(tx, "cadres-change-birth-date"));
    let editor = |ui: &mut Ui| w::date(ui, tx, ("cadre-birth", i), c.birth_date, true);
    f.edit(ui, born, undo, editor, |c, v| c.birth_date = v);
    f.row(ui, &t!(tx, "cadres-gender"), "", "gender", |ui, ed| {
        let all = [Gender::Female, Gender::Male, Gender::Unspecified];
        let label = |g| tx.gender(g).to_owned();
        let v = w::enum_combo(ui, ("cadre-gender", i), c.gender, &all, label, 160.0);
        ed.set(i, v, "gender", &t!(tx, "cadres-change-gender"), |c, v| {
            c.gender = v
        });
    });
}

/// Where one care duty lives in a cadre's circumstances.
type Duty = fn(&mut Care) -> &mut bool;

/// What the rules weigh: care duties, the survey answer, today's site, a pin, notes.
fn circumstance_rows(
    ui: &mut Ui,
    f: &mut Form<'_, '_, Cadre>,
    (i, c): (usize, &Cadre),
    sites: &[(String, String)],
) {
    let tx = f.tx;
    let tip = t!(tx, "cadres-duties-that-priority-rules");
    f.row(
        ui,
        &t!(tx, "cadres-circumstances"),
        &tip,
        "care",
        |ui, ed| {
            let label = t!(tx, "cadres-change-circumstances");
            // Each duty: its checkbox text and where it lives in a cadre.
            let duties: [(&str, Duty); 3] = [
                (&t!(tx, "cadres-child-under-36-months"), |c| {
                    &mut c.child_under_36_months
                }),
                (&t!(tx, "cadres-cares-for-elderly-relative"), |c| {
                    &mut c.dependent_elderly
                }),
                (&t!(tx, "common-health-condition"), |c| &mut c.health),
            ];
            for (text, duty) in duties {
                let mut on = *duty(&mut c.care.clone());
                let v = ui.checkbox(&mut on, text).changed().then_some(on);
                ed.set(i, v, "care", &label, move |c, v| *duty(&mut c.care) = v);
            }
        },
    );
    let tip = t!(tx, "cadres-what-person-said-in");
    f.row(
        ui,
        &t!(tx, "cadres-survey-answer"),
        &tip,
        "preference",
        |ui, ed| {
            let all = [
                Preference::DailyCommute,
                Preference::WeeklyWithHousing,
                Preference::MoveHome,
                Preference::None,
            ];
            let label = |p| tx.preference(p).to_owned();
            let v = w::enum_combo(ui, ("cadre-pref", i), c.preference, &all, label, 200.0);
            ed.set(
                i,
                v,
                "pref",
                &t!(tx, "cadres-change-survey-answer"),
                |c, v| {
                    c.preference = v;
                },
            );
        },
    );
    f.row(
        ui,
        &t!(tx, "cadres-works-today-at"),
        "",
        "current_site",
        |ui, ed| {
            let cur = c.current_site.clone().unwrap_or_default();
            let none = Some(t!(tx, "common-none"));
            let v = w::id_combo(ui, ("cadre-cur", i), &cur, sites, none.as_deref(), 220.0);
            ed.set(
                i,
                v,
                "current",
                &t!(tx, "cadres-change-current-site"),
                |c, v| {
                    c.current_site = (!v.is_empty()).then_some(v);
                },
            );
        },
    );
    let tip = t!(tx, "cadres-optimiser-must-place-this");
    f.row(
        ui,
        &t!(tx, "cadres-pinned-to"),
        &tip,
        "pinned_site",
        |ui, ed| {
            let cur = c.pinned_site.clone().unwrap_or_default();
            let none = Some(t!(tx, "cadres-not-pinned"));
            let v = w::id_combo(ui, ("cadre-pin", i), &cur, sites, none.as_deref(), 220.0);
            ed.set(i, v, "pin", &t!(tx, "common-pin-cadre"), |c, v| {
                c.pinned_site = (!v.is_empty()).then_some(v);
            });
        },
    );
    f.notes(ui, "cadre-notes", &c.notes, |c, v| c.notes = v);
}
