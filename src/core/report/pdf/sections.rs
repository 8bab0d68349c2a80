//! The report's sections, in the order they are printed: title page,
//! decision summary, headquarters (with the charts), units, transport and
//! housing, rules, and the sign-off block.

use super::charts::{commute_chart, cost_chart, occupancy_chart};
use super::layout::{Align, Layout};
use super::{ACCENT, BAD, BLACK, CONTENT_W, GOOD, GREY, MARGIN_BOTTOM, MARGIN_X, PAGE_H, Rgb};
use crate::core::report::Lang;
use crate::core::report::fmt::{count, date, minutes, number, pct, vnd};
use crate::core::report::labels::L;
use crate::core::report::model::{ReportModel, status_label};

fn summary_text(m: &ReportModel) -> Vec<String> {
    let lang = m.lang;
    let vi = lang == Lang::Vi;
    let mut out = Vec::new();
    if !m.has_plan() {
        // A solved plan with nobody in it is a plan with no staff yet, not a failure.
        let empty = m.status.has_plan();
        out.push(
            if empty { L::NoStaff } else { L::NoPlan }
                .t(lang)
                .to_owned(),
        );
        return out;
    }
    let split: Vec<String> = m
        .sites
        .iter()
        .filter(|s| s.people > 0)
        .map(|s| {
            if vi {
                format!("{} người tại {}", count(s.people, lang), s.name)
            } else {
                format!("{} at {}", count(s.people, lang), s.name)
            }
        })
        .collect();
    out.push(if vi {
        format!(
            "Phương án \"{}\" bố trí {} cán bộ, công chức, viên chức: {}.",
            m.scenario_name,
            count(m.staff, lang),
            split.join("; ")
        )
    } else {
        format!(
            "Scenario \"{}\" places {} staff: {}.",
            m.scenario_name,
            count(m.staff, lang),
            split.join("; ")
        )
    });
    out.push(if vi {
        format!(
            "{} người đi về hằng ngày bằng phương tiện được bố trí hoặc tự túc có hỗ trợ; {} người ở nhà công vụ, ký túc xá và về nhà hằng tuần.",
            count(m.daily_commuters, lang),
            count(m.housed, lang)
        )
    } else {
        format!(
            "{} commute daily by organised transport or own means with an allowance; {} stay in official housing or dormitories and go home weekly.",
            count(m.daily_commuters, lang),
            count(m.housed, lang)
        )
    });
    out.push(if vi {
        format!(
            "Thời gian đi lại một chiều trung bình: {} phút hiện nay, {} phút theo phương án (95% số người không quá {} phút).",
            minutes(m.commute_before.mean, lang),
            minutes(m.commute_after.mean, lang),
            minutes(m.commute_after.p95, lang)
        )
    } else {
        format!(
            "Mean one-way commute: {} minutes today, {} minutes in this plan (95% of people at most {} minutes).",
            minutes(m.commute_before.mean, lang),
            minutes(m.commute_after.mean, lang),
            minutes(m.commute_after.p95, lang)
        )
    });
    let budget = match m.budget_vnd {
        Some(b) if vi => format!(" (trần kinh phí {} đồng)", vnd(b, lang)),
        Some(b) => format!(" (budget cap {} VND)", vnd(b, lang)),
        None => String::new(),
    };
    out.push(if vi {
        format!(
            "Kinh phí hằng tháng: {} đồng{budget}. {} người thay đổi nơi làm việc; {} người được bố trí khác nguyện vọng đã đăng ký.",
            vnd(m.cost.total_vnd, lang),
            count(m.disrupted, lang),
            count(m.preference_mismatches, lang)
        )
    } else {
        format!(
            "Monthly cost: {} VND{budget}. {} people change workplace; {} are placed against their survey answer.",
            vnd(m.cost.total_vnd, lang),
            count(m.disrupted, lang),
            count(m.preference_mismatches, lang)
        )
    });
    let broken = m.violated_rules().count();
    out.push(match (broken, vi) {
        (0, _) => L::NoViolations.t(lang).to_owned(),
        (n, true) => format!("{n} quy tắc mềm bị vi phạm (xem mục Quy tắc)."),
        (n, false) => format!("{n} soft rule(s) broken (see Rules)."),
    });
    out
}

/// The title page: title, plan and scenario, and the audit stamp box.
pub(super) fn title_page(l: &mut Layout, m: &ReportModel) {
    let lang = m.lang;
    l.y = 150.0;
    for line in l.m.wrap(L::ReportTitle.t(lang), 20.0, true, CONTENT_W) {
        l.y += 28.0;
        let w = l.m.width(&line, 20.0, true);
        l.text(
            MARGIN_X + (CONTENT_W - w) / 2.0,
            l.y,
            20.0,
            true,
            ACCENT,
            &line,
        );
    }
    l.y += 24.0;
    let sub = L::ReportSubtitle.t(lang);
    let w = l.m.width(sub, 12.0, false);
    l.text(
        MARGIN_X + (CONTENT_W - w) / 2.0,
        l.y,
        12.0,
        false,
        GREY,
        sub,
    );
    l.y += 50.0;
    let period = format!("{} – {}", date(m.period_start), date(m.period_end));
    let export_date = m.stamp.exported_at.format("%d/%m/%Y").to_string();
    for (label, value) in [
        (L::Plan.t(lang), m.plan_name.as_str()),
        (L::Scenario.t(lang), m.scenario_name.as_str()),
        (L::Period.t(lang), period.as_str()),
        (L::ExportDate.t(lang), export_date.as_str()),
        (L::SolverStatus.t(lang), status_label(&m.status, lang)),
    ] {
        let lines = l.m.wrap(value, 12.0, true, CONTENT_W - 150.0);
        l.y += 22.0;
        l.text(MARGIN_X + 20.0, l.y, 11.0, false, GREY, label);
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                l.y += 16.0;
            }
            l.text(MARGIN_X + 150.0, l.y, 12.0, true, BLACK, line);
        }
    }
    if !m.scenario_notes.is_empty() {
        l.y += 14.0;
        l.paragraph(&m.scenario_notes, 10.0, false, GREY);
    }
    if m.anonymized {
        l.y += 10.0;
        l.paragraph(L::AnonymisedNote.t(lang), 10.0, true, ACCENT);
    }
    // Audit stamp box at the bottom of the title page.
    let stamp = m.stamp.lines(lang);
    let box_h = 22.0 + stamp.len() as f32 * 13.0;
    let top = PAGE_H - MARGIN_BOTTOM - box_h;
    l.rect(MARGIN_X, top, CONTENT_W, box_h, Rgb(244, 246, 249));
    l.text(
        MARGIN_X + 10.0,
        top + 15.0,
        9.0,
        true,
        BLACK,
        L::AuditStamp.t(lang),
    );
    for (i, (label, value)) in stamp.iter().enumerate() {
        let y = top + 29.0 + i as f32 * 13.0;
        l.text(MARGIN_X + 10.0, y, 7.5, false, GREY, label);
        let v = l.m.fit(value, 7.5, false, CONTENT_W - 150.0);
        l.text(MARGIN_X + 140.0, y, 7.5, false, BLACK, &v);
    }
}

/// The decision summary page: the summary, key figures and monthly cost.
pub(super) fn decision_summary(l: &mut Layout, m: &ReportModel) {
    let lang = m.lang;
    l.new_page();
    l.heading(L::DecisionSummary.t(lang), 60.0);
    l.y += 4.0;
    for s in summary_text(m) {
        l.paragraph(&format!("• {s}"), 10.5, false, BLACK);
        l.y += 3.0;
    }
    l.subheading(L::KeyFigures.t(lang), 40.0);
    let figures: Vec<Vec<String>> = m
        .key_figures()
        .into_iter()
        .map(|(k, v)| vec![k.to_owned(), v])
        .collect();
    l.table(
        &[
            (L::Indicator.t(lang), 3.0, Align::Left),
            (L::Value.t(lang), 1.4, Align::Right),
        ],
        &figures,
        9.0,
    );
    l.subheading(L::MonthlyCost.t(lang), 40.0);
    let mut cost_rows: Vec<Vec<String>> = m
        .cost_categories()
        .into_iter()
        .map(|(k, v)| vec![k.to_owned(), vnd(v, lang)])
        .collect();
    cost_rows.push(vec![
        L::CostTotal.t(lang).to_owned(),
        vnd(m.cost.total_vnd, lang),
    ]);
    l.table(
        &[
            (L::Indicator.t(lang), 3.0, Align::Left),
            (L::MonthlyCost.t(lang), 1.4, Align::Right),
        ],
        &cost_rows,
        9.0,
    );
}

/// The headquarters page: the site table and the charts.
pub(super) fn sites(l: &mut Layout, m: &ReportModel) {
    let lang = m.lang;
    l.new_page();
    l.heading(L::SheetSites.t(lang), 60.0);
    let site_rows: Vec<Vec<String>> = m
        .sites
        .iter()
        .map(|s| {
            vec![
                s.name.clone(),
                count(s.people, lang),
                count(s.desks as usize, lang),
                pct(s.desk_fill_share(), lang),
                number(s.area_used_m2, 0, lang),
                number(s.area_available_m2, 0, lang),
                pct(s.area_fill_share(), lang),
            ]
        })
        .collect();
    l.table(
        &[
            (L::Site.t(lang), 3.2, Align::Left),
            (L::People.t(lang), 1.0, Align::Right),
            (L::Desks.t(lang), 1.1, Align::Right),
            (L::DeskFill.t(lang), 1.1, Align::Right),
            (L::AreaUsed.t(lang), 1.3, Align::Right),
            (L::AreaAvailable.t(lang), 1.3, Align::Right),
            (L::AreaFill.t(lang), 1.1, Align::Right),
        ],
        &site_rows,
        8.5,
    );
    occupancy_chart(l, m);
    commute_chart(l, m);
    cost_chart(l, m);
}

/// The per-unit table: people of each unit at each site.
pub(super) fn units(l: &mut Layout, m: &ReportModel) {
    let lang = m.lang;
    l.new_page();
    l.heading(L::PerUnit.t(lang), 60.0);
    let mut cols: Vec<(&str, f32, Align)> = vec![(L::Unit.t(lang), 3.4, Align::Left)];
    for s in &m.sites {
        cols.push((s.name.as_str(), 1.5, Align::Right));
    }
    cols.push((L::Total.t(lang), 0.9, Align::Right));
    let mut unit_rows: Vec<Vec<String>> = m
        .units
        .iter()
        .map(|u| {
            let mut r = vec![u.name.clone()];
            r.extend(u.people_by_site.iter().map(|n| count(*n, lang)));
            r.push(count(u.total, lang));
            r
        })
        .collect();
    let mut total = vec![L::Total.t(lang).to_owned()];
    total.extend(m.sites.iter().map(|s| count(s.people, lang)));
    total.push(count(m.staff, lang));
    unit_rows.push(total);
    l.table(&cols, &unit_rows, 8.5);
}

/// Transport services and housing.
pub(super) fn transport_and_housing(l: &mut Layout, m: &ReportModel) {
    let lang = m.lang;
    l.heading(L::TransportAndHousing.t(lang), 80.0);
    let dash = "–".to_owned();
    let service_rows: Vec<Vec<String>> = m
        .services
        .iter()
        .map(|s| {
            vec![
                s.name.clone(),
                s.mode.clone(),
                count(s.riders, lang),
                if s.has_vehicles {
                    count(s.vehicles as usize, lang)
                } else {
                    dash.clone()
                },
                if s.has_vehicles {
                    pct(s.seat_fill_share, lang)
                } else {
                    dash.clone()
                },
                vnd(s.cost_vnd_per_month, lang),
            ]
        })
        .collect();
    l.table(
        &[
            (L::Service.t(lang), 3.2, Align::Left),
            (L::Mode.t(lang), 1.8, Align::Left),
            (L::Riders.t(lang), 0.9, Align::Right),
            (L::Vehicles.t(lang), 0.8, Align::Right),
            (L::SeatFill.t(lang), 1.0, Align::Right),
            (L::CostPerMonth.t(lang), 1.5, Align::Right),
        ],
        &service_rows,
        8.5,
    );
    l.y += 14.0;
    let housing_rows: Vec<Vec<String>> = m
        .housing
        .iter()
        .map(|h| {
            vec![
                h.name.clone(),
                h.site.clone(),
                count(h.beds as usize, lang),
                count(h.beds_used as usize, lang),
                count(h.beds.saturating_sub(h.beds_used) as usize, lang),
                vnd(h.cost_vnd_per_month, lang),
            ]
        })
        .collect();
    l.table(
        &[
            (L::Housing.t(lang), 3.0, Align::Left),
            (L::Site.t(lang), 2.4, Align::Left),
            (L::Beds.t(lang), 0.8, Align::Right),
            (L::BedsUsed.t(lang), 0.9, Align::Right),
            (L::BedsFree.t(lang), 0.9, Align::Right),
            (L::CostPerMonth.t(lang), 1.4, Align::Right),
        ],
        &housing_rows,
        8.5,
    );
}

/// Rules, violations and the diagnosis.
pub(super) fn rules(l: &mut Layout, m: &ReportModel) {
    let lang = m.lang;
    l.heading(L::ViolationsAndDiagnosis.t(lang), 80.0);
    let rule_rows: Vec<Vec<String>> = m
        .rules
        .iter()
        .map(|r| {
            vec![
                if r.scope.is_empty() {
                    r.rule.clone()
                } else {
                    format!("{} ({})", r.rule, r.scope)
                },
                match r.weight {
                    Some(w) => format!("{} ({})", r.kind, number(w, 0, lang)),
                    None => r.kind.clone(),
                },
                r.status().t(lang).to_owned(),
                if r.violated {
                    number(r.amount, 0, lang)
                } else {
                    String::new()
                },
                r.details.clone(),
            ]
        })
        .collect();
    l.table(
        &[
            (L::Rule.t(lang), 3.0, Align::Left),
            (L::Kind.t(lang), 1.3, Align::Left),
            (L::Status.t(lang), 1.0, Align::Left),
            (L::Amount.t(lang), 1.0, Align::Right),
            (L::Details.t(lang), 3.2, Align::Left),
        ],
        &rule_rows,
        8.0,
    );
    if m.violated_rules().count() == 0 && m.has_plan() {
        l.y += 6.0;
        l.paragraph(L::NoViolations.t(lang), 10.0, false, GOOD);
    }
    if !m.diagnosis.is_empty() {
        l.subheading(L::Diagnosis.t(lang), 30.0);
        for d in &m.diagnosis {
            l.paragraph(&format!("• {d}"), 9.5, false, BAD);
        }
    }
}

/// The sign-off block: who prepared, checked and approved the report.
pub(super) fn sign_off(l: &mut Layout, m: &ReportModel) {
    let lang = m.lang;
    l.heading(L::SignOff.t(lang), 150.0);
    l.y += 16.0;
    let top = l.y;
    let col_w = CONTENT_W / 3.0;
    for (i, (label, name, signed_on)) in m.sign_off.roles().into_iter().enumerate() {
        let label = label.t(lang);
        let cx = MARGIN_X + i as f32 * col_w + col_w / 2.0;
        let centre = |l: &mut Layout, y: f32, size: f32, bold: bool, color: Rgb, t: &str| {
            let t = l.m.fit(t, size, bold, col_w - 10.0);
            let w = l.m.width(&t, size, bold);
            l.text(cx - w / 2.0, y, size, bold, color, &t);
        };
        centre(l, top, 10.0, true, BLACK, label);
        // A date given at export is printed; otherwise a line to fill in by hand.
        match signed_on {
            Some(d) => {
                let t = format!("{} {}", L::SignedOn.t(lang), date(d));
                centre(l, top + 14.0, 8.5, false, BLACK, &t);
            }
            None => centre(l, top + 14.0, 8.0, false, GREY, L::DateLine.t(lang)),
        }
        centre(l, top + 26.0, 7.5, false, GREY, L::SignatureLine.t(lang));
        l.line(
            cx - col_w / 2.0 + 12.0,
            top + 90.0,
            cx + col_w / 2.0 - 12.0,
            top + 90.0,
            0.5,
            GREY,
        );
        centre(l, top + 104.0, 9.5, true, BLACK, name);
    }
    l.y = top + 120.0;
}
