//! Rules: policy limits, how strictly each family of constraints holds, and
//! the weights of the objective.

use eframe::egui::{self, Ui};

use crate::core::file::{EntityKind, Problem};
use crate::core::plan::{
    Hardness, ObjectiveWeights, PriorityCriterion, PriorityGroup, Rules, SiteShare,
};
use crate::core::rules::RuleFamily;
use crate::gui::i18n::t;

use super::PanelCtx;
use super::app::Command;
use super::edits::Edits;
use super::i18n::Tr;
use super::widgets as w;

/// The rows of the objective-weights grid, in order: plan field (under
/// `weights.`), undo key (under `rules.w.`), upper bound (the lower is 0),
/// drag speed and decimals; [`WEIGHT_AT`] reaches each row's weight.
const WEIGHTS: [(&str, &str, f64, f64, usize); 4] = [
    ("commute_minute", "commute", 1e9, 10.0, 3),
    ("money_vnd", "money", 1e3, 0.0001, 5),
    ("disruption_person", "disrupt", 1e12, 100.0, 0),
    ("preference_mismatch_person", "pref", 1e12, 100.0, 0),
];

/// The weight each row of [`WEIGHTS`] edits.
const WEIGHT_AT: [fn(&mut ObjectiveWeights) -> &mut f64; 4] = [
    |w| &mut w.commute_minute,
    |w| &mut w.money_vnd,
    |w| &mut w.disruption_person,
    |w| &mut w.preference_mismatch_person,
];

/// Runtime state of the rules page (none needed yet beyond scrolling).
#[derive(Debug, Default)]
pub struct RulesState {}

#[derive(Debug, Clone, Copy, PartialEq)]
enum HardKind {
    Hard,
    Soft,
    Off,
}

/// A hardness editor: must hold / may be broken at a weight / off.
/// One row of a rules grid: `editor` draws the field and gives a new value, which
/// becomes one undoable edit of the plan's rules (`set`).
fn rule_row<T: 'static>(
    ui: &mut Ui,
    tx: Tr,
    cmds: &mut Vec<Command>,
    (label, tip, problems): (&str, &str, &[&Problem]),
    (key, undo): (&'static str, String),
    editor: impl FnOnce(&mut Ui) -> Option<T>,
    set: impl FnOnce(&mut Rules, T) + 'static,
) {
    w::form_row(ui, tx, label, tip, problems, |ui| {
        if let Some(v) = editor(ui) {
            cmds.push(Command::edit(key, undo, move |p| set(&mut p.rules, v)));
        }
    });
}

fn hardness(ui: &mut Ui, tx: Tr, id: &str, h: Hardness) -> Option<Hardness> {
    let kind = match h {
        Hardness::Hard => HardKind::Hard,
        Hardness::Soft(_) => HardKind::Soft,
        Hardness::Off => HardKind::Off,
    };
    let label = |k: HardKind| hard_kind_label(tx, k);
    let mut out = None;
    ui.horizontal(|ui| {
        if let Some(k) = w::enum_combo(
            ui,
            (id, "kind"),
            kind,
            &[HardKind::Hard, HardKind::Soft, HardKind::Off],
            label,
            200.0,
        ) {
            out = Some(match k {
                HardKind::Hard => Hardness::Hard,
                HardKind::Soft => Hardness::Soft(1_000_000.0),
                HardKind::Off => Hardness::Off,
            });
        }
        if let Hardness::Soft(wt) = h {
            ui.label(t!(tx, "rules-weight"));
            if let Some(v) = w::float(ui, wt, 0.0..=1e12, 1000.0, 0, "") {
                out = Some(Hardness::Soft(v));
            }
        }
    });
    out
}

/// The name of a strictness choice.
fn hard_kind_label(tx: Tr, k: HardKind) -> String {
    match k {
        HardKind::Hard => t!(tx, "common-must-hold"),
        HardKind::Soft => t!(tx, "rules-may-be-broken-at"),
        HardKind::Off => t!(tx, "common-off"),
    }
}

/// The names of the strictness choices (for the test that renders every label).
#[cfg(test)]
pub(crate) fn hard_kind_labels(tx: Tr) -> Vec<String> {
    [HardKind::Hard, HardKind::Soft, HardKind::Off]
        .into_iter()
        .map(|k| hard_kind_label(tx, k))
        .collect()
}

fn criterion_label(tx: Tr, c: PriorityCriterion) -> String {
    match c {
        PriorityCriterion::ChildUnder36Months => t!(tx, "rules-raising-child-under-36"),
        PriorityCriterion::DependentElderly => t!(tx, "rules-caring-for-elderly-relative"),
        PriorityCriterion::Health => t!(tx, "common-health-condition"),
        PriorityCriterion::RetiringWithinMonths(m) => {
            t!(tx, "rules-retiring-within-m-months", m = m.to_string())
        }
    }
}

/// The rules page.
pub fn rules_ui(ui: &mut Ui, ctx: &PanelCtx, _st: &mut RulesState, cmds: &mut Vec<Command>) {
    let tx = ctx.tx;
    let r: &Rules = &ctx.plan.rules;
    let pr = |f: &str| ctx.problems.at_field(EntityKind::Rules, 0, f);
    w::page_header!(ui, tx, "entity-rules", "rules-policy-limits-how-strictly");
    egui::ScrollArea::vertical()
        .id_salt("rules-scroll")
        .show(ui, |ui| {
            w::heading(ui, &t!(tx, "rules-limits"));
            egui::Grid::new("rules-limits")
                .num_columns(2)
                .spacing([16.0, 6.0])
                .show(ui, |ui| {
                    rule_row(
                        ui,
                        tx,
                        cmds,
                        (
                            &t!(tx, "rules-longest-daily-commute"),
                            &t!(tx, "rules-one-way-people-above"),
                            &pr("max_daily_commute_minutes"),
                        ),
                        ("rules.maxc", t!(tx, "rules-change-longest-commute")),
                        |ui| w::float(ui, r.max_daily_commute_minutes, 0.0..=600.0, 1.0, 0, " min"),
                        |rules, v| rules.max_daily_commute_minutes = v,
                    );
                    w::form_row(
                        ui,
                        tx,
                        &t!(tx, "rules-monthly-budget"),
                        &t!(tx, "rules-cap-on-transport-and"),
                        &pr("monthly_budget_vnd"),
                        |ui| {
                            ui.horizontal(|ui| {
                                let mut on = r.monthly_budget_vnd.is_some();
                                if ui.checkbox(&mut on, t!(tx, "rules-capped")).changed() {
                                    cmds.push(Command::edit(
                                        "rules.budget",
                                        t!(tx, "rules-change-budget"),
                                        move |p| {
                                            p.rules.monthly_budget_vnd =
                                                on.then_some(5_000_000_000.0)
                                        },
                                    ));
                                }
                                if let Some(b) = r.monthly_budget_vnd
                                    && let Some(v) = w::money(ui, tx, b)
                                {
                                    cmds.push(Command::edit(
                                        "rules.budget",
                                        t!(tx, "rules-change-budget"),
                                        move |p| p.rules.monthly_budget_vnd = Some(v),
                                    ));
                                }
                            });
                        },
                    );
                    rule_row(
                        ui,
                        tx,
                        cmds,
                        (&t!(tx, "rules-budget-cap"), "", &pr("budget")),
                        ("rules.budget.h", t!(tx, "rules-change-budget-rule")),
                        |ui| hardness(ui, tx, "budget-h", r.budget),
                        |rules, h| rules.budget = h,
                    );
                    rule_row(
                        ui,
                        tx,
                        cmds,
                        (
                            &t!(tx, "rules-working-days-per-month"),
                            "",
                            &pr("working_days_per_month"),
                        ),
                        ("rules.days", t!(tx, "rules-change-working-days")),
                        |ui| w::float(ui, r.working_days_per_month, 1.0..=31.0, 0.5, 1, ""),
                        |rules, v| rules.working_days_per_month = v,
                    );
                    rule_row(
                        ui,
                        tx,
                        cmds,
                        (
                            &t!(tx, "common-weekly-trips-home"),
                            &t!(tx, "rules-monthly-cost-of-weekly"),
                            &pr("weekly_travel_vnd_per_month"),
                        ),
                        ("rules.weekly", t!(tx, "rules-change-weekly-travel-cost")),
                        |ui| w::money(ui, tx, r.weekly_travel_vnd_per_month),
                        |rules, v| rules.weekly_travel_vnd_per_month = v,
                    );
                    rule_row(
                        ui,
                        tx,
                        cmds,
                        (
                            &t!(tx, "rules-retirement-age-men"),
                            &t!(tx, "rules-in-months-labour-code"),
                            &pr("retirement_age_male_months"),
                        ),
                        ("rules.ret.m", t!(tx, "rules-change-retirement-age")),
                        |ui| w::uint(ui, r.retirement_age_male_months, 1200),
                        |rules, v| rules.retirement_age_male_months = v,
                    );
                    rule_row(
                        ui,
                        tx,
                        cmds,
                        (
                            &t!(tx, "rules-retirement-age-women"),
                            &t!(tx, "rules-in-months-labour-code"),
                            &pr("retirement_age_female_months"),
                        ),
                        ("rules.ret.f", t!(tx, "rules-change-retirement-age")),
                        |ui| w::uint(ui, r.retirement_age_female_months, 1200),
                        |rules, v| rules.retirement_age_female_months = v,
                    );
                });

            w::heading(ui, &t!(tx, "rules-how-strictly-each-rule"));
            egui::Grid::new("rules-enf")
                .num_columns(2)
                .spacing([16.0, 6.0])
                .show(ui, |ui| {
                    for &family in RuleFamily::ALL {
                        let Some(current) = family.hardness(&r.enforcement) else {
                            continue;
                        };
                        let field = family.as_str();
                        let probs = pr(&format!("enforcement.{field}"));
                        w::form_row(ui, tx, &family.name(tx.lang), "", &probs, |ui| {
                            if let Some(h) = hardness(ui, tx, field, current) {
                                cmds.push(Command::edit(
                                    format!("rules.enf.{field}"),
                                    t!(tx, "rules-change-rule-strictness"),
                                    move |p| {
                                        family.set_hardness(&mut p.rules.enforcement, h);
                                    },
                                ));
                            }
                        });
                    }
                });

            w::heading(ui, &t!(tx, "rules-what-matters-most-objective"));
            let mut wts = r.weights;
            let labels = [
                t!(tx, "rules-one-minute-of-commute"),
                t!(tx, "rules-one-vnd-per-month"),
                t!(tx, "rules-one-person-moved"),
                t!(tx, "rules-one-survey-answer-not"),
            ];
            let tips = [
                t!(tx, "rules-weight-of-one-minute"),
                t!(tx, "rules-weight-of-money"),
                t!(tx, "rules-weight-of-one-person"),
                t!(tx, "rules-weight-of-one-person-whose-arrangement"),
            ];
            egui::Grid::new("rules-weights")
                .num_columns(2)
                .spacing([16.0, 6.0])
                .show(ui, |ui| {
                    let rows = WEIGHTS.iter().zip(WEIGHT_AT).zip(labels.iter().zip(&tips));
                    for (((field, key, max, speed, decimals), at), (label, tip)) in rows {
                        let problems = pr(&format!("weights.{field}"));
                        w::form_row(ui, tx, label, tip, &problems, |ui| {
                            let value = *at(&mut wts);
                            if let Some(v) = w::float(ui, value, 0.0..=*max, *speed, *decimals, "")
                            {
                                cmds.push(Command::edit(
                                    format!("rules.w.{key}"),
                                    t!(tx, "rules-change-weights"),
                                    move |p| *at(&mut p.rules.weights) = v,
                                ));
                            }
                        });
                    }
                });

            w::heading(ui, &t!(tx, "rules-working-area-per-position"));
            ui.label(egui::RichText::new(t!(tx, "rules-maximum-working-area-each")).weak());
            let mut grades = Edits::new(cmds, |p| &mut p.grades, "rules.grade");
            egui::Grid::new("rules-grades")
                .num_columns(3)
                .striped(true)
                .spacing([12.0, 4.0])
                .show(ui, |ui| {
                    ui.strong(t!(tx, "common-position"));
                    ui.strong(t!(tx, "rules-name-in-english"));
                    ui.strong(t!(tx, "rules-m2-per-person"));
                    ui.end_row();
                    for (gi, g) in ctx.plan.grades.iter().enumerate() {
                        w::set_name(ui, &t!(tx, "common-position"));
                        let v = w::text(ui, ("grade-name", gi), &g.name, 280.0);
                        grades.set(gi, v, "name", &t!(tx, "common-change-position"), |g, v| {
                            g.name = v
                        });
                        w::set_name(ui, &t!(tx, "rules-name-in-english"));
                        let v = w::text(ui, ("grade-name-en", gi), &g.name_en, 280.0);
                        grades.set(gi, v, "en", &t!(tx, "common-change-position"), |g, v| {
                            g.name_en = v
                        });
                        w::set_name(ui, &t!(tx, "rules-m2-per-person"));
                        let v = w::float(ui, g.area_m2_per_person, 0.0..=500.0, 0.5, 1, " m²");
                        grades.set(gi, v, "area", &t!(tx, "rules-change-area-norm"), |g, v| {
                            g.area_m2_per_person = v
                        });
                        ui.end_row();
                    }
                });
            w::clear_name(ui);

            w::heading(ui, &t!(tx, "rules-priority-groups"));
            ui.label(egui::RichText::new(t!(tx, "rules-people-in-priority-group")).weak());
            let mut groups = Edits::new(cmds, |p| &mut p.rules.priority_groups, "rules.pg");
            egui::Grid::new("rules-groups")
                .num_columns(4)
                .striped(true)
                .spacing([12.0, 6.0])
                .show(ui, |ui| {
                    ui.strong(t!(tx, "common-name"));
                    ui.strong(t!(tx, "rules-who"));
                    ui.strong(t!(tx, "rules-strictness"));
                    ui.label("");
                    ui.end_row();
                    for (gi, g) in r.priority_groups.iter().enumerate() {
                        w::set_name(ui, &g.name);
                        let v = w::text(ui, ("pg-name", gi), &g.name, 220.0);
                        groups.set(
                            gi,
                            v,
                            "name",
                            &t!(tx, "rules-change-priority-group"),
                            |g, v| g.name = v,
                        );
                        ui.label(criterion_label(tx, g.criterion));
                        let h = hardness(ui, tx, &format!("pg-h-{gi}"), g.hardness);
                        groups.set(
                            gi,
                            h,
                            "h",
                            &t!(tx, "rules-change-priority-group"),
                            |g, h| g.hardness = h,
                        );
                        if ui.button(t!(tx, "common-remove")).clicked() {
                            groups.push(Command::edit(
                                "rules.pg.del",
                                t!(tx, "rules-remove-priority-group"),
                                move |p| {
                                    p.rules.priority_groups.remove(gi);
                                },
                            ));
                        }
                        ui.end_row();
                    }
                });
            w::clear_name(ui);
            ui.horizontal(|ui| {
                let existing: Vec<PriorityCriterion> =
                    r.priority_groups.iter().map(|g| g.criterion).collect();
                for c in [
                    PriorityCriterion::ChildUnder36Months,
                    PriorityCriterion::DependentElderly,
                    PriorityCriterion::Health,
                    PriorityCriterion::RetiringWithinMonths(24),
                ] {
                    if !existing.contains(&c)
                        && ui.button(format!("+ {}", criterion_label(tx, c))).clicked()
                    {
                        let id = w::fresh_id(
                            "nhom-uu-tien",
                            r.priority_groups.iter().map(|g| g.id.as_str()),
                        );
                        let name = criterion_label(tx, c);
                        cmds.push(Command::edit(
                            "rules.pg.add",
                            t!(tx, "rules-add-priority-group"),
                            move |p| {
                                p.rules.priority_groups.push(PriorityGroup {
                                    id,
                                    name,
                                    criterion: c,
                                    hardness: Hardness::Hard,
                                })
                            },
                        ));
                    }
                }
            });

            w::heading(ui, &t!(tx, "rules-share-of-staff-per"));
            let sites: Vec<(String, String)> = ctx
                .plan
                .sites
                .iter()
                .map(|s| (s.id.clone(), s.name.clone()))
                .collect();
            let mut shares = Edits::new(cmds, |p| &mut p.rules.site_shares, "rules.share");
            egui::Grid::new("rules-shares")
                .num_columns(5)
                .striped(true)
                .spacing([12.0, 6.0])
                .show(ui, |ui| {
                    for (si, s) in r.site_shares.iter().enumerate() {
                        w::set_name(ui, &t!(tx, "rules-share-of-staff-per"));
                        let label = t!(tx, "rules-change-site-share");
                        let v = w::id_combo(ui, ("share-site", si), &s.site, &sites, None, 260.0);
                        shares.set(si, v, "site", &label, |s, v| s.site = v);
                        let v = w::float(ui, s.min_pct, 0.0..=100.0, 1.0, 0, " %");
                        shares.set(si, v, "min", &label, |s, v| s.min_pct = v);
                        let v = w::float(ui, s.max_pct, 0.0..=100.0, 1.0, 0, " %");
                        shares.set(si, v, "max", &label, |s, v| s.max_pct = v);
                        let h = hardness(ui, tx, &format!("share-h-{si}"), s.hardness);
                        shares.set(si, h, "h", &label, |s, h| s.hardness = h);
                        if ui.button(t!(tx, "common-remove")).clicked() {
                            shares.push(Command::edit(
                                "rules.share.del",
                                t!(tx, "rules-remove-site-share"),
                                move |p| {
                                    p.rules.site_shares.remove(si);
                                },
                            ));
                        }
                        ui.end_row();
                    }
                });
            w::clear_name(ui);
            if ui
                .button(format!("+ {}", t!(tx, "rules-add-share-rule")))
                .clicked()
            {
                let site = ctx
                    .plan
                    .sites
                    .first()
                    .map(|s| s.id.clone())
                    .unwrap_or_default();
                cmds.push(Command::edit(
                    "rules.share.add",
                    t!(tx, "rules-add-site-share"),
                    move |p| {
                        p.rules.site_shares.push(SiteShare {
                            site,
                            min_pct: 0.0,
                            max_pct: 100.0,
                            hardness: Hardness::Hard,
                        })
                    },
                ));
            }
            let other: Vec<_> = ctx.problems.of(EntityKind::Rules, 0).collect();
            if !other.is_empty() {
                ui.separator();
                for p in other {
                    ui.label(egui::RichText::new(format!("▲ {p}")).color(w::PROBLEM));
                }
            }
        });
}
