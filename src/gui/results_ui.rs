//! Results of the current scenario: KPI cards, occupancy stacked by unit,
//! commute histogram before and after, transport, housing and cost tables,
//! the cadre table with the optimiser's explanation, pins and hand moves.

use std::collections::HashMap;

use eframe::egui::{self, Color32, RichText, Ui};
use egui_plot::{Bar, BarChart, Legend, Plot};

use crate::core::plan::Plan;
use crate::core::report::reasons;
use crate::core::solve::{
    Arrangement, Assignment, DiagnosisScope, Explanation, RuleFamily, Solution, SolveError,
    SolveStatus, Violation,
};
use crate::gui::i18n::t;

use super::PanelCtx;
use super::app::Command;
use super::i18n::Tr;
use super::lists::ListEntity;
use super::settings::View;
use super::solver::{Backend, ScenarioResult, Solver};
use super::widgets as w;

mod cadres_tab;
use cadres_tab::cadres_tab_ui;

/// Width of a commute histogram bin, minutes.
pub const BIN_MINUTES: f64 = 10.0;

/// One KPI card.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    /// Title.
    pub title: String,
    /// Main figure.
    pub value: String,
    /// Small line under the figure.
    pub detail: String,
    /// Tooltip.
    pub tip: String,
}

/// One headquarters' occupancy: people per unit, and capacity.
#[derive(Debug, Clone, PartialEq)]
pub struct SiteBar {
    /// Site name.
    pub name: String,
    /// Desks available.
    pub desks: u32,
    /// People assigned.
    pub people: usize,
    /// (unit name, people), largest first.
    pub segments: Vec<(String, usize)>,
}

/// Everything the summary tab draws, computed once per result.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultsModel {
    /// KPI cards.
    pub cards: Vec<Card>,
    /// Occupancy per site.
    pub sites: Vec<SiteBar>,
    /// Commute histogram today: (bin start minutes, people).
    pub hist_before: Vec<(f64, usize)>,
    /// Commute histogram under the plan.
    pub hist_after: Vec<(f64, usize)>,
    /// Transport rows: name, riders, vehicles, seat fill, monthly cost.
    pub services: Vec<(String, usize, u32, f64, f64)>,
    /// Housing rows: name, beds used, beds, monthly cost.
    pub housing: Vec<(String, u32, u32, f64)>,
    /// Cost lines: label, VND per month.
    pub costs: Vec<(String, f64)>,
}

/// Counts values into bins of [`BIN_MINUTES`].
pub fn histogram(values: impl Iterator<Item = f64>) -> Vec<(f64, usize)> {
    let mut bins: std::collections::BTreeMap<i64, usize> = std::collections::BTreeMap::new();
    for v in values.filter(|v| v.is_finite()) {
        *bins.entry((v / BIN_MINUTES).floor() as i64).or_insert(0) += 1;
    }
    bins.into_iter()
        .map(|(b, n)| (b as f64 * BIN_MINUTES, n))
        .collect()
}

fn site_name(plan: &Plan, id: &str) -> String {
    plan.site(id)
        .map(|s| s.name.clone())
        .unwrap_or_else(|| id.to_owned())
}

/// The name of the entry `id` of a list, or the id itself when there is none.
fn name_of<T: ListEntity>(items: &[T], id: &str) -> String {
    items
        .iter()
        .find(|e| e.id() == id)
        .map_or(id, |e| e.name())
        .to_owned()
}

/// The way to work of an assignment, in words.
pub fn arrangement_text(tx: Tr, plan: &Plan, a: &Arrangement) -> String {
    match a {
        Arrangement::Daily { service } => {
            let name = name_of(&plan.transport, service);
            t!(tx, "results-daily-name", name = name)
        }
        Arrangement::Weekly { housing } => {
            let name = name_of(&plan.housing, housing);
            t!(tx, "results-weekly-stays-at-name", name = name)
        }
    }
}

impl ResultsModel {
    /// Builds the model of `sol` on `plan`.
    pub fn new(tx: Tr, plan: &Plan, sol: &Solution) -> Self {
        let k = &sol.kpis;
        let n = sol.assignments.len().max(1) as f64;
        let people_sites: Vec<String> = k
            .sites
            .iter()
            .map(|s| format!("{}: {}", site_name(plan, &s.site), tx.int(s.people as u32)))
            .collect();
        let vehicles: u32 = k.services.iter().map(|s| s.vehicles).sum();
        let riders: usize = k
            .services
            .iter()
            .filter(|s| s.vehicles > 0)
            .map(|s| s.riders)
            .sum();
        let seat_fill = {
            let (num, den) = k
                .services
                .iter()
                .filter(|s| s.vehicles > 0)
                .fold((0.0, 0.0), |(a, b), s| {
                    (a + s.seat_fill_share * s.riders as f64, b + s.riders as f64)
                });
            if den > 0.0 { num / den } else { 0.0 }
        };
        let cards = vec![
            Card {
                title: t!(tx, "results-people-per-headquarters"),
                value: tx.int(sol.assignments.len() as u32),
                detail: people_sites.join("\n"),
                tip: t!(tx, "results-everyone-placed-by-headquarters"),
            },
            Card {
                title: t!(tx, "common-daily-commuters"),
                value: tx.int(k.daily_commuters as u32),
                detail: tx.pct(k.daily_commuters as f64 / n),
                tip: t!(tx, "results-people-travelling-every-working"),
            },
            Card {
                title: t!(tx, "common-housed"),
                value: tx.int(k.housed as u32),
                detail: tx.pct(k.housed as f64 / n),
                tip: t!(tx, "results-people-staying-in-housing"),
            },
            Card {
                title: t!(tx, "common-vehicles"),
                value: tx.int(vehicles),
                detail: t!(tx, "results-n-riders", n = tx.int(riders as u32)),
                tip: t!(tx, "results-vehicles-hired-for-organised"),
            },
            Card {
                title: t!(tx, "results-seat-fill"),
                value: tx.pct(seat_fill),
                detail: String::new(),
                tip: t!(tx, "results-riders-divided-by-seats"),
            },
            Card {
                title: t!(tx, "common-monthly-cost"),
                value: tx.vnd_millions(k.cost.total_vnd),
                detail: t!(tx, "results-transport-and-housing"),
                tip: t!(tx, "results-vehicles-tickets-allowances-beds"),
            },
            Card {
                title: t!(tx, "common-mean-commute"),
                value: tx.minutes(k.commute_after.mean),
                detail: t!(tx, "results-today-m", m = tx.minutes(k.commute_before.mean)),
                tip: t!(tx, "results-one-way-per-person"),
            },
            Card {
                title: t!(tx, "common-longest-commute"),
                value: tx.minutes(k.commute_after.max),
                detail: t!(
                    tx,
                    "results-95-under-m",
                    m = tx.minutes(k.commute_after.p95)
                ),
                tip: t!(tx, "results-one-way-per-person"),
            },
            Card {
                title: t!(tx, "common-disrupted"),
                value: tx.int(k.disrupted as u32),
                detail: t!(
                    tx,
                    "results-n-survey-answers-not",
                    n = tx.int(k.preference_mismatches as u32)
                ),
                tip: t!(tx, "results-people-whose-headquarters-changes"),
            },
        ];
        let names = reasons::Names::new(plan, tx.lang);
        let sites = k
            .sites
            .iter()
            .map(|s| {
                let mut segments: Vec<(String, usize)> = s
                    .people_by_unit
                    .iter()
                    .filter(|(_, n)| *n > 0)
                    .map(|(u, n)| (names.unit(u), *n))
                    .collect();
                segments.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                SiteBar {
                    name: names.site(&s.site),
                    desks: s.desks,
                    people: s.people,
                    segments,
                }
            })
            .collect();
        let hist_before = histogram(
            sol.assignments
                .iter()
                .filter_map(|a| a.commute_minutes_before),
        );
        let hist_after = histogram(sol.assignments.iter().map(|a| a.commute_minutes_after));
        let services = k
            .services
            .iter()
            .map(|s| {
                (
                    names.service(&s.service),
                    s.riders,
                    s.vehicles,
                    s.seat_fill_share,
                    s.cost_vnd_per_month,
                )
            })
            .collect();
        let housing = k
            .housing
            .iter()
            .map(|h| {
                (
                    names.housing(&h.housing),
                    h.beds_used,
                    h.beds,
                    h.cost_vnd_per_month,
                )
            })
            .collect();
        let c = k.cost;
        let costs = vec![
            (t!(tx, "results-hired-vehicles"), c.vehicles_vnd),
            (t!(tx, "results-tickets"), c.tickets_vnd),
            (t!(tx, "results-own-means-allowances"), c.allowances_vnd),
            (t!(tx, "entity-housing"), c.housing_vnd),
            (t!(tx, "common-weekly-trips-home"), c.weekly_travel_vnd),
            (t!(tx, "results-total"), c.total_vnd),
        ];
        Self {
            cards,
            sites,
            hist_before,
            hist_after,
            services,
            housing,
            costs,
        }
    }
}

/// Filter of the result's cadre table.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct ResultFilter {
    /// Search in code and name.
    pub search: String,
    /// Only this site.
    pub site: Option<String>,
    /// Only daily (Some(true)) or weekly (Some(false)).
    pub daily: Option<bool>,
    /// Only disrupted people.
    pub disrupted_only: bool,
}

/// Indices into `sol.assignments` matching the filter.
pub fn filter_assignments(
    plan: &Plan,
    sol: &Solution,
    f: &ResultFilter,
    names: &HashMap<String, usize>,
) -> Vec<usize> {
    let needle = w::fold(&f.search);
    sol.assignments
        .iter()
        .enumerate()
        .filter(|(_, a)| {
            f.site.as_ref().is_none_or(|s| &a.site == s)
                && f.daily
                    .is_none_or(|d| matches!(a.arrangement, Arrangement::Daily { .. }) == d)
                && (!f.disrupted_only || a.disrupted)
                && (needle.is_empty()
                    || w::matches(&a.code, &needle)
                    || names
                        .get(&a.code)
                        .and_then(|&i| plan.cadres.get(i))
                        .is_some_and(|c| w::matches(&c.name, &needle)))
        })
        .map(|(i, _)| i)
        .collect()
}

/// A hand move evaluated without solving.
#[derive(Debug, Clone)]
pub struct Preview {
    /// Staff code moved.
    pub code: String,
    /// The whole solution after the move.
    pub solution: Solution,
    /// Objective change (positive = worse), exactly as the explanation gave
    /// it for this alternative (`None` when the option breaks a hard rule).
    pub objective_delta: Option<f64>,
    /// Rules the move breaks.
    pub violations: Vec<Violation>,
}

/// Tabs of the results page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    /// Summary.
    #[default]
    Summary,
    /// Cadre table.
    Cadres,
}

/// One cadre's explanation: computed on a worker thread (it re-solves nothing
/// but prices every alternative, which takes seconds on a large plan), then kept.
#[derive(Debug)]
enum ExplainJob {
    /// The worker is still computing.
    Running(cadres_tab::ExplainWork),
    /// The result (`None`: nothing to explain, or it failed and said so).
    Done(Option<Explanation>),
}

/// Runtime state of the results page.
#[derive(Debug, Default)]
pub struct ResultsState {
    /// Current tab.
    pub tab: Tab,
    /// Cadre filter.
    pub filter: ResultFilter,
    model: Option<(String, ResultsModel)>,
    rows_key: Option<(String, ResultFilter)>,
    rows: Vec<usize>,
    code_index: HashMap<String, usize>,
    code_index_rev: Option<u64>,
    /// Selected staff code.
    pub selected: Option<String>,
    explanation: Option<(String, ExplainJob)>,
    /// Hand move being previewed.
    pub preview: Option<Preview>,
}

impl ResultsState {
    /// Drops caches (the solution or scenario changed).
    pub fn invalidate(&mut self) {
        self.model = None;
        self.rows_key = None;
        self.explanation = None;
        self.preview = None;
    }

    /// The explanation of the selected cadre, if computed.
    pub fn explanation(&self) -> Option<&Explanation> {
        match self.explanation.as_ref() {
            Some((_, ExplainJob::Done(e))) => e.as_ref(),
            _ => None,
        }
    }

    /// Whether an explanation is being computed in the background.
    pub fn is_explaining(&self) -> bool {
        matches!(self.explanation, Some((_, ExplainJob::Running(_))))
    }
}

/// The status of a result in words: a result holding moves kept by hand is
/// said to be adjusted by hand (its figures are an evaluation of those moves,
/// not the optimiser's stop, so it never claims a time limit).
pub fn status_label(tx: Tr, r: &ScenarioResult) -> String {
    if r.is_adjusted_by_hand() {
        t!(tx, "common-adjusted-by-hand")
    } else {
        tx.status(&r.solution.status)
    }
}

/// The results page.
pub fn results_ui(
    ui: &mut Ui,
    ctx: &PanelCtx,
    st: &mut ResultsState,
    solver: &Solver,
    backend: &Backend,
    cmds: &mut Vec<Command>,
) {
    let tx = ctx.tx;
    let plan = ctx.plan;
    let Some(sc) = ctx.scenario else {
        w::page_header!(ui, tx, "common-results", "results-plan-has-no-scenario");
        return;
    };
    let sc_name = plan
        .scenario(sc)
        .map(|s| s.name.clone())
        .unwrap_or_default();
    w::page_header_texts(
        ui,
        &format!("{} — {}", t!(tx, "common-results"), sc_name),
        "",
    );
    if let Some(job) = &solver.job {
        progress_ui(ui, tx, job, cmds);
        ui.add_space(6.0);
    }
    let Some(res) = solver.results.get(sc) else {
        if solver.job.is_none() {
            ui.label(t!(tx, "results-this-scenario-has-not"));
            if ui.button(format!("▶ {}", t!(tx, "common-solve"))).clicked() {
                cmds.push(Command::Solve);
            }
        }
        return;
    };
    let sol = &res.solution;
    status_line_ui(ui, ctx, res, cmds);
    if sol.status == SolveStatus::Infeasible {
        diagnosis_ui(ui, ctx, sol, cmds);
        return;
    }
    if sol.assignments.is_empty() {
        ui.label(t!(tx, "results-solve-stopped-before-any"));
        return;
    }
    ui.horizontal(|ui| {
        ui.selectable_value(&mut st.tab, Tab::Summary, t!(tx, "results-summary"));
        ui.selectable_value(
            &mut st.tab,
            Tab::Cadres,
            t!(tx, "results-cadres-and-explanations"),
        );
    });
    ui.separator();
    match st.tab {
        Tab::Summary => {
            if st.model.as_ref().is_none_or(|(k, _)| k != sc) {
                st.model = Some((sc.to_owned(), ResultsModel::new(tx, plan, sol)));
            }
            if let Some((_, m)) = &st.model {
                summary_ui(ui, tx, m);
            }
        }
        Tab::Cadres => cadres_tab_ui(ui, ctx, st, res, sc, backend, cmds),
    }
}

/// The progress panel of a running solve.
pub fn progress_ui(ui: &mut Ui, tx: Tr, job: &super::solver::SolveJob, cmds: &mut Vec<Command>) {
    egui::Frame::group(ui.style())
        .inner_margin(10)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.strong(if job.cancelling {
                    t!(tx, "common-cancelling")
                } else {
                    t!(tx, "common-solving")
                });
                if let Some(p) = &job.last {
                    ui.label(
                        RichText::new(crate::gui::solve_strip::phase_text(tx, &p.phase)).weak(),
                    );
                }
            });
            egui::Grid::new("progress-grid")
                .num_columns(2)
                .show(ui, |ui| {
                    ui.label(t!(tx, "common-elapsed"));
                    ui.label(format!("{} s", tx.num(job.elapsed_secs(), 0)));
                    ui.end_row();
                    ui.label(t!(tx, "results-best-objective"));
                    ui.label(
                        job.last
                            .as_ref()
                            .and_then(|p| p.best_objective)
                            .map(|v| tx.num(v, 0))
                            .unwrap_or_else(|| "—".into()),
                    );
                    ui.end_row();
                    ui.label(t!(tx, "common-gap"))
                        .on_hover_text(t!(tx, "common-how-far-best-plan"));
                    ui.label(
                        job.last
                            .as_ref()
                            .and_then(|p| p.gap)
                            .map(|g| tx.pct(g))
                            .unwrap_or_else(|| "—".into()),
                    );
                    ui.end_row();
                });
            if ui
                .add_enabled(!job.cancelling, egui::Button::new(t!(tx, "common-cancel")))
                .on_hover_text(t!(tx, "common-stop-optimiser-its-best"))
                .clicked()
            {
                cmds.push(Command::CancelSolve);
            }
        });
}

fn status_line_ui(ui: &mut Ui, ctx: &PanelCtx, res: &ScenarioResult, cmds: &mut Vec<Command>) {
    let tx = ctx.tx;
    let sol = &res.solution;
    ui.horizontal_wrapped(|ui| {
        let color = match sol.status {
            _ if res.is_adjusted_by_hand() => w::ACCENT,
            SolveStatus::Optimal => w::GOOD,
            SolveStatus::Feasible | SolveStatus::Cancelled | SolveStatus::Evaluated => w::ACCENT,
            _ => w::PROBLEM,
        };
        let status = ui.label(RichText::new(status_label(tx, res)).color(color).strong());
        ui.label(t!(tx, "results-objective-v", v = tx.num(sol.objective, 0)));
        if res.is_adjusted_by_hand() {
            // Gap and time belong to the optimiser's stop, not to the moves.
            status.on_hover_text(t!(tx, "results-optimiser-plan-with-moves"));
        } else {
            if let Some(g) = sol.gap {
                ui.label(t!(tx, "results-gap-g", g = tx.pct(g)));
            }
            ui.label(t!(tx, "results-s-s", s = tx.num(sol.seconds, 1)));
        }
        if res.is_stale(ctx.revision) {
            ui.label(
                RichText::new(format!("▲ {}", t!(tx, "results-plan-changed-since-this")))
                    .color(w::PROBLEM),
            );
            if ui
                .button(format!("▶ {}", t!(tx, "results-solve-again")))
                .clicked()
            {
                cmds.push(Command::Solve);
            }
        }
        if !res.hand_moved.is_empty() {
            ui.label(
                RichText::new(t!(
                    tx,
                    "results-n-moved-by-hand",
                    n = tx.int(res.hand_moved.len() as u32)
                ))
                .color(w::ACCENT),
            );
            if ui.button(t!(tx, "common-undo-hand-moves")).clicked() {
                cmds.push(Command::ResetHandMoves(sol.scenario.clone()));
            }
        }
    });
}

fn diagnosis_ui(ui: &mut Ui, ctx: &PanelCtx, sol: &Solution, cmds: &mut Vec<Command>) {
    let tx = ctx.tx;
    w::heading(ui, &t!(tx, "results-why-no-plan-is"));
    if sol.diagnosis.is_empty() {
        ui.label(t!(tx, "results-optimiser-found-no-plan"));
        return;
    }
    ui.label(RichText::new(t!(tx, "results-each-line-is-rule")).weak());
    let lang = tx.lang;
    let names = reasons::Names::new(ctx.plan, lang);
    egui::Grid::new("diagnosis")
        .num_columns(3)
        .striped(true)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            for (k, d) in sol.diagnosis.iter().enumerate() {
                // A total is about every entry of its family: it opens their page.
                let page = (d.scope == DiagnosisScope::Total)
                    .then(|| family_page(d.rule))
                    .flatten();
                let what = match page {
                    Some(v) => super::app::view_label(tx, v),
                    None => tx.entity(d.entity.kind),
                };
                ui.label(RichText::new(what).strong());
                ui.label(reasons::diagnosis_sentence(d, &names, lang))
                    .on_hover_text(reasons::family_name(d.rule, lang));
                if ui
                    .push_id(k, |ui| ui.button(t!(tx, "common-open")))
                    .inner
                    .on_hover_text(t!(tx, "common-go-to-this-entry"))
                    .clicked()
                {
                    cmds.push(match page {
                        Some(v) => Command::Show(v),
                        None => Command::GotoId(d.entity.kind, d.entity.id.clone()),
                    });
                }
                ui.end_row();
            }
        });
}

/// The page listing the entries a rule family is about, for a total shortfall.
fn family_page(rule: RuleFamily) -> Option<View> {
    Some(match rule {
        RuleFamily::Desks | RuleFamily::Area => View::Sites,
        RuleFamily::Beds | RuleFamily::Eligibility => View::Housing,
        RuleFamily::Seats | RuleFamily::Vehicles | RuleFamily::RideTime => View::Transport,
        RuleFamily::UnitPlacement => View::Units,
        RuleFamily::Budget | RuleFamily::SiteShare | RuleFamily::Priority => View::Rules,
        RuleFamily::Pins => View::Cadres,
        RuleFamily::MaxCommute | RuleFamily::NoOption => View::Zones,
        _ => return None,
    })
}

const PALETTE: [Color32; 10] = [
    Color32::from_rgb(0x4e, 0x79, 0xa7),
    Color32::from_rgb(0xf2, 0x8e, 0x2b),
    Color32::from_rgb(0x59, 0xa1, 0x4f),
    Color32::from_rgb(0xe1, 0x57, 0x59),
    Color32::from_rgb(0x76, 0xb7, 0xb2),
    Color32::from_rgb(0xed, 0xc9, 0x48),
    Color32::from_rgb(0xb0, 0x7a, 0xa1),
    Color32::from_rgb(0xff, 0x9d, 0xa7),
    Color32::from_rgb(0x9c, 0x75, 0x5f),
    Color32::from_rgb(0xba, 0xb0, 0xac),
];

fn summary_ui(ui: &mut Ui, tx: Tr, m: &ResultsModel) {
    egui::ScrollArea::vertical()
        .id_salt("results-summary")
        .show(ui, |ui| {
            let cards: Vec<(&str, &str, &str, &str)> = m
                .cards
                .iter()
                .map(|c| {
                    (
                        c.title.as_str(),
                        c.value.as_str(),
                        c.detail.as_str(),
                        c.tip.as_str(),
                    )
                })
                .collect();
            w::cards(ui, &cards);
            w::heading(ui, &t!(tx, "results-who-works-where-stacked"));
            let max_cap = m
                .sites
                .iter()
                .map(|s| (s.desks as usize).max(s.people))
                .max()
                .unwrap_or(1)
                .max(1) as f32;
            for s in &m.sites {
                ui.horizontal(|ui| {
                    ui.add_sized(
                        [240.0, 22.0],
                        egui::Label::new(RichText::new(&s.name).strong()).truncate(),
                    );
                    let width = (ui.available_width() - 170.0).max(120.0);
                    let (rect, resp) =
                        ui.allocate_exact_size(egui::vec2(width, 22.0), egui::Sense::hover());
                    let painter = ui.painter_at(rect);
                    painter.rect_filled(rect, 3.0, ui.visuals().faint_bg_color);
                    let mut x = rect.left();
                    let mut hover = Vec::new();
                    for (k, (unit, n)) in s.segments.iter().enumerate() {
                        let wdt = *n as f32 / max_cap * width;
                        let r = egui::Rect::from_min_size(
                            egui::pos2(x, rect.top()),
                            egui::vec2(wdt, rect.height()),
                        );
                        painter.rect_filled(r, 0.0, PALETTE[k % PALETTE.len()]);
                        x += wdt;
                        hover.push(format!("{unit}: {}", tx.int(*n as u32)));
                    }
                    let cap_x = rect.left() + s.desks as f32 / max_cap * width;
                    painter.line_segment(
                        [
                            egui::pos2(cap_x, rect.top() - 2.0),
                            egui::pos2(cap_x, rect.bottom() + 2.0),
                        ],
                        egui::Stroke::new(2.0, w::PROBLEM),
                    );
                    resp.on_hover_text(hover.join("\n"));
                    let over = s.people > s.desks as usize;
                    ui.label(
                        RichText::new(t!(
                            tx,
                            "results-p-d-desks",
                            p = tx.int(s.people as u32),
                            d = tx.int(s.desks)
                        ))
                        .color(if over {
                            w::PROBLEM
                        } else {
                            ui.visuals().text_color()
                        }),
                    );
                });
            }
            ui.label(
                RichText::new(t!(tx, "results-each-colour-is-unit"))
                    .small()
                    .weak(),
            );

            w::heading(ui, &t!(tx, "results-one-way-commute-today"));
            let before: Vec<Bar> = m
                .hist_before
                .iter()
                .map(|(x, n)| Bar::new(x + BIN_MINUTES * 0.3, *n as f64).width(BIN_MINUTES * 0.4))
                .collect();
            let after: Vec<Bar> = m
                .hist_after
                .iter()
                .map(|(x, n)| Bar::new(x + BIN_MINUTES * 0.7, *n as f64).width(BIN_MINUTES * 0.4))
                .collect();
            Plot::new("commute-hist")
                .height(220.0)
                .legend(Legend::default())
                .allow_zoom(false)
                .allow_drag(false)
                .allow_scroll(false)
                .x_axis_label(t!(tx, "results-minutes"))
                .y_axis_label(t!(tx, "results-people"))
                .show(ui, |p| {
                    p.bar_chart(
                        BarChart::new(t!(tx, "results-today"), before)
                            .color(Color32::from_rgb(0xba, 0xb0, 0xac)),
                    );
                    p.bar_chart(
                        BarChart::new(t!(tx, "results-under-this-plan"), after).color(PALETTE[0]),
                    );
                });

            {
                w::heading(ui, &t!(tx, "entity-transport"));
                egui::Grid::new("res-svc")
                    .num_columns(5)
                    .striped(true)
                    .spacing([12.0, 4.0])
                    .show(ui, |ui| {
                        for h in [
                            t!(tx, "results-service"),
                            t!(tx, "results-riders"),
                            t!(tx, "common-vehicles"),
                            t!(tx, "results-seat-fill"),
                            t!(tx, "results-per-month"),
                        ] {
                            ui.strong(h);
                        }
                        ui.end_row();
                        for (name, riders, veh, fill, cost) in &m.services {
                            ui.label(name);
                            ui.label(tx.int(*riders as u32));
                            ui.label(tx.int(*veh));
                            ui.label(if *veh > 0 {
                                tx.pct(*fill)
                            } else {
                                "—".into()
                            });
                            ui.label(tx.vnd(*cost));
                            ui.end_row();
                        }
                    });
                w::heading(ui, &t!(tx, "entity-housing"));
                egui::Grid::new("res-h")
                    .num_columns(3)
                    .striped(true)
                    .spacing([12.0, 4.0])
                    .show(ui, |ui| {
                        for h in [
                            t!(tx, "entity-housing"),
                            t!(tx, "results-beds-used"),
                            t!(tx, "results-per-month"),
                        ] {
                            ui.strong(h);
                        }
                        ui.end_row();
                        for (name, used, beds, cost) in &m.housing {
                            ui.label(name);
                            ui.label(format!("{} / {}", tx.int(*used), tx.int(*beds)));
                            ui.label(tx.vnd(*cost));
                            ui.end_row();
                        }
                    });
                w::heading(ui, &t!(tx, "common-monthly-cost"));
                egui::Grid::new("res-cost")
                    .num_columns(2)
                    .striped(true)
                    .spacing([12.0, 4.0])
                    .show(ui, |ui| {
                        let n = m.costs.len();
                        for (k, (label, v)) in m.costs.iter().enumerate() {
                            if k + 1 == n {
                                ui.strong(label);
                                ui.strong(tx.vnd(*v));
                            } else {
                                ui.label(label);
                                ui.label(tx.vnd(*v));
                            }
                            ui.end_row();
                        }
                    });
            }
        });
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::gui::i18n::Lang;

    #[test]
    fn rule_sentences_follow_the_app_language() -> anyhow::Result<()> {
        let d = crate::gui::document::Document::sample()?;
        let site = &d.plan.sites[0];
        let v = crate::core::solve::DiagnosisItem {
            entity: crate::core::solve::EntityRef {
                kind: crate::core::file::EntityKind::Site,
                id: site.id.clone(),
            },
            rule: crate::core::solve::RuleFamily::Desks,
            shortfall: 1545.0,
            detail: None,
            message: "English for the log".into(),
            scope: crate::core::solve::DiagnosisScope::Only,
        };
        let say = |l| {
            let lang = l;
            reasons::diagnosis_sentence(&v, &reasons::Names::new(&d.plan, lang), lang)
        };
        assert_eq!(
            say(Lang::En),
            format!("{} is short of 1,545 desks", site.name)
        );
        assert_eq!(
            say(Lang::Vi),
            format!("{} thiếu 1.545 chỗ làm việc", site.name)
        );
        Ok(())
    }

    #[test]
    fn histogram_bins_by_ten_minutes() {
        let h = histogram([5.0, 9.9, 10.0, 61.0, f64::NAN].into_iter());
        assert_eq!(h, vec![(0.0, 2), (10.0, 1), (60.0, 1)]);
    }
}
