//! The XLSX workbook (rust_xlsxwriter): Summary, Headquarters, Units, Cadres,
//! Transport, Housing, Rules, and Comparison when several scenarios are given.
//!
//! Numbers stay numbers (Excel can sum and filter them); number formats show
//! VND with thousands separators, minutes with one decimal, shares as
//! percentages; dates are real Excel dates. Every table has a bold, frozen
//! header row, an autofilter and column widths fitted to the header.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use super::columns::{Cell, ColumnKind, Target, columns};
use super::labels::L;
use super::model::{Figure, KEY_FIGURES, ReportModel, status_label};
use super::{Lang, Phase, Progress, ReportError};

/// How a column's values are shown.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Text,
    Count,
    Vnd,
    Minutes,
    Pct,
    Area,
    Date,
    Plain,
}

/// One cell value.
#[derive(Debug, Clone, PartialEq)]
enum V {
    T(String),
    N(f64),
    D(NaiveDate),
    Blank,
}

impl From<&str> for V {
    fn from(s: &str) -> Self {
        V::T(s.to_owned())
    }
}
impl From<String> for V {
    fn from(s: String) -> Self {
        V::T(s)
    }
}
impl From<f64> for V {
    fn from(x: f64) -> Self {
        if x.is_finite() { V::N(x) } else { V::Blank }
    }
}
impl From<usize> for V {
    fn from(x: usize) -> Self {
        V::N(x as f64)
    }
}
impl From<u32> for V {
    fn from(x: u32) -> Self {
        V::N(f64::from(x))
    }
}
impl From<Option<f64>> for V {
    fn from(x: Option<f64>) -> Self {
        x.map_or(V::Blank, V::from)
    }
}
impl From<Option<NaiveDate>> for V {
    fn from(x: Option<NaiveDate>) -> Self {
        x.map_or(V::Blank, V::D)
    }
}

/// The formats of one workbook.
struct Formats {
    header: Format,
    bold: Format,
    text: Format,
    count: Format,
    vnd: Format,
    minutes: Format,
    pct: Format,
    area: Format,
    date: Format,
    datetime: Format,
    date_left: Format,
    plain: Format,
}

impl Formats {
    fn new() -> Self {
        Self {
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_background_color("DDE4EE")
                .set_border_bottom(rust_xlsxwriter::FormatBorder::Thin),
            bold: Format::new().set_bold(),
            text: Format::new(),
            count: Format::new().set_num_format("#,##0"),
            vnd: Format::new().set_num_format("#,##0"),
            minutes: Format::new().set_num_format("0.0"),
            pct: Format::new().set_num_format("0.0%"),
            area: Format::new().set_num_format("#,##0"),
            date: Format::new().set_num_format("dd/mm/yyyy"),
            datetime: Format::new()
                .set_num_format("dd/mm/yyyy hh:mm:ss")
                .set_align(rust_xlsxwriter::FormatAlign::Left),
            date_left: Format::new()
                .set_num_format("dd/mm/yyyy")
                .set_align(rust_xlsxwriter::FormatAlign::Left),
            plain: Format::new().set_num_format("General"),
        }
    }

    fn of(&self, k: Kind) -> &Format {
        match k {
            Kind::Text => &self.text,
            Kind::Count => &self.count,
            Kind::Vnd => &self.vnd,
            Kind::Minutes => &self.minutes,
            Kind::Pct => &self.pct,
            Kind::Area => &self.area,
            Kind::Date => &self.date,
            Kind::Plain => &self.plain,
        }
    }
}

fn excel_date(d: NaiveDate) -> Result<ExcelDateTime, XlsxError> {
    let y = u16::try_from(d.year()).map_err(|_| XlsxError::DateTimeRangeError(d.to_string()))?;
    ExcelDateTime::from_ymd(y, d.month() as u8, d.day() as u8)
}

fn excel_datetime(t: NaiveDateTime) -> Result<ExcelDateTime, XlsxError> {
    excel_date(t.date())?.and_hms(t.hour() as u16, t.minute() as u8, t.second())
}

fn write_value(
    ws: &mut Worksheet,
    f: &Formats,
    row: u32,
    col: u16,
    v: &V,
    kind: Kind,
) -> Result<(), XlsxError> {
    match v {
        V::T(s) => {
            ws.write_string_with_format(row, col, s, f.of(Kind::Text))?;
        }
        V::N(x) => {
            ws.write_number_with_format(row, col, *x, f.of(kind))?;
        }
        V::D(d) => {
            ws.write_datetime_with_format(row, col, excel_date(*d)?, &f.date)?;
        }
        V::Blank => {}
    }
    Ok(())
}

/// Writes a table at the top of `ws`: header, rows, frozen header, autofilter, widths.
fn table(
    ws: &mut Worksheet,
    f: &Formats,
    cols: &[(&str, Kind, f64)],
    rows: &[Vec<V>],
) -> Result<(), XlsxError> {
    for (c, (h, _, width)) in cols.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *h, &f.header)?;
        ws.set_column_width(c as u16, *width)?;
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            let kind = cols.get(c).map_or(Kind::Text, |x| x.1);
            write_value(ws, f, r as u32 + 1, c as u16, v, kind)?;
        }
    }
    ws.set_freeze_panes(1, 0)?;
    let last_col = cols.len().saturating_sub(1) as u16;
    ws.autofilter(0, 0, rows.len() as u32, last_col)?;
    Ok(())
}

/// A key figure's cell and number format.
fn figure_cell(f: Figure) -> (V, Kind) {
    match f {
        Figure::Count(n) => (n.into(), Kind::Count),
        Figure::Minutes(x) => (x.into(), Kind::Minutes),
    }
}

/// `v` when `shown`, else an empty cell.
fn only(shown: bool, v: V) -> V {
    if shown { v } else { V::Blank }
}

fn add_sheet<'a>(book: &'a mut Workbook, name: &str) -> Result<&'a mut Worksheet, XlsxError> {
    let ws = book.add_worksheet();
    ws.set_name(name)?;
    Ok(ws)
}

/// Builds the workbook for `models[0]` (detail sheets) and, when several models
/// are given, a Comparison sheet across all of them. Returns the file bytes.
pub fn workbook_bytes(
    models: &[ReportModel],
    progress: &mut dyn FnMut(Progress),
) -> Result<Vec<u8>, ReportError> {
    let Some(m) = models.first() else {
        return Err(ReportError::NothingToExport);
    };
    let lang = m.lang;
    let f = Formats::new();
    let mut book = Workbook::new();
    let props = DocProperties::new()
        .set_title(format!("{} — {}", m.plan_name, m.scenario_name))
        .set_author("HQ Planner")
        .set_comment(format!("{} {}", L::AuditStamp.t(lang), m.stamp.stamp_id))
        .set_creation_datetime(&excel_datetime(m.stamp.exported_at)?);
    book.set_properties(&props);
    let total_steps = 7 + usize::from(models.len() > 1);
    let mut step = 0;
    let mut tick = |progress: &mut dyn FnMut(Progress)| {
        step += 1;
        progress(Progress::new(Phase::Writing, step, total_steps));
    };

    summary_sheet(&mut book, &f, m)?;
    tick(progress);
    sites_sheet(&mut book, &f, m)?;
    tick(progress);
    units_sheet(&mut book, &f, m)?;
    tick(progress);
    cadres_sheet(&mut book, &f, m)?;
    tick(progress);
    transport_sheet(&mut book, &f, m)?;
    tick(progress);
    housing_sheet(&mut book, &f, m)?;
    tick(progress);
    rules_sheet(&mut book, &f, m)?;
    tick(progress);
    if models.len() > 1 {
        comparison_sheet(&mut book, &f, models)?;
        tick(progress);
    }
    Ok(book.save_to_buffer()?)
}

/// Writes label/value lines down columns A and B, one row each.
struct Lines {
    row: u32,
}

impl Lines {
    fn line(
        &mut self,
        ws: &mut Worksheet,
        f: &Formats,
        label: &str,
        v: V,
        kind: Kind,
    ) -> Result<(), XlsxError> {
        ws.write_string(self.row, 0, label)?;
        write_value(ws, f, self.row, 1, &v, kind)?;
        self.row += 1;
        Ok(())
    }

    fn lines(
        &mut self,
        ws: &mut Worksheet,
        f: &Formats,
        items: Vec<(&str, V, Kind)>,
    ) -> Result<(), XlsxError> {
        for (label, v, kind) in items {
            self.line(ws, f, label, v, kind)?;
        }
        Ok(())
    }

    /// A blank row, then a bold heading.
    fn heading(&mut self, ws: &mut Worksheet, f: &Formats, text: &str) -> Result<(), XlsxError> {
        self.row += 1;
        ws.write_string_with_format(self.row, 0, text, &f.bold)?;
        self.row += 1;
        Ok(())
    }
}

fn summary_sheet(book: &mut Workbook, f: &Formats, m: &ReportModel) -> Result<(), XlsxError> {
    let lang = m.lang;
    let ws = add_sheet(book, L::SheetSummary.t(lang))?;
    ws.set_column_width(0, 46)?;
    ws.set_column_width(1, 70)?;
    ws.set_column_width(2, 14)?;
    ws.write_string_with_format(0, 0, L::Indicator.t(lang), &f.header)?;
    ws.write_string_with_format(0, 1, L::Value.t(lang), &f.header)?;
    ws.set_freeze_panes(1, 0)?;
    let mut out = Lines { row: 1 };
    out.lines(
        ws,
        f,
        vec![
            (L::Plan.t(lang), m.plan_name.clone().into(), Kind::Text),
            (
                L::Scenario.t(lang),
                format!("{} ({})", m.scenario_name, m.scenario_id).into(),
                Kind::Text,
            ),
        ],
    )?;
    // The period as two real dates (start in B, end in C), then the export time.
    let r = out.row;
    ws.write_string(r, 0, L::Period.t(lang))?;
    ws.write_datetime_with_format(r, 1, excel_date(m.period_start)?, &f.date_left)?;
    ws.write_datetime_with_format(r, 2, excel_date(m.period_end)?, &f.date_left)?;
    ws.write_string(r + 1, 0, L::ExportDate.t(lang))?;
    ws.write_datetime_with_format(r + 1, 1, excel_datetime(m.stamp.exported_at)?, &f.datetime)?;
    out.row += 2;
    out.lines(
        ws,
        f,
        vec![
            (
                L::SolverStatus.t(lang),
                status_label(&m.status, lang).into(),
                Kind::Text,
            ),
            (L::Gap.t(lang), m.gap.into(), Kind::Pct),
            (L::Objective.t(lang), m.objective.into(), Kind::Vnd),
            (L::SolveSeconds.t(lang), m.seconds.into(), Kind::Minutes),
        ],
    )?;
    if m.anonymized {
        out.line(ws, f, "", L::AnonymisedNote.t(lang).into(), Kind::Text)?;
    }
    out.heading(ws, f, L::KeyFigures.t(lang))?;
    let mut figures: Vec<(&str, V, Kind)> = KEY_FIGURES
        .iter()
        .map(|k| {
            let (v, kind) = figure_cell((k.value)(m));
            (k.label.t(lang), v, kind)
        })
        .collect();
    figures.extend(
        m.cost_categories()
            .into_iter()
            .map(|(label, vnd)| (label, V::from(vnd), Kind::Vnd)),
    );
    figures.push((L::CostTotal.t(lang), m.cost.total_vnd.into(), Kind::Vnd));
    figures.push(match m.budget_vnd {
        Some(b) => (L::Budget.t(lang), b.into(), Kind::Vnd),
        None => (L::Budget.t(lang), L::NoBudget.t(lang).into(), Kind::Text),
    });
    out.lines(ws, f, figures)?;
    if m.sign_off.is_given() {
        // Role in A, name in B, the date (a real date) in C; blanks where not given.
        out.heading(ws, f, L::SignOff.t(lang))?;
        for (role, name, signed_on) in m.sign_off.roles() {
            let r = out.row;
            ws.write_string(r, 0, role.t(lang))?;
            if !name.trim().is_empty() {
                ws.write_string(r, 1, name.trim())?;
            }
            if let Some(d) = signed_on {
                ws.write_datetime_with_format(r, 2, excel_date(d)?, &f.date_left)?;
            }
            out.row += 1;
        }
    }
    out.heading(ws, f, L::AuditStamp.t(lang))?;
    for (label, value) in m.stamp.lines(lang) {
        out.line(ws, f, label, value.into(), Kind::Text)?;
    }
    Ok(())
}

fn sites_sheet(book: &mut Workbook, f: &Formats, m: &ReportModel) -> Result<(), XlsxError> {
    let lang = m.lang;
    let ws = add_sheet(book, L::SheetSites.t(lang))?;
    let cols = [
        (L::Site.t(lang), Kind::Text, 48.0),
        (L::People.t(lang), Kind::Count, 12.0),
        (L::Desks.t(lang), Kind::Count, 14.0),
        (L::DeskFill.t(lang), Kind::Pct, 14.0),
        (L::AreaUsed.t(lang), Kind::Area, 16.0),
        (L::AreaAvailable.t(lang), Kind::Area, 16.0),
        (L::AreaFill.t(lang), Kind::Pct, 14.0),
    ];
    let rows: Vec<Vec<V>> = m
        .sites
        .iter()
        .map(|s| {
            vec![
                s.name.clone().into(),
                s.people.into(),
                s.desks.into(),
                s.desk_fill_share().into(),
                s.area_used_m2.into(),
                s.area_available_m2.into(),
                s.area_fill_share().into(),
            ]
        })
        .collect();
    table(ws, f, &cols, &rows)
}

fn units_sheet(book: &mut Workbook, f: &Formats, m: &ReportModel) -> Result<(), XlsxError> {
    let lang = m.lang;
    let ws = add_sheet(book, L::SheetUnits.t(lang))?;
    let mut cols: Vec<(&str, Kind, f64)> = vec![(L::Unit.t(lang), Kind::Text, 42.0)];
    for s in &m.sites {
        cols.push((s.name.as_str(), Kind::Count, 22.0));
    }
    cols.push((L::Total.t(lang), Kind::Count, 10.0));
    let mut rows: Vec<Vec<V>> = m
        .units
        .iter()
        .map(|u| {
            let mut v: Vec<V> = vec![u.name.clone().into()];
            v.extend(u.people_by_site.iter().map(|n| V::from(*n)));
            v.push(u.total.into());
            v
        })
        .collect();
    let mut total: Vec<V> = vec![L::Total.t(lang).into()];
    total.extend(m.sites.iter().map(|s| V::from(s.people)));
    total.push(m.staff.into());
    rows.push(total);
    table(ws, f, &cols, &rows)?;
    ws.set_row_format(rows.len() as u32, &f.bold)?;
    Ok(())
}

fn cadres_sheet(book: &mut Workbook, f: &Formats, m: &ReportModel) -> Result<(), XlsxError> {
    let lang = m.lang;
    let ws = add_sheet(book, L::SheetCadres.t(lang))?;
    let shown = columns(Target::Sheet, m.anonymized);
    let cols: Vec<(&str, Kind, f64)> = shown
        .iter()
        .map(|c| {
            let kind = match c.kind {
                ColumnKind::Date => Kind::Date,
                ColumnKind::Minutes => Kind::Minutes,
                ColumnKind::Vnd => Kind::Vnd,
                ColumnKind::Text | ColumnKind::Flag | ColumnKind::MinutesChange => Kind::Text,
            };
            (c.label.t(lang), kind, c.sheet_width.unwrap_or_default())
        })
        .collect();
    let rows: Vec<Vec<V>> = m
        .cadres
        .iter()
        .map(|c| {
            shown
                .iter()
                .map(|col| match (col.value)(c) {
                    Cell::Text(s) => s.into(),
                    Cell::Word(l) => l.t(lang).into(),
                    Cell::Date(d) => d.into(),
                    Cell::Number(x) => x.into(),
                    Cell::Flag(b) => if b { L::Yes } else { L::No }.t(lang).into(),
                    cell @ Cell::Change(..) => cell.reading(lang).into(),
                })
                .collect()
        })
        .collect();
    table(ws, f, &cols, &rows)
}

fn transport_sheet(book: &mut Workbook, f: &Formats, m: &ReportModel) -> Result<(), XlsxError> {
    let lang = m.lang;
    let ws = add_sheet(book, L::SheetTransport.t(lang))?;
    let cols = [
        (L::Service.t(lang), Kind::Text, 40.0),
        (L::Mode.t(lang), Kind::Text, 24.0),
        (L::Site.t(lang), Kind::Text, 36.0),
        (L::Riders.t(lang), Kind::Count, 10.0),
        (L::Vehicles.t(lang), Kind::Count, 10.0),
        (L::SeatsPerVehicle.t(lang), Kind::Count, 10.0),
        (L::Seats.t(lang), Kind::Count, 10.0),
        (L::SeatFill.t(lang), Kind::Pct, 12.0),
        (L::CostPerMonth.t(lang), Kind::Vnd, 18.0),
    ];
    let mut rows: Vec<Vec<V>> = m
        .services
        .iter()
        .map(|s| {
            vec![
                s.name.clone().into(),
                s.mode.clone().into(),
                s.site.clone().into(),
                s.riders.into(),
                only(s.has_vehicles, s.vehicles.into()),
                only(s.has_vehicles, s.seats_per_vehicle.into()),
                only(s.has_vehicles, (s.seats as f64).into()),
                only(s.has_vehicles, s.seat_fill_share.into()),
                s.cost_vnd_per_month.into(),
            ]
        })
        .collect();
    rows.push(vec![
        L::Total.t(lang).into(),
        V::Blank,
        V::Blank,
        m.services.iter().map(|s| s.riders).sum::<usize>().into(),
        m.services.iter().map(|s| s.vehicles).sum::<u32>().into(),
        V::Blank,
        V::Blank,
        V::Blank,
        m.services
            .iter()
            .map(|s| s.cost_vnd_per_month)
            .sum::<f64>()
            .into(),
    ]);
    table(ws, f, &cols, &rows)?;
    ws.set_row_format(rows.len() as u32, &f.bold)?;
    Ok(())
}

fn housing_sheet(book: &mut Workbook, f: &Formats, m: &ReportModel) -> Result<(), XlsxError> {
    let lang = m.lang;
    let ws = add_sheet(book, L::SheetHousing.t(lang))?;
    let cols = [
        (L::Housing.t(lang), Kind::Text, 40.0),
        (L::Site.t(lang), Kind::Text, 36.0),
        (L::Beds.t(lang), Kind::Count, 10.0),
        (L::BedsUsed.t(lang), Kind::Count, 12.0),
        (L::BedsFree.t(lang), Kind::Count, 12.0),
        (L::CostPerMonth.t(lang), Kind::Vnd, 18.0),
    ];
    let mut rows: Vec<Vec<V>> = m
        .housing
        .iter()
        .map(|h| {
            vec![
                h.name.clone().into(),
                h.site.clone().into(),
                h.beds.into(),
                h.beds_used.into(),
                h.beds.saturating_sub(h.beds_used).into(),
                h.cost_vnd_per_month.into(),
            ]
        })
        .collect();
    let beds: u32 = m.housing.iter().map(|h| h.beds).sum();
    let used: u32 = m.housing.iter().map(|h| h.beds_used).sum();
    rows.push(vec![
        L::Total.t(lang).into(),
        V::Blank,
        beds.into(),
        used.into(),
        beds.saturating_sub(used).into(),
        m.housing
            .iter()
            .map(|h| h.cost_vnd_per_month)
            .sum::<f64>()
            .into(),
    ]);
    table(ws, f, &cols, &rows)?;
    ws.set_row_format(rows.len() as u32, &f.bold)?;
    Ok(())
}

fn rules_sheet(book: &mut Workbook, f: &Formats, m: &ReportModel) -> Result<(), XlsxError> {
    let lang = m.lang;
    let ws = add_sheet(book, L::SheetRules.t(lang))?;
    let cols = [
        (L::Rule.t(lang), Kind::Text, 36.0),
        (L::Details.t(lang), Kind::Text, 30.0),
        (L::Kind.t(lang), Kind::Text, 14.0),
        (L::Weight.t(lang), Kind::Plain, 12.0),
        (L::Status.t(lang), Kind::Text, 12.0),
        (L::Amount.t(lang), Kind::Plain, 14.0),
        (L::Reason.t(lang), Kind::Text, 80.0),
    ];
    let rows: Vec<Vec<V>> = m
        .rules
        .iter()
        .map(|r| {
            vec![
                r.rule.clone().into(),
                r.scope.clone().into(),
                r.kind.clone().into(),
                r.weight.into(),
                r.status().t(lang).into(),
                if r.violated {
                    r.amount.into()
                } else {
                    0.0.into()
                },
                r.details.clone().into(),
            ]
        })
        .collect();
    table(ws, f, &cols, &rows)?;
    if !m.diagnosis.is_empty() {
        let mut r = rows.len() as u32 + 2;
        ws.write_string_with_format(r, 0, L::Diagnosis.t(lang), &f.bold)?;
        for d in &m.diagnosis {
            r += 1;
            ws.write_string(r, 0, d)?;
        }
    }
    Ok(())
}

fn comparison_sheet(
    book: &mut Workbook,
    f: &Formats,
    models: &[ReportModel],
) -> Result<(), XlsxError> {
    let lang: Lang = models[0].lang;
    let ws = add_sheet(book, L::SheetComparison.t(lang))?;
    let mut cols: Vec<(&str, Kind, f64)> = vec![(L::Indicator.t(lang), Kind::Text, 46.0)];
    for m in models {
        cols.push((m.scenario_name.as_str(), Kind::Plain, 26.0));
    }
    // (label, kind, value per model)
    type Getter = Box<dyn Fn(&ReportModel) -> V>;
    let mut lines: Vec<(String, Kind, Getter)> = vec![
        (
            L::SolverStatus.t(lang).to_owned(),
            Kind::Text,
            Box::new(move |m: &ReportModel| status_label(&m.status, lang).into()),
        ),
        (
            L::Period.t(lang).to_owned(),
            Kind::Text,
            Box::new(|m: &ReportModel| {
                format!(
                    "{} – {}",
                    super::fmt::date(m.period_start),
                    super::fmt::date(m.period_end)
                )
                .into()
            }),
        ),
    ];
    // The short list of key figures; a figure's kind is the same in every model.
    for k in KEY_FIGURES.iter().filter(|k| k.short) {
        let value = k.value;
        lines.push((
            k.label.t(lang).to_owned(),
            figure_cell(value(&models[0])).1,
            Box::new(move |m: &ReportModel| figure_cell(value(m)).0),
        ));
    }
    for i in 0..5 {
        let label = models[0].cost_categories()[i].0.to_owned();
        lines.push((
            label,
            Kind::Vnd,
            Box::new(move |m: &ReportModel| m.cost_categories()[i].1.into()),
        ));
    }
    lines.push((
        L::CostTotal.t(lang).to_owned(),
        Kind::Vnd,
        Box::new(|m: &ReportModel| m.cost.total_vnd.into()),
    ));
    lines.push((
        L::Budget.t(lang).to_owned(),
        Kind::Vnd,
        Box::new(|m: &ReportModel| m.budget_vnd.into()),
    ));
    lines.push((
        L::Violated.t(lang).to_owned(),
        Kind::Count,
        Box::new(|m: &ReportModel| m.violated_rules().count().into()),
    ));
    // People per site, over every site any scenario uses (by name, first seen first).
    let mut site_names: Vec<String> = Vec::new();
    for m in models {
        for s in &m.sites {
            if !site_names.contains(&s.name) {
                site_names.push(s.name.clone());
            }
        }
    }
    for name in site_names {
        let label = format!("{}: {}", L::People.t(lang), name);
        lines.push((
            label,
            Kind::Count,
            Box::new(move |m: &ReportModel| {
                m.sites
                    .iter()
                    .find(|s| s.name == name)
                    .map_or(0, |s| s.people)
                    .into()
            }),
        ));
    }
    lines.push((
        L::StampId.t(lang).to_owned(),
        Kind::Text,
        Box::new(|m: &ReportModel| m.stamp.stamp_id.clone().into()),
    ));
    let rows: Vec<Vec<V>> = lines
        .iter()
        .map(|(label, _, get)| {
            let mut v: Vec<V> = vec![label.clone().into()];
            v.extend(models.iter().map(get));
            v
        })
        .collect();
    // The column kind varies per row here, so write cells with the row's format.
    for (c, (h, _, width)) in cols.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *h, &f.header)?;
        ws.set_column_width(c as u16, *width)?;
    }
    for (r, (row, (_, kind, _))) in rows.iter().zip(&lines).enumerate() {
        for (c, v) in row.iter().enumerate() {
            write_value(ws, f, r as u32 + 1, c as u16, v, *kind)?;
        }
    }
    ws.set_freeze_panes(1, 1)?;
    ws.autofilter(0, 0, rows.len() as u32, (cols.len() - 1) as u16)?;
    Ok(())
}
