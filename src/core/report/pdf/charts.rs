//! The charts of the headquarters page: occupancy, commute times and costs.

use super::layout::Layout;
use super::{
    AFTER, BEFORE, BLACK, CONTENT_W, GREY, LIGHT, LIGHT_GREY, MARGIN_X, MAX_LEGEND_UNITS, PALETTE,
};
use crate::core::report::ReportModel;
use crate::core::report::fmt::{count, number};
use crate::core::report::labels::L;

pub(super) fn occupancy_chart(l: &mut Layout, m: &ReportModel) {
    let lang = m.lang;
    // A legend of hundreds of units would not fit: the largest units get a
    // colour each, the rest share one grey "Others" segment.
    let mut by_size: Vec<(usize, &str)> = m
        .units
        .iter()
        .filter(|u| u.total > 0)
        .map(|u| (u.total, u.name.as_str()))
        .collect();
    by_size.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    let grouped = by_size.len() > MAX_LEGEND_UNITS;
    let keep: Vec<&str> = by_size
        .iter()
        .take(if grouped {
            MAX_LEGEND_UNITS - 1
        } else {
            by_size.len()
        })
        .map(|(_, n)| *n)
        .collect();
    let units: Vec<&str> = m
        .units
        .iter()
        .map(|u| u.name.as_str())
        .filter(|n| keep.contains(n))
        .collect();
    let others = L::Others.t(lang);
    let legend: Vec<&str> = units
        .iter()
        .copied()
        .chain(grouped.then_some(others))
        .collect();
    let legend_rows = legend.len().div_ceil(2);
    let bar_h = 22.0;
    let chart_h = 30.0 + m.sites.len() as f32 * (bar_h + 22.0) + 20.0 + legend_rows as f32 * 10.0;
    l.subheading(L::ChartOccupancy.t(lang), chart_h);
    let label_w = 0.0;
    let x0 = MARGIN_X + label_w;
    let w = CONTENT_W - label_w;
    let max = m
        .sites
        .iter()
        .map(|s| s.people.max(s.desks as usize))
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let step = nice_step(max, 5);
    let axis_max = (max / step).ceil() * step;
    let scale = |v: f64| (v / axis_max) as f32 * w;
    let color_of = |name: &str| match units.iter().position(|u| *u == name) {
        Some(i) => PALETTE[i % PALETTE.len()],
        None => LIGHT_GREY,
    };
    l.y += 8.0;
    for s in &m.sites {
        l.y += 12.0;
        let label = format!(
            "{} — {} / {} {}",
            s.name,
            count(s.people, lang),
            count(s.desks as usize, lang),
            L::Desks.t(lang).to_lowercase()
        );
        let label = l.m.fit(&label, 8.5, true, w);
        l.text(x0, l.y, 8.5, true, BLACK, &label);
        l.y += 4.0;
        let top = l.y;
        let mut x = x0;
        let mut rest = 0;
        for (unit, n) in &s.people_by_unit {
            if units.contains(&unit.as_str()) {
                let seg = scale(*n as f64);
                l.rect(x, top, seg, bar_h, color_of(unit));
                x += seg;
            } else {
                rest += n;
            }
        }
        l.rect(x, top, scale(rest as f64), bar_h, LIGHT_GREY);
        let desk_x = x0 + scale(f64::from(s.desks));
        l.dashed(desk_x, top - 3.0, desk_x, top + bar_h + 3.0, BLACK);
        l.y += bar_h + 6.0;
    }
    // Axis with ticks.
    let axis_y = l.y;
    l.line(x0, axis_y, x0 + w, axis_y, 0.5, GREY);
    let mut v = 0.0;
    while v <= axis_max + 1e-9 {
        let x = x0 + scale(v);
        l.line(x, axis_y, x, axis_y + 3.0, 0.5, GREY);
        let t = count(v as usize, lang);
        let tw = l.m.width(&t, 7.0, false);
        l.text(x - tw / 2.0, axis_y + 11.0, 7.0, false, GREY, &t);
        v += step;
    }
    l.y += 20.0;
    // Legend in two columns.
    let col_w = CONTENT_W / 2.0;
    for (i, u) in legend.iter().enumerate() {
        let cx = MARGIN_X + (i % 2) as f32 * col_w;
        let cy = l.y + (i / 2) as f32 * 10.0;
        l.rect(cx, cy - 6.5, 7.0, 7.0, color_of(u));
        let t = l.m.fit(u, 7.0, false, col_w - 14.0);
        l.text(cx + 10.0, cy, 7.0, false, BLACK, &t);
    }
    l.y += legend_rows as f32 * 10.0;
}

pub(super) fn commute_chart(l: &mut Layout, m: &ReportModel) {
    let lang = m.lang;
    let h = &m.histogram;
    let plot_h = 120.0;
    l.subheading(L::ChartCommute.t(lang), plot_h + 50.0);
    l.y += 8.0;
    // Legend.
    for (i, (label, color)) in [(L::Before.t(lang), BEFORE), (L::After.t(lang), AFTER)]
        .into_iter()
        .enumerate()
    {
        let x = MARGIN_X + 30.0 + i as f32 * 120.0;
        l.rect(x, l.y - 6.5, 7.0, 7.0, color);
        l.text(x + 10.0, l.y, 7.5, false, BLACK, label);
    }
    l.y += 8.0;
    let x0 = MARGIN_X + 30.0;
    let w = CONTENT_W - 30.0;
    let top = l.y;
    let bottom = top + plot_h;
    let max = h
        .before
        .iter()
        .chain(&h.after)
        .copied()
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let step = nice_step(max, 4);
    let axis_max = (max / step).ceil() * step;
    let sy = |v: f64| bottom - (v / axis_max) as f32 * plot_h;
    // Grid and y ticks.
    let mut v = 0.0;
    while v <= axis_max + 1e-9 {
        let y = sy(v);
        l.line(x0, y, x0 + w, y, 0.3, LIGHT);
        let t = count(v as usize, lang);
        let tw = l.m.width(&t, 7.0, false);
        l.text(x0 - 4.0 - tw, y + 2.5, 7.0, false, GREY, &t);
        v += step;
    }
    let bins = h.before.len().max(h.after.len()).max(1);
    let slot = w / bins as f32;
    for i in 0..bins {
        let x = x0 + i as f32 * slot;
        let b = h.before.get(i).copied().unwrap_or(0) as f64;
        let a = h.after.get(i).copied().unwrap_or(0) as f64;
        let bw = slot * 0.38;
        l.rect(x + slot * 0.1, sy(b), bw, bottom - sy(b), BEFORE);
        l.rect(x + slot * 0.1 + bw, sy(a), bw, bottom - sy(a), AFTER);
        let from = h.bin_minutes * i as f64;
        let label = if i + 1 == bins {
            format!("{}+", number(from, 0, lang))
        } else {
            format!(
                "{}–{}",
                number(from, 0, lang),
                number(from + h.bin_minutes, 0, lang)
            )
        };
        let tw = l.m.width(&label, 6.5, false);
        l.text(
            x + (slot - tw) / 2.0,
            bottom + 10.0,
            6.5,
            false,
            GREY,
            &label,
        );
    }
    l.line(x0, bottom, x0 + w, bottom, 0.6, GREY);
    l.y = bottom + 22.0;
    let caption = format!(
        "{} ({})",
        L::Minutes.t(lang),
        L::People.t(lang).to_lowercase()
    );
    let tw = l.m.width(&caption, 7.0, false);
    l.text(x0 + (w - tw) / 2.0, l.y - 4.0, 7.0, false, GREY, &caption);
}

pub(super) fn cost_chart(l: &mut Layout, m: &ReportModel) {
    let lang = m.lang;
    let cats = m.cost_categories();
    let bar_h = 14.0;
    l.subheading(
        L::ChartCost.t(lang),
        cats.len() as f32 * (bar_h + 6.0) + 20.0,
    );
    l.y += 6.0;
    let label_w = 150.0;
    let value_w = 70.0;
    let x0 = MARGIN_X + label_w;
    let w = CONTENT_W - label_w - value_w;
    let max = cats.iter().map(|c| c.1).fold(0.0, f64::max).max(1.0);
    for (i, (label, value)) in cats.iter().enumerate() {
        let top = l.y;
        let t = l.m.fit(label, 8.0, false, label_w - 8.0);
        l.text(MARGIN_X, top + bar_h - 3.5, 8.0, false, BLACK, &t);
        let bw = (value / max) as f32 * w;
        l.rect(x0, top, bw, bar_h, PALETTE[i % PALETTE.len()]);
        let v = number(value / 1e6, 1, lang);
        l.text(x0 + bw + 4.0, top + bar_h - 3.5, 8.0, false, BLACK, &v);
        l.y += bar_h + 6.0;
    }
}

/// A round step for an axis from 0 to `max` with about `ticks` ticks.
fn nice_step(max: f64, ticks: usize) -> f64 {
    let raw = (max / ticks.max(1) as f64).max(1e-9);
    let mag = 10f64.powf(raw.log10().floor());
    let norm = raw / mag;
    let nice = if norm <= 1.0 {
        1.0
    } else if norm <= 2.0 {
        2.0
    } else if norm <= 2.5 {
        2.5
    } else if norm <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * mag
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_steps_are_round() {
        assert_eq!(nice_step(1300.0, 5), 500.0);
        assert_eq!(nice_step(2582.0, 5), 1000.0);
        assert_eq!(nice_step(37.0, 4), 10.0);
        assert_eq!(nice_step(9.0, 4), 2.5);
    }
}
