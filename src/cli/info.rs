//! `hq-planner info`: counts per entity, per site and per unit.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::core::plan::Plan;

/// Renders the info report as plain text (sorted, reproducible).
pub fn render(plan: &Plan) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "Plan: {}", plan.name);
    let _ = writeln!(s, "Format version: {}", plan.format_version);
    let _ = writeln!(s);
    let _ = writeln!(s, "Entities");
    for (label, n) in [
        ("grades", plan.grades.len()),
        ("sites", plan.sites.len()),
        ("zones", plan.zones.len()),
        ("travel entries", plan.travel.entries.len()),
        ("units", plan.units.len()),
        ("cadres", plan.cadres.len()),
        ("transport services", plan.transport.len()),
        ("housing blocks", plan.housing.len()),
        ("priority groups", plan.rules.priority_groups.len()),
        ("scenarios", plan.scenarios.len()),
    ] {
        let _ = writeln!(s, "  {label:<20} {n:>8}");
    }

    let mut current: BTreeMap<&str, usize> = BTreeMap::new();
    let mut pinned: BTreeMap<&str, usize> = BTreeMap::new();
    for c in &plan.cadres {
        *current
            .entry(c.current_site.as_deref().unwrap_or(""))
            .or_default() += 1;
        if let Some(p) = &c.pinned_site {
            *pinned.entry(p).or_default() += 1;
        }
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "Sites (desks, area m2, working here today, pinned here)");
    for site in &plan.sites {
        let _ = writeln!(
            s,
            "  {:<22} {:>7} {:>10.0} {:>8} {:>6}  {}",
            site.id,
            site.desks,
            site.area_m2,
            current.get(site.id.as_str()).copied().unwrap_or(0),
            pinned.get(site.id.as_str()).copied().unwrap_or(0),
            site.name
        );
    }
    if let Some(n) = current.get("") {
        let _ = writeln!(
            s,
            "  {:<22} {:>7} {:>10} {:>8}",
            "(no current site)", "", "", n
        );
    }
    let desks: u64 = plan.sites.iter().map(|x| u64::from(x.desks)).sum();
    let _ = writeln!(
        s,
        "  {:<22} {:>7}            {:>8}",
        "total",
        desks,
        plan.cadres.len()
    );

    let mut per_unit: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    for c in &plan.cadres {
        *per_unit
            .entry(&c.unit)
            .or_default()
            .entry(&c.grade)
            .or_default() += 1;
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "Units (members, by grade)");
    for u in &plan.units {
        let grades = per_unit.get(u.id.as_str());
        let total: usize = grades.map(|g| g.values().sum()).unwrap_or(0);
        let mix = grades
            .map(|g| {
                let mut v: Vec<(&str, usize)> = g.iter().map(|(k, n)| (*k, *n)).collect();
                v.sort_by_key(|(k, _)| plan.grade(k).map(|g| std::cmp::Reverse(g.rank)));
                v.iter()
                    .map(|(k, n)| format!("{k} {n}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default();
        let _ = writeln!(s, "  {:<16} {:>6}  {}  [{}]", u.id, total, u.name, mix);
    }
    s
}
