//! One cadre's detail form on the Cadres page: every field, editable, with
//! its problems beside it.

use eframe::egui::{self, RichText, Ui};

use super::*;

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
    let pr = |f: &str| ctx.problems.at_field(EntityKind::Cadre, i, f);
    egui::ScrollArea::vertical()
        .id_salt("cadre-detail-scroll")
        .show(ui, |ui| {
            w::heading(ui, &c.name);
            ui.label(RichText::new(&c.code).weak());
            egui::Grid::new("cadre-form")
                .num_columns(2)
                .spacing([12.0, 6.0])
                .show(ui, |ui| {
                    w::form_row(
                        ui,
                        tx,
                        tx.t("Staff code"),
                        tx.t("Unique code of the person (mã cán bộ)"),
                        &pr("code"),
                        |ui| {
                            if let Some(v) = w::text(ui, ("cadre-code-f", i), &c.code, 200.0) {
                                cmds.push(Command::edit(
                                    format!("cadre.{i}.code"),
                                    tx.t("Change staff code"),
                                    move |p| p.cadres[i].code = v,
                                ));
                            }
                        },
                    );
                    w::form_row(ui, tx, tx.t("Name"), "", &pr("name"), |ui| {
                        if let Some(v) = w::text(ui, ("cadre-name-f", i), &c.name, 220.0) {
                            cmds.push(Command::edit(
                                format!("cadre.{i}.name"),
                                tx.t("Rename cadre"),
                                move |p| p.cadres[i].name = v,
                            ));
                        }
                    });
                    w::form_row(ui, tx, tx.t("Unit"), "", &pr("unit"), |ui| {
                        if let Some(v) =
                            w::id_combo(ui, ("cadre-unit-f", i), &c.unit, units, None, 220.0)
                        {
                            cmds.push(Command::edit(
                                format!("cadre.{i}.unit"),
                                tx.t("Change unit"),
                                move |p| p.cadres[i].unit = v,
                            ));
                        }
                    });
                    w::form_row(
                        ui,
                        tx,
                        tx.t("Position"),
                        tx.t("Sets the working area the person is entitled to (Decree 152)"),
                        &pr("grade"),
                        |ui| {
                            if let Some(v) =
                                w::id_combo(ui, ("cadre-grade-f", i), &c.grade, grades, None, 220.0)
                            {
                                cmds.push(Command::edit(
                                    format!("cadre.{i}.grade"),
                                    tx.t("Change position"),
                                    move |p| p.cadres[i].grade = v,
                                ));
                            }
                        },
                    );
                    w::form_row(
                        ui,
                        tx,
                        tx.t("Home zone"),
                        tx.t("Commune or ward where the person lives"),
                        &pr("zone"),
                        |ui| {
                            if let Some(v) =
                                w::id_combo(ui, ("cadre-zone-f", i), &c.zone, zones, None, 220.0)
                            {
                                cmds.push(Command::edit(
                                    format!("cadre.{i}.zone"),
                                    tx.t("Change home zone"),
                                    move |p| p.cadres[i].zone = v,
                                ));
                            }
                        },
                    );
                    w::form_row(ui, tx, tx.t("Born"), "", &pr("birth_date"), |ui| {
                        if let Some(v) = w::date(ui, tx, ("cadre-birth", i), c.birth_date, true) {
                            cmds.push(Command::edit(
                                format!("cadre.{i}.birth"),
                                tx.t("Change birth date"),
                                move |p| p.cadres[i].birth_date = v,
                            ));
                        }
                    });
                    w::form_row(ui, tx, tx.t("Gender"), "", &pr("gender"), |ui| {
                        if let Some(v) = w::enum_combo(
                            ui,
                            ("cadre-gender", i),
                            c.gender,
                            &[Gender::Female, Gender::Male, Gender::Unspecified],
                            |g| tx.gender(g).to_owned(),
                            160.0,
                        ) {
                            cmds.push(Command::edit(
                                format!("cadre.{i}.gender"),
                                tx.t("Change gender"),
                                move |p| p.cadres[i].gender = v,
                            ));
                        }
                    });
                    w::form_row(
                        ui,
                        tx,
                        tx.t("Circumstances"),
                        tx.t("Duties that priority rules protect"),
                        &pr("care"),
                        |ui| {
                            let care = c.care;
                            let mut a = care.child_under_36_months;
                            if ui.checkbox(&mut a, tx.t("Child under 36 months")).changed() {
                                cmds.push(Command::edit(
                                    format!("cadre.{i}.care"),
                                    tx.t("Change circumstances"),
                                    move |p| p.cadres[i].care.child_under_36_months = a,
                                ));
                            }
                            let mut b = care.dependent_elderly;
                            if ui
                                .checkbox(&mut b, tx.t("Cares for an elderly relative"))
                                .changed()
                            {
                                cmds.push(Command::edit(
                                    format!("cadre.{i}.care"),
                                    tx.t("Change circumstances"),
                                    move |p| p.cadres[i].care.dependent_elderly = b,
                                ));
                            }
                            let mut h = care.health;
                            if ui.checkbox(&mut h, tx.t("Health condition")).changed() {
                                cmds.push(Command::edit(
                                    format!("cadre.{i}.care"),
                                    tx.t("Change circumstances"),
                                    move |p| p.cadres[i].care.health = h,
                                ));
                            }
                        },
                    );
                    w::form_row(
                        ui,
                        tx,
                        tx.t("Survey answer"),
                        tx.t("What the person said in the preliminary survey"),
                        &pr("preference"),
                        |ui| {
                            let all = [
                                Preference::DailyCommute,
                                Preference::WeeklyWithHousing,
                                Preference::MoveHome,
                                Preference::None,
                            ];
                            if let Some(v) = w::enum_combo(
                                ui,
                                ("cadre-pref", i),
                                c.preference,
                                &all,
                                |p| tx.preference(p).to_owned(),
                                200.0,
                            ) {
                                cmds.push(Command::edit(
                                    format!("cadre.{i}.pref"),
                                    tx.t("Change survey answer"),
                                    move |p| p.cadres[i].preference = v,
                                ));
                            }
                        },
                    );
                    w::form_row(
                        ui,
                        tx,
                        tx.t("Works today at"),
                        "",
                        &pr("current_site"),
                        |ui| {
                            let cur = c.current_site.clone().unwrap_or_default();
                            if let Some(v) = w::id_combo(
                                ui,
                                ("cadre-cur", i),
                                &cur,
                                sites,
                                Some(tx.t("(none)")),
                                220.0,
                            ) {
                                cmds.push(Command::edit(
                                    format!("cadre.{i}.current"),
                                    tx.t("Change current site"),
                                    move |p| {
                                        p.cadres[i].current_site = (!v.is_empty()).then_some(v)
                                    },
                                ));
                            }
                        },
                    );
                    w::form_row(
                        ui,
                        tx,
                        tx.t("Pinned to"),
                        tx.t("The optimiser must place this person at this headquarters"),
                        &pr("pinned_site"),
                        |ui| {
                            let cur = c.pinned_site.clone().unwrap_or_default();
                            if let Some(v) = w::id_combo(
                                ui,
                                ("cadre-pin", i),
                                &cur,
                                sites,
                                Some(tx.t("(not pinned)")),
                                220.0,
                            ) {
                                cmds.push(Command::edit(
                                    format!("cadre.{i}.pin"),
                                    tx.t("Pin cadre"),
                                    move |p| p.cadres[i].pinned_site = (!v.is_empty()).then_some(v),
                                ));
                            }
                        },
                    );
                    w::form_row(ui, tx, tx.t("Notes"), "", &pr("notes"), |ui| {
                        if let Some(v) = w::multiline(ui, ("cadre-notes", i), &c.notes, 2) {
                            cmds.push(Command::edit(
                                format!("cadre.{i}.notes"),
                                tx.t("Change notes"),
                                move |p| p.cadres[i].notes = v,
                            ));
                        }
                    });
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
