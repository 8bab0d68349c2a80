//! Scenario comparison: KPIs side by side with differences highlighted, and
//! the cadres whose assignment differs between the chosen scenarios.

use std::collections::{BTreeMap, BTreeSet};

use eframe::egui::{self, RichText, Ui};
use egui_extras::{Column, TableBuilder};

use crate::core::plan::Plan;
use crate::core::solve::Solution;
use crate::gui::i18n::t;

use super::PanelCtx;
use super::app::Command;
use super::i18n::Tr;
use super::results_ui::arrangement_text;
use super::solver::Solver;
use super::widgets as w;

/// Which direction is better for a KPI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Better {
    /// Smaller is better (cost, commute).
    Lower,
    /// Larger is better.
    Higher,
    /// Neither.
    Neutral,
}

/// How a KPI value is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fmt {
    /// Whole number.
    Int,
    /// Minutes.
    Minutes,
    /// VND per month.
    Money,
    /// Share as percent.
    Pct,
}

/// One KPI row of the comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct KpiRow {
    /// Label.
    pub label: String,
    /// One value per scenario, in column order.
    pub values: Vec<f64>,
    /// Format.
    pub fmt: Fmt,
    /// Better direction.
    pub better: Better,
}

impl KpiRow {
    /// Whether column `k` differs from the first column.
    pub fn differs(&self, k: usize) -> bool {
        match (self.values.first(), self.values.get(k)) {
            (Some(a), Some(b)) => (a - b).abs() > 1e-6 * a.abs().max(1.0),
            _ => false,
        }
    }
}

/// A cadre whose assignment differs between scenarios.
#[derive(Debug, Clone, PartialEq)]
pub struct DiffRow {
    /// Staff code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Site and arrangement in each scenario ("—" if absent).
    pub cells: Vec<String>,
}

/// The comparison view model.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareModel {
    /// Column titles (scenario names).
    pub columns: Vec<String>,
    /// KPI rows.
    pub rows: Vec<KpiRow>,
    /// Cadres whose site or arrangement differs, sorted by code.
    pub diffs: Vec<DiffRow>,
}

/// Compares solutions (name, solution) in the given order.
pub fn compare_model(tx: Tr, plan: &Plan, cols: &[(String, &Solution)]) -> CompareModel {
    let mut rows = Vec::new();
    let mut row = |label: &str, fmt, better, f: &dyn Fn(&Solution) -> f64| {
        rows.push(KpiRow {
            label: label.to_owned(),
            values: cols.iter().map(|(_, s)| f(s)).collect(),
            fmt,
            better,
        });
    };
    for site in &plan.sites {
        let id = site.id.clone();
        row(
            &t!(tx, "compare-people-at-site", site = site.name.clone()),
            Fmt::Int,
            Better::Neutral,
            &move |s: &Solution| {
                s.kpis
                    .sites
                    .iter()
                    .find(|k| k.site == id)
                    .map(|k| k.people as f64)
                    .unwrap_or(0.0)
            },
        );
    }
    row(
        &t!(tx, "common-daily-commuters"),
        Fmt::Int,
        Better::Neutral,
        &|s| s.kpis.daily_commuters as f64,
    );
    row(&t!(tx, "common-housed"), Fmt::Int, Better::Neutral, &|s| {
        s.kpis.housed as f64
    });
    row(&t!(tx, "common-vehicles"), Fmt::Int, Better::Lower, &|s| {
        s.kpis.services.iter().map(|x| f64::from(x.vehicles)).sum()
    });
    row(
        &t!(tx, "common-monthly-cost"),
        Fmt::Money,
        Better::Lower,
        &|s| s.kpis.cost.total_vnd,
    );
    row(
        &t!(tx, "common-mean-commute"),
        Fmt::Minutes,
        Better::Lower,
        &|s| s.kpis.commute_after.mean,
    );
    row(
        &t!(tx, "common-longest-commute"),
        Fmt::Minutes,
        Better::Lower,
        &|s| s.kpis.commute_after.max,
    );
    row(&t!(tx, "common-disrupted"), Fmt::Int, Better::Lower, &|s| {
        s.kpis.disrupted as f64
    });
    row(
        &t!(tx, "compare-survey-answers-not-met"),
        Fmt::Int,
        Better::Lower,
        &|s| s.kpis.preference_mismatches as f64,
    );
    row(
        &t!(tx, "compare-soft-rules-broken"),
        Fmt::Int,
        Better::Lower,
        &|s| s.kpis.soft_violations.len() as f64,
    );
    row(
        &t!(tx, "compare-objective"),
        Fmt::Int,
        Better::Lower,
        &|s| s.objective,
    );

    let names: BTreeMap<&str, &str> = plan
        .cadres
        .iter()
        .map(|c| (c.code.as_str(), c.name.as_str()))
        .collect();
    let maps: Vec<BTreeMap<&str, String>> = cols
        .iter()
        .map(|(_, s)| {
            s.assignments
                .iter()
                .map(|a| {
                    let site = plan
                        .site(&a.site)
                        .map(|x| x.name.as_str())
                        .unwrap_or(&a.site);
                    (
                        a.code.as_str(),
                        format!("{site} · {}", arrangement_text(tx, plan, &a.arrangement)),
                    )
                })
                .collect()
        })
        .collect();
    let codes: BTreeSet<&str> = maps.iter().flat_map(|m| m.keys().copied()).collect();
    let diffs = codes
        .into_iter()
        .filter_map(|code| {
            let cells: Vec<String> = maps
                .iter()
                .map(|m| m.get(code).cloned().unwrap_or_else(|| "—".into()))
                .collect();
            let differs = cells.iter().any(|c| c != &cells[0]);
            differs.then(|| DiffRow {
                code: code.to_owned(),
                name: names.get(code).map(|n| n.to_string()).unwrap_or_default(),
                cells,
            })
        })
        .collect();
    CompareModel {
        columns: cols.iter().map(|(n, _)| n.clone()).collect(),
        rows,
        diffs,
    }
}

/// Runtime state of the compare page.
#[derive(Debug, Default)]
pub struct CompareState {
    /// Scenario ids chosen for comparison.
    pub chosen: BTreeSet<String>,
    /// Search in the differing cadres.
    pub search: String,
    cache: Option<(Vec<String>, u64, CompareModel)>,
    generation: u64,
}

impl CompareState {
    /// Drops the cached model (a result changed).
    pub fn invalidate(&mut self) {
        self.generation += 1;
    }
}

fn fmt_value(tx: Tr, fmt: Fmt, v: f64) -> String {
    match fmt {
        Fmt::Int => tx.num(v, 0),
        Fmt::Minutes => tx.minutes(v),
        Fmt::Money => tx.vnd(v),
        Fmt::Pct => tx.pct(v),
    }
}

/// The compare page.
pub fn compare_ui(
    ui: &mut Ui,
    ctx: &PanelCtx,
    st: &mut CompareState,
    solver: &Solver,
    cmds: &mut Vec<Command>,
) {
    let tx = ctx.tx;
    let plan = ctx.plan;
    w::page_header!(
        ui,
        tx,
        "compare-compare-scenarios",
        "compare-tick-two-or-more"
    );
    ui.horizontal_wrapped(|ui| {
        for s in &plan.scenarios {
            let solved = solver.results.contains_key(&s.id);
            let mut on = st.chosen.contains(&s.id);
            let r = ui.add_enabled(solved, egui::Checkbox::new(&mut on, &s.name));
            let r = r.on_disabled_hover_text(t!(tx, "compare-solve-this-scenario-first"));
            if r.changed() {
                if on {
                    st.chosen.insert(s.id.clone());
                } else {
                    st.chosen.remove(&s.id);
                }
            }
            if !solved
                && ui
                    .small_button(format!("▶ {}", t!(tx, "common-solve")))
                    .clicked()
            {
                cmds.push(Command::SelectScenario(s.id.clone()));
                cmds.push(Command::Solve);
            }
        }
    });
    let ids: Vec<String> = plan
        .scenarios
        .iter()
        .filter(|s| st.chosen.contains(&s.id) && solver.results.contains_key(&s.id))
        .map(|s| s.id.clone())
        .collect();
    if ids.len() < 2 {
        ui.add_space(12.0);
        ui.label(RichText::new(t!(tx, "compare-choose-at-least-two")).weak());
        return;
    }
    let gen_key = st.generation.wrapping_add(solver.generation);
    if st
        .cache
        .as_ref()
        .is_none_or(|(k, g, _)| k != &ids || *g != gen_key)
    {
        let cols: Vec<(String, &Solution)> = ids
            .iter()
            .filter_map(|id| {
                Some((
                    plan.scenario(id)?.name.clone(),
                    &solver.results.get(id)?.solution,
                ))
            })
            .collect();
        st.cache = Some((ids.clone(), gen_key, compare_model(tx, plan, &cols)));
    }
    let Some((_, _, m)) = &st.cache else { return };
    w::heading(ui, &t!(tx, "compare-key-figures"));
    egui::Grid::new("compare-kpis")
        .num_columns(m.columns.len() + 1)
        .striped(true)
        .spacing([24.0, 6.0])
        .show(ui, |ui| {
            ui.label("");
            for c in &m.columns {
                ui.strong(c);
            }
            ui.end_row();
            for r in &m.rows {
                ui.label(&r.label);
                for (k, v) in r.values.iter().enumerate() {
                    let text = fmt_value(tx, r.fmt, *v);
                    if k > 0 && r.differs(k) {
                        let base = r.values[0];
                        let color = match r.better {
                            Better::Lower if *v < base => w::GOOD,
                            Better::Lower => w::PROBLEM,
                            Better::Higher if *v > base => w::GOOD,
                            Better::Higher => w::PROBLEM,
                            Better::Neutral => w::ACCENT,
                        };
                        let delta = v - base;
                        ui.label(
                            RichText::new(format!(
                                "{text}  ({}{})",
                                if delta > 0.0 { "+" } else { "" },
                                fmt_value(tx, r.fmt, delta)
                            ))
                            .color(color)
                            .strong(),
                        );
                    } else {
                        ui.label(text);
                    }
                }
                ui.end_row();
            }
        });
    ui.add_space(8.0);
    w::heading(
        ui,
        &t!(
            tx,
            "compare-n-cadres-placed-differently",
            n = tx.int(m.diffs.len() as u32)
        ),
    );
    w::search(ui, tx, &mut st.search, ctx.focus_search);
    let needle = w::fold(&st.search);
    let rows: Vec<&super::compare_ui::DiffRow> = m
        .diffs
        .iter()
        .filter(|d| w::matches(&d.code, &needle) || w::matches(&d.name, &needle))
        .collect();
    let mut spec = vec![90.0, 180.0];
    spec.extend(m.columns.iter().map(|_| 280.0));
    let wd = w::fit_widths(ui, 0.0, &spec);
    let mut tb = TableBuilder::new(ui)
        .id_salt("compare-diffs")
        .striped(true)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
    for x in wd {
        tb = tb.column(Column::exact(x).clip(true));
    }
    let mut open = None;
    tb.header(22.0, |mut h| {
        h.col(|ui| {
            ui.strong(t!(tx, "common-code"));
        });
        h.col(|ui| {
            ui.strong(t!(tx, "common-name"));
        });
        for c in &m.columns {
            h.col(|ui| {
                ui.strong(c);
            });
        }
    })
    .body(|body| {
        body.rows(22.0, rows.len(), |mut row| {
            let d = rows[row.index()];
            row.col(|ui| {
                if ui
                    .link(&d.code)
                    .on_hover_text(t!(tx, "common-go-to-this-entry"))
                    .clicked()
                {
                    open = Some(d.code.clone());
                }
            });
            row.col(|ui| {
                ui.label(&d.name);
            });
            for (k, c) in d.cells.iter().enumerate() {
                row.col(|ui| {
                    if k > 0 && c != &d.cells[0] {
                        ui.label(RichText::new(c).color(w::ACCENT));
                    } else {
                        ui.label(c);
                    }
                });
            }
        });
    });
    if let Some(code) = open {
        cmds.push(Command::GotoId(crate::core::file::EntityKind::Cadre, code));
    }
}
