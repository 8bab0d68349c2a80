//! The Cadres tab of the results: the filtered cadre table, and one cadre's
//! explanation (computed on a worker thread), pins, tries and hand moves.

use eframe::egui::{self, RichText, Ui};
use egui_extras::{Column, TableBuilder};

use super::*;
use crate::core::job::Job;
use crate::gui::i18n::t;
use crate::gui::solver::repainter;

pub(super) fn cadres_tab_ui(
    ui: &mut Ui,
    ctx: &PanelCtx,
    st: &mut ResultsState,
    res: &ScenarioResult,
    sc: &str,
    backend: &Backend,
    cmds: &mut Vec<Command>,
) {
    let tx = ctx.tx;
    let plan = ctx.plan;
    let sol = &res.solution;
    if st.code_index_rev != Some(ctx.revision) {
        st.code_index = plan
            .cadres
            .iter()
            .enumerate()
            .map(|(i, c)| (c.code.clone(), i))
            .collect();
        st.code_index_rev = Some(ctx.revision);
        st.rows_key = None;
    }
    let sites: Vec<(String, String)> = plan
        .sites
        .iter()
        .map(|s| (s.id.clone(), s.name.clone()))
        .collect();
    ui.horizontal_wrapped(|ui| {
        w::search(ui, tx, &mut st.filter.search, ctx.focus_search);
        ui.label(t!(tx, "entity-site"));
        w::set_name(ui, &t!(tx, "entity-site"));
        if let Some(v) = w::id_combo(
            ui,
            "res-f-site",
            st.filter.site.as_deref().unwrap_or_default(),
            &sites,
            Some(&t!(tx, "common-all")),
            200.0,
        ) {
            st.filter.site = (!v.is_empty()).then_some(v);
        }
        let kinds = [None, Some(true), Some(false)];
        w::set_name(ui, &t!(tx, "results-way-to-work"));
        if let Some(v) = w::enum_combo(
            ui,
            "res-f-kind",
            st.filter.daily,
            &kinds,
            |k| match k {
                None => t!(tx, "common-all"),
                Some(true) => t!(tx, "common-daily-commute"),
                Some(false) => t!(tx, "common-weekly-with-housing"),
            },
            170.0,
        ) {
            st.filter.daily = v;
        }
        w::clear_name(ui);
        ui.checkbox(
            &mut st.filter.disrupted_only,
            t!(tx, "results-only-people-whose-headquarters"),
        );
    });
    let key = (sc.to_owned(), st.filter.clone());
    if st.rows_key.as_ref() != Some(&key) {
        st.rows = filter_assignments(plan, sol, &st.filter, &st.code_index);
        st.rows_key = Some(key);
    }
    ui.label(t!(
        tx,
        "common-shown-of-total-shown",
        shown = tx.int(st.rows.len() as u32),
        total = tx.int(sol.assignments.len() as u32)
    ));
    if let Some(code) = st.selected.clone() {
        egui::Panel::right("explain-panel")
            .resizable(true)
            .default_size(480.0)
            .frame(w::side_frame(ui))
            .show(ui, |ui| {
                explanation_ui(ui, ctx, st, Shown { res, sc, backend }, &code, cmds);
            });
    }
    let mut clicked = None;
    ui.style_mut().interaction.selectable_labels = false;
    let wd = w::fit_widths(ui, 0.0, &[80.0, 170.0, 190.0, 230.0, 70.0, 70.0, 40.0]);
    TableBuilder::new(ui)
        .id_salt("res-cadres")
        .striped(true)
        .sense(egui::Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::exact(wd[0]).clip(true))
        .column(Column::exact(wd[1]).clip(true))
        .column(Column::exact(wd[2]).clip(true))
        .column(Column::exact(wd[3]).clip(true))
        .column(Column::exact(wd[4]).clip(true))
        .column(Column::exact(wd[5]).clip(true))
        .column(Column::exact(wd[6]).clip(true))
        .header(22.0, |mut h| {
            for t in [
                t!(tx, "common-code"),
                t!(tx, "common-name"),
                t!(tx, "entity-site"),
                t!(tx, "results-way-to-work"),
                t!(tx, "results-today"),
                t!(tx, "results-then"),
                String::new(),
            ] {
                h.col(|ui| {
                    ui.strong(t);
                });
            }
        })
        .body(|body| {
            body.rows(24.0, st.rows.len(), |mut row| {
                let Some(a) = sol.assignments.get(st.rows[row.index()]) else {
                    return;
                };
                row.set_selected(st.selected.as_deref() == Some(a.code.as_str()));
                let name = st
                    .code_index
                    .get(&a.code)
                    .and_then(|&i| plan.cadres.get(i))
                    .map(|c| c.name.as_str())
                    .unwrap_or("");
                row.col(|ui| {
                    ui.label(&a.code);
                });
                row.col(|ui| {
                    ui.label(name);
                });
                row.col(|ui| {
                    ui.label(site_name(plan, &a.site));
                });
                row.col(|ui| {
                    ui.label(arrangement_text(tx, plan, &a.arrangement));
                });
                row.col(|ui| {
                    ui.label(
                        a.commute_minutes_before
                            .map(|m| tx.minutes(m))
                            .unwrap_or_else(|| "—".into()),
                    );
                });
                row.col(|ui| {
                    ui.label(tx.minutes(a.commute_minutes_after));
                });
                row.col(|ui| {
                    let mut marks = String::new();
                    let mut tips = Vec::new();
                    if res.is_kept_by_hand(&a.code) {
                        marks.push('◆');
                        tips.push(t!(tx, "results-kept-by-hand-pinned"));
                    } else if a.pinned {
                        marks.push('●');
                        tips.push(t!(tx, "results-pinned"));
                    }
                    if a.disrupted {
                        marks.push('↔');
                        tips.push(t!(tx, "results-headquarters-changes"));
                    }
                    if a.preference_mismatch {
                        marks.push('≠');
                        tips.push(t!(tx, "results-survey-answer-not-met"));
                    }
                    if !marks.is_empty() {
                        ui.label(marks).on_hover_text(tips.join("\n"));
                    }
                });
                if row.response().clicked() {
                    clicked = Some(a.code.clone());
                }
            });
        });
    if let Some(c) = clicked {
        st.selected = Some(c);
        st.preview = None;
    }
}

/// An explanation being computed: a [`Job`] without progress whose result is
/// the optimiser's `explain`.
pub(super) type ExplainWork = Job<(), Result<Option<Explanation>, SolveError>>;

/// The result shown, its scenario, and the optimiser functions that explain
/// and evaluate it.
#[derive(Clone, Copy)]
struct Shown<'a> {
    res: &'a ScenarioResult,
    sc: &'a str,
    backend: &'a Backend,
}

/// Starts explaining `code` on a worker thread; the frame keeps drawing and
/// polls the result (the worker asks for a repaint when it is done).
fn start_explain(ctx: &egui::Context, shown: Shown<'_>, code: &str) -> ExplainJob {
    let Shown { res, sc, backend } = shown;
    let explain = backend.explain;
    let checked = res.checked.clone();
    let baseline = res.baseline.clone();
    let solution = res.solution.clone();
    let (sc, code) = (sc.to_owned(), code.to_owned());
    ExplainJob::Running(Job::spawn(
        "hq-explain",
        repainter(Some(ctx.clone())),
        move |_| explain(&checked, &sc, baseline.as_ref(), &solution, &code),
    ))
}

fn explanation_ui(
    ui: &mut Ui,
    ctx: &PanelCtx,
    st: &mut ResultsState,
    shown: Shown<'_>,
    code: &str,
    cmds: &mut Vec<Command>,
) {
    let Shown { res, sc, backend } = shown;
    let tx = ctx.tx;
    let plan = ctx.plan;
    let lang = tx.lang;
    let names = reasons::Names::new(plan, lang);
    let sol = &res.solution;
    if st.explanation.as_ref().is_none_or(|(c, _)| c != code) {
        st.explanation = Some((code.to_owned(), start_explain(ui.ctx(), shown, code)));
    }
    if let Some((_, job)) = st.explanation.as_mut()
        && let ExplainJob::Running(work) = job
    {
        match work.poll(|()| {}) {
            Some(Ok(Ok(e))) => *job = ExplainJob::Done(e),
            Some(Ok(Err(e))) => {
                cmds.push(Command::Status(e.to_string()));
                *job = ExplainJob::Done(None);
            }
            // A worker that could not start or stopped has nothing to show.
            Some(Err(_)) => *job = ExplainJob::Done(None),
            None => {}
        }
    }
    let cadre_idx = st.code_index.get(code).copied();
    let cadre = cadre_idx.and_then(|i| plan.cadres.get(i));
    egui::ScrollArea::vertical()
        .id_salt("explain-scroll")
        .show(ui, |ui| {
            w::heading(
                ui,
                &cadre
                    .map(|c| c.name.clone())
                    .unwrap_or_else(|| code.to_owned()),
            );
            ui.label(RichText::new(code).weak());
            let Some(a) = sol.assignments.iter().find(|a| a.code == code) else {
                return;
            };
            ui.label(
                RichText::new(format!(
                    "{} · {}",
                    site_name(plan, &a.site),
                    arrangement_text(tx, plan, &a.arrangement)
                ))
                .strong(),
            );
            ui.label(t!(
                tx,
                "results-commute-m-today-b",
                m = tx.minutes(a.commute_minutes_after),
                b = a
                    .commute_minutes_before
                    .map(|m| tx.minutes(m))
                    .unwrap_or_else(|| "—".into()),
                c = tx.vnd(a.cost_vnd_per_month)
            ));
            if res.is_kept_by_hand(code) {
                ui.label(
                    RichText::new(format!(
                        "◆ {}",
                        t!(
                            tx,
                            "results-kept-by-hand-pinned-to-site",
                            site = site_name(plan, &a.site)
                        )
                    ))
                    .color(w::ACCENT)
                    .strong(),
                );
            }
            ui.horizontal(|ui| {
                if let Some(i) = cadre_idx {
                    let pinned = plan.cadres[i].pinned_site.is_some();
                    if pinned {
                        if ui
                            .button(t!(tx, "results-unpin"))
                            .on_hover_text(t!(tx, "results-let-optimiser-choose-this"))
                            .clicked()
                        {
                            cmds.push(Command::edit(
                                format!("cadre.{i}.pin"),
                                t!(tx, "results-unpin-cadre"),
                                move |p| p.cadres[i].pinned_site = None,
                            ));
                        }
                    } else {
                        let site = a.site.clone();
                        if ui
                            .button(t!(tx, "results-pin-here"))
                            .on_hover_text(t!(tx, "results-keep-this-person-at"))
                            .clicked()
                        {
                            cmds.push(Command::edit(
                                format!("cadre.{i}.pin"),
                                t!(tx, "common-pin-cadre"),
                                move |p| p.cadres[i].pinned_site = Some(site),
                            ));
                        }
                    }
                    let unit = plan.cadres[i].unit.clone();
                    let pins: Vec<(usize, String)> = sol
                        .assignments
                        .iter()
                        .filter_map(|x| {
                            st.code_index
                                .get(&x.code)
                                .filter(|&&j| plan.cadres.get(j).is_some_and(|c| c.unit == unit))
                                .map(|&j| (j, x.site.clone()))
                        })
                        .collect();
                    if ui
                        .button(t!(tx, "results-pin-whole-unit"))
                        .on_hover_text(t!(tx, "results-keep-every-member-of"))
                        .clicked()
                    {
                        cmds.push(Command::edit(
                            "cadre.pin.unit",
                            t!(tx, "results-pin-unit"),
                            move |p| {
                                for (j, s) in pins {
                                    if let Some(c) = p.cadres.get_mut(j) {
                                        c.pinned_site = Some(s);
                                    }
                                }
                            },
                        ));
                    }
                    if ui.button(t!(tx, "results-unpin-unit")).clicked() {
                        cmds.push(Command::edit(
                            "cadre.unpin.unit",
                            t!(tx, "results-unpin-unit-2"),
                            move |p| {
                                p.cadres
                                    .iter_mut()
                                    .filter(|c| c.unit == unit)
                                    .for_each(|c| c.pinned_site = None)
                            },
                        ));
                    }
                }
            });
            // The effect of a tried move comes first, where the eye is.
            let mut forget = false;
            if let Some(p) = st.preview.as_ref().filter(|p| p.code == code) {
                ui.separator();
                w::heading(ui, &t!(tx, "results-effect-of-this-move"));
                if let Some(d) = p.objective_delta {
                    let color = if d > 0.0 { w::PROBLEM } else { w::GOOD };
                    ui.label(
                        RichText::new(t!(
                            tx,
                            "results-objective-changes-by-d",
                            d = format!("{}{}", if d > 0.0 { "+" } else { "" }, tx.num(d, 0)),
                            pct = tx.pct(if sol.objective.abs() > 0.0 {
                                d / sol.objective.abs()
                            } else {
                                0.0
                            })
                        ))
                        .color(color)
                        .strong(),
                    );
                }
                ui.label(t!(
                    tx,
                    "results-monthly-cost-c",
                    c = tx.vnd(p.solution.kpis.cost.total_vnd)
                ));
                if p.violations.is_empty() {
                    ui.label(RichText::new(t!(tx, "results-no-rule-is-broken")).color(w::GOOD));
                } else {
                    for v in &p.violations {
                        let tag = if v.hard {
                            t!(tx, "results-hard-rule-broken")
                        } else {
                            t!(tx, "results-soft-rule-broken")
                        };
                        let text = reasons::violation_sentence(v, &names, lang);
                        ui.label(RichText::new(format!("▲ {tag}: {text}")).color(if v.hard {
                            w::PROBLEM
                        } else {
                            w::ACCENT
                        }));
                    }
                }
                // The plan can pin a site only: say so when the move changes just the way to work.
                if p.solution
                    .assignments
                    .iter()
                    .any(|x| x.code == code && x.site == a.site)
                {
                    ui.add(
                        egui::Label::new(
                            RichText::new(t!(tx, "results-keeping-pins-headquarters-only")).weak(),
                        )
                        .wrap(),
                    );
                }
                ui.horizontal(|ui| {
                    let hard = p.violations.iter().any(|v| v.hard);
                    if ui
                        .add_enabled(!hard, egui::Button::new(t!(tx, "results-keep-this-move")))
                        .on_hover_text(t!(tx, "results-pin-this-person-where"))
                        .on_disabled_hover_text(t!(tx, "results-move-that-breaks-hard"))
                        .clicked()
                    {
                        cmds.push(Command::KeepHandMove {
                            scenario: sc.to_owned(),
                            solution: Box::new(p.solution.clone()),
                            code: p.code.clone(),
                        });
                    }
                    if ui.button(t!(tx, "results-forget-it")).clicked() {
                        forget = true;
                    }
                });
            }
            if forget {
                st.preview = None;
            }
            ui.separator();
            match st.explanation() {
                None if st.is_explaining() => {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label(
                            RichText::new(t!(tx, "results-weighing-this-person-other")).weak(),
                        );
                    });
                }
                None => {
                    ui.label(RichText::new(t!(tx, "results-no-explanation-is-available")).weak());
                }
                Some(e) => {
                    w::heading(ui, &t!(tx, "results-why-here"));
                    if e.reasons.is_empty() {
                        ui.add(
                            egui::Label::new(format!("• {}", reasons::no_reason_sentence(lang)))
                                .wrap(),
                        );
                    }
                    for r in &e.reasons {
                        ui.add(
                            egui::Label::new(format!(
                                "• {}",
                                reasons::reason_sentence(r, &names, lang)
                            ))
                            .wrap(),
                        );
                    }
                    w::heading(ui, &t!(tx, "results-other-options-and-why"));
                    let alts = e.alternatives.clone();
                    for (k, alt) in alts.iter().enumerate() {
                        egui::Frame::group(ui.style())
                            .inner_margin(8)
                            .show(ui, |ui| {
                                ui.set_width(ui.available_width());
                                ui.horizontal(|ui| {
                                    ui.vertical(|ui| {
                                        ui.label(
                                            RichText::new(site_name(plan, &alt.site)).strong(),
                                        );
                                        ui.label(arrangement_text(tx, plan, &alt.arrangement));
                                        let mut facts = vec![
                                            tx.minutes(alt.commute_minutes),
                                            t!(
                                                tx,
                                                "results-c-per-month",
                                                c = tx.vnd(alt.cost_vnd_per_month)
                                            ),
                                        ];
                                        if let Some(d) = alt.objective_delta {
                                            facts.push(t!(
                                                tx,
                                                "results-objective-d",
                                                d = format!(
                                                    "{}{}",
                                                    if d > 0.0 { "+" } else { "" },
                                                    tx.num(d, 0)
                                                )
                                            ));
                                        }
                                        ui.label(RichText::new(facts.join(" · ")).small());
                                    });
                                    ui.with_layout(
                                        egui::Layout::right_to_left(egui::Align::Center),
                                        |ui| {
                                            if ui
                                                .push_id(k, |ui| ui.button(t!(tx, "results-try")))
                                                .inner
                                                .on_hover_text(t!(
                                                    tx,
                                                    "results-see-effect-of-moving"
                                                ))
                                                .clicked()
                                            {
                                                let moved: Vec<Assignment> = sol
                                                    .assignments
                                                    .iter()
                                                    .map(|x| {
                                                        if x.code == code {
                                                            Assignment {
                                                                site: alt.site.clone(),
                                                                arrangement: alt
                                                                    .arrangement
                                                                    .clone(),
                                                                ..x.clone()
                                                            }
                                                        } else {
                                                            x.clone()
                                                        }
                                                    })
                                                    .collect();
                                                let base = res.baseline.as_ref();
                                                let outcome = (backend.evaluate)(
                                                    &res.checked,
                                                    sc,
                                                    base,
                                                    &moved,
                                                )
                                                .and_then(|new| {
                                                    let violations = (backend.check)(
                                                        &res.checked,
                                                        sc,
                                                        base,
                                                        &new,
                                                    )?;
                                                    Ok((new, violations))
                                                });
                                                match outcome {
                                                    Ok((new, violations)) => {
                                                        // The delta shown is the explanation's own, never recomputed here.
                                                        st.preview = Some(Preview {
                                                            code: code.to_owned(),
                                                            objective_delta: alt.objective_delta,
                                                            solution: new,
                                                            violations,
                                                        });
                                                    }
                                                    Err(e) => {
                                                        cmds.push(Command::Error(e.to_string()))
                                                    }
                                                }
                                            }
                                        },
                                    );
                                });
                                ui.add(
                                    egui::Label::new(
                                        RichText::new(format!(
                                            "{}: {}",
                                            t!(tx, "results-why-not"),
                                            reasons::why_not_sentence(&alt.why_not, &names, lang)
                                        ))
                                        .weak(),
                                    )
                                    .wrap(),
                                );
                            });
                    }
                }
            }
        });
}
