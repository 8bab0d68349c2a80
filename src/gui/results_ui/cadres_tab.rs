//! The Cadres tab of the results: the filtered cadre table, and one cadre's
//! explanation (computed on a worker thread), pins, tries and hand moves.

use eframe::egui::{self, RichText, Ui};
use egui_extras::{Column, TableBuilder};

use super::*;
use crate::core::job::Job;
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
        ui.label(tx.t("Headquarters"));
        w::set_name(ui, tx.t("Headquarters"));
        if let Some(v) = w::id_combo(
            ui,
            "res-f-site",
            st.filter.site.as_deref().unwrap_or_default(),
            &sites,
            Some(tx.t("(all)")),
            200.0,
        ) {
            st.filter.site = (!v.is_empty()).then_some(v);
        }
        let kinds = [None, Some(true), Some(false)];
        w::set_name(ui, tx.t("Way to work"));
        if let Some(v) = w::enum_combo(
            ui,
            "res-f-kind",
            st.filter.daily,
            &kinds,
            |k| match k {
                None => tx.t("(all)").to_owned(),
                Some(true) => tx.t("Daily commute").to_owned(),
                Some(false) => tx.t("Weekly, with housing").to_owned(),
            },
            170.0,
        ) {
            st.filter.daily = v;
        }
        w::clear_name(ui);
        ui.checkbox(
            &mut st.filter.disrupted_only,
            tx.t("Only people whose headquarters changes"),
        );
    });
    let key = (sc.to_owned(), st.filter.clone());
    if st.rows_key.as_ref() != Some(&key) {
        st.rows = filter_assignments(plan, sol, &st.filter, &st.code_index);
        st.rows_key = Some(key);
    }
    ui.label(tx.tf(
        "{shown} of {total} shown",
        &[
            ("shown", tx.int(st.rows.len() as u32)),
            ("total", tx.int(sol.assignments.len() as u32)),
        ],
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
                tx.t("Code"),
                tx.t("Name"),
                tx.t("Headquarters"),
                tx.t("Way to work"),
                tx.t("Today"),
                tx.t("Then"),
                "",
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
                        tips.push(tx.t("Kept by hand (pinned where it was moved)"));
                    } else if a.pinned {
                        marks.push('●');
                        tips.push(tx.t("Pinned"));
                    }
                    if a.disrupted {
                        marks.push('↔');
                        tips.push(tx.t("Headquarters changes"));
                    }
                    if a.preference_mismatch {
                        marks.push('≠');
                        tips.push(tx.t("Survey answer not met"));
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
    egui::ScrollArea::vertical().id_salt("explain-scroll").show(ui, |ui| {
        w::heading(ui, &cadre.map(|c| c.name.clone()).unwrap_or_else(|| code.to_owned()));
        ui.label(RichText::new(code).weak());
        let Some(a) = sol.assignments.iter().find(|a| a.code == code) else {
            return;
        };
        ui.label(RichText::new(format!("{} · {}", site_name(plan, &a.site), arrangement_text(tx, plan, &a.arrangement))).strong());
        ui.label(tx.tf("Commute {m} (today {b}), {c} per month", &[("m", tx.minutes(a.commute_minutes_after)), ("b", a.commute_minutes_before.map(|m| tx.minutes(m)).unwrap_or_else(|| "—".into())), ("c", tx.vnd(a.cost_vnd_per_month))]));
        if res.is_kept_by_hand(code) {
            ui.label(RichText::new(format!("◆ {}", tx.tf("Kept by hand: pinned to {site} in every future solve", &[("site", site_name(plan, &a.site))]))).color(w::ACCENT).strong());
        }
        ui.horizontal(|ui| {
            if let Some(i) = cadre_idx {
                let pinned = plan.cadres[i].pinned_site.is_some();
                if pinned {
                    if ui.button(tx.t("Unpin")).on_hover_text(tx.t("Let the optimiser choose this person's headquarters again")).clicked() {
                        cmds.push(Command::edit(format!("cadre.{i}.pin"), tx.t("Unpin cadre"), move |p| p.cadres[i].pinned_site = None));
                    }
                } else {
                    let site = a.site.clone();
                    if ui.button(tx.t("Pin here")).on_hover_text(tx.t("Keep this person at this headquarters in every future solve")).clicked() {
                        cmds.push(Command::edit(format!("cadre.{i}.pin"), tx.t("Pin cadre"), move |p| p.cadres[i].pinned_site = Some(site)));
                    }
                }
                let unit = plan.cadres[i].unit.clone();
                let pins: Vec<(usize, String)> = sol.assignments.iter().filter_map(|x| st.code_index.get(&x.code).filter(|&&j| plan.cadres.get(j).is_some_and(|c| c.unit == unit)).map(|&j| (j, x.site.clone()))).collect();
                if ui.button(tx.t("Pin the whole unit")).on_hover_text(tx.t("Keep every member of this unit where this result puts them")).clicked() {
                    cmds.push(Command::edit("cadre.pin.unit", tx.t("Pin unit"), move |p| {
                        for (j, s) in pins {
                            if let Some(c) = p.cadres.get_mut(j) {
                                c.pinned_site = Some(s);
                            }
                        }
                    }));
                }
                if ui.button(tx.t("Unpin the unit")).clicked() {
                    cmds.push(Command::edit("cadre.unpin.unit", tx.t("Unpin unit"), move |p| {
                        p.cadres.iter_mut().filter(|c| c.unit == unit).for_each(|c| c.pinned_site = None)
                    }));
                }
            }
        });
        // The effect of a tried move comes first, where the eye is.
        let mut forget = false;
        if let Some(p) = st.preview.as_ref().filter(|p| p.code == code) {
            ui.separator();
            w::heading(ui, tx.t("Effect of this move"));
            if let Some(d) = p.objective_delta {
                let color = if d > 0.0 { w::PROBLEM } else { w::GOOD };
                ui.label(RichText::new(tx.tf("Objective changes by {d} ({pct})", &[("d", format!("{}{}", if d > 0.0 { "+" } else { "" }, tx.num(d, 0))), ("pct", tx.pct(if sol.objective.abs() > 0.0 { d / sol.objective.abs() } else { 0.0 }))])).color(color).strong());
            }
            ui.label(tx.tf("Monthly cost: {c}", &[("c", tx.vnd(p.solution.kpis.cost.total_vnd))]));
            if p.violations.is_empty() {
                ui.label(RichText::new(tx.t("No rule is broken.")).color(w::GOOD));
            } else {
                for v in &p.violations {
                    let tag = if v.hard { tx.t("Hard rule broken") } else { tx.t("Soft rule broken") };
                    let text = reasons::violation_sentence(v, &names, lang);
                    ui.label(RichText::new(format!("▲ {tag}: {text}")).color(if v.hard { w::PROBLEM } else { w::ACCENT }));
                }
            }
            // The plan can pin a site only: say so when the move changes just the way to work.
            if p.solution.assignments.iter().any(|x| x.code == code && x.site == a.site) {
                ui.add(egui::Label::new(RichText::new(tx.t("Keeping pins the headquarters only; the next solve chooses the way to work again.")).weak()).wrap());
            }
            ui.horizontal(|ui| {
                let hard = p.violations.iter().any(|v| v.hard);
                if ui.add_enabled(!hard, egui::Button::new(tx.t("Keep this move"))).on_hover_text(tx.t("Pin this person where the move puts them, so that the next solve keeps it")).on_disabled_hover_text(tx.t("A move that breaks a hard rule cannot be kept")).clicked() {
                    cmds.push(Command::KeepHandMove { scenario: sc.to_owned(), solution: Box::new(p.solution.clone()), code: p.code.clone() });
                }
                if ui.button(tx.t("Forget it")).clicked() {
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
                    ui.label(RichText::new(tx.t("Weighing this person's other options…")).weak());
                });
            }
            None => {
                ui.label(RichText::new(tx.t("No explanation is available for this person.")).weak());
            }
            Some(e) => {
                w::heading(ui, tx.t("Why here"));
                if e.reasons.is_empty() {
                    ui.add(egui::Label::new(format!("• {}", reasons::no_reason_sentence(lang))).wrap());
                }
                for r in &e.reasons {
                    ui.add(egui::Label::new(format!("• {}", reasons::reason_sentence(r, &names, lang))).wrap());
                }
                w::heading(ui, tx.t("Other options and why not"));
                let alts = e.alternatives.clone();
                for (k, alt) in alts.iter().enumerate() {
                    egui::Frame::group(ui.style()).inner_margin(8).show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.horizontal(|ui| {
                            ui.vertical(|ui| {
                                ui.label(RichText::new(site_name(plan, &alt.site)).strong());
                                ui.label(arrangement_text(tx, plan, &alt.arrangement));
                                let mut facts = vec![tx.minutes(alt.commute_minutes), tx.tf("{c} per month", &[("c", tx.vnd(alt.cost_vnd_per_month))])];
                                if let Some(d) = alt.objective_delta {
                                    facts.push(tx.tf("objective {d}", &[("d", format!("{}{}", if d > 0.0 { "+" } else { "" }, tx.num(d, 0)))]));
                                }
                                ui.label(RichText::new(facts.join(" · ")).small());
                            });
                            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                                if ui.push_id(k, |ui| ui.button(tx.t("Try"))).inner.on_hover_text(tx.t("See the effect of moving this person here, without solving")).clicked() {
                                    let moved: Vec<Assignment> = sol.assignments.iter().map(|x| {
                                        if x.code == code {
                                            Assignment { site: alt.site.clone(), arrangement: alt.arrangement.clone(), ..x.clone() }
                                        } else {
                                            x.clone()
                                        }
                                    }).collect();
                                    let base = res.baseline.as_ref();
                                    let outcome = (backend.evaluate)(&res.checked, sc, base, &moved).and_then(|new| {
                                        let violations = (backend.check)(&res.checked, sc, base, &new)?;
                                        Ok((new, violations))
                                    });
                                    match outcome {
                                        Ok((new, violations)) => {
                                            // The delta shown is the explanation's own, never recomputed here.
                                            st.preview = Some(Preview { code: code.to_owned(), objective_delta: alt.objective_delta, solution: new, violations });
                                        }
                                        Err(e) => cmds.push(Command::Error(e.to_string())),
                                    }
                                }
                            });
                        });
                        ui.add(egui::Label::new(RichText::new(format!("{}: {}", tx.t("Why not"), reasons::why_not_sentence(&alt.why_not, &names, lang))).weak()).wrap());
                    });
                }
            }
        }
    });
}
