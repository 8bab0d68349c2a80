//! Checking the rows of a staff table against the plan ([`preview`]) and
//! merging or replacing the staff list ([`apply`]).

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::cells::{Cell, NotADate, parse_date, parse_flag, parse_gender, parse_preference};
use super::error::{FieldName, ImportError};
use super::rejected::{RejectReason, RejectedRow};
use super::table::{RawRow, StaffTable, anonymised_export_signs, name_is_code};
use crate::core::plan::{Cadre, CadreField, ColumnMapping, Gender, Plan, Preference};
use crate::core::report::{Phase, Progress};
use crate::core::text::fold::fold;

/// Merge into or replace the plan's staff list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ImportMode {
    /// Update cadres by staff code, add new ones, keep the others.
    #[default]
    Merge,
    /// The file is the whole staff list: cadres not in it are removed (except
    /// those whose row was rejected, which are kept as they were).
    Replace,
}

/// Settings of an import.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportOptions {
    /// Merge or replace.
    pub mode: ImportMode,
    /// Birth dates after this day are rejected as implausible (staff are adults).
    pub latest_birth_date: NaiveDate,
    /// Birth dates before this day are rejected as implausible.
    pub earliest_birth_date: NaiveDate,
    /// Replace even when it removes every cadre of the plan (an empty file, or
    /// one sharing no staff code with the plan). Off by default: such a replace
    /// is refused with [`ImportError::WouldRemoveEveryone`].
    pub allow_empty: bool,
}

impl ImportOptions {
    /// Options for an import done on `today`: birth dates 15 to 100 years back are plausible.
    pub fn for_day(mode: ImportMode, today: NaiveDate) -> Self {
        let (earliest_birth_date, latest_birth_date) =
            crate::core::plan::dates::birth_date_window(today);
        Self {
            mode,
            latest_birth_date,
            earliest_birth_date,
            allow_empty: false,
        }
    }
}

/// The values a row sets; `None` means the column is not mapped (keep what the plan has).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CadrePatch {
    /// Staff code.
    pub code: String,
    /// Full name.
    pub name: Option<String>,
    /// Unit id.
    pub unit: Option<String>,
    /// Grade id.
    pub grade: Option<String>,
    /// Zone id.
    pub zone: Option<String>,
    /// Birth date (inner `None`: cell empty).
    pub birth_date: Option<Option<NaiveDate>>,
    /// Gender.
    pub gender: Option<Gender>,
    /// Child under 36 months.
    pub child_under_36_months: Option<bool>,
    /// Dependent elderly.
    pub dependent_elderly: Option<bool>,
    /// Health.
    pub health: Option<bool>,
    /// Survey answer.
    pub preference: Option<Preference>,
    /// Current site id (inner `None`: cell empty).
    pub current_site: Option<Option<String>>,
    /// Pinned site id (inner `None`: cell empty).
    pub pinned_site: Option<Option<String>>,
    /// Notes.
    pub notes: Option<String>,
}

impl CadrePatch {
    /// Writes the mapped values onto `c`.
    fn apply_to(&self, c: &mut Cadre) {
        c.code.clone_from(&self.code);
        let set = |dst: &mut String, v: &Option<String>| {
            if let Some(v) = v {
                dst.clone_from(v);
            }
        };
        set(&mut c.name, &self.name);
        set(&mut c.unit, &self.unit);
        set(&mut c.grade, &self.grade);
        set(&mut c.zone, &self.zone);
        set(&mut c.notes, &self.notes);
        if let Some(v) = self.birth_date {
            c.birth_date = v;
        }
        if let Some(v) = self.gender {
            c.gender = v;
        }
        if let Some(v) = self.child_under_36_months {
            c.care.child_under_36_months = v;
        }
        if let Some(v) = self.dependent_elderly {
            c.care.dependent_elderly = v;
        }
        if let Some(v) = self.health {
            c.care.health = v;
        }
        if let Some(v) = self.preference {
            c.preference = v;
        }
        if let Some(v) = &self.current_site {
            c.current_site.clone_from(v);
        }
        if let Some(v) = &self.pinned_site {
            c.pinned_site.clone_from(v);
        }
    }
}

/// A row that passed the checks.
#[derive(Debug, Clone, PartialEq)]
pub struct AcceptedRow {
    /// Row number as the spreadsheet shows it.
    pub row: usize,
    /// What it sets.
    pub patch: CadrePatch,
    /// Whether a cadre with this code is already in the plan.
    pub updates_existing: bool,
}

/// What an import would do, before it is applied.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportPreview {
    /// The mapping used.
    pub mapping: Vec<ColumnMapping>,
    /// File headers.
    pub headers: Vec<String>,
    /// Rows read (blank rows not counted).
    pub rows_read: usize,
    /// Rows that will be imported, in file order.
    pub accepted: Vec<AcceptedRow>,
    /// Rows that will not, in file order, each with every reason.
    pub rejected: Vec<RejectedRow>,
    /// New cadres that got the default grade because their grade cell or column was empty.
    pub defaulted_grade: usize,
    /// The import mode checked for.
    pub mode: ImportMode,
    /// Replace only: `Some(n)` when applying removes all `n` cadres the plan
    /// has (allowed by [`ImportOptions::allow_empty`]); the app says so before
    /// it imports.
    pub removes_everyone: Option<usize>,
}

impl ImportPreview {
    /// Accepted rows that add a new cadre.
    pub fn new_cadres(&self) -> usize {
        self.accepted.iter().filter(|a| !a.updates_existing).count()
    }
    /// Accepted rows that update an existing cadre.
    pub fn updated_cadres(&self) -> usize {
        self.accepted.iter().filter(|a| a.updates_existing).count()
    }
}

/// What [`apply`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ImportSummary {
    /// Cadres added.
    pub added: usize,
    /// Cadres updated by staff code.
    pub updated: usize,
    /// Cadres removed (replace mode: not in the file).
    pub removed: usize,
    /// Cadres kept unchanged because their row was rejected (replace mode).
    pub kept_rejected: usize,
    /// Rows rejected.
    pub rejected: usize,
}

/// Finds plan entities by id (exact or folded) or by name (folded).
struct Resolver {
    by_key: HashMap<String, Option<String>>,
}

impl Resolver {
    fn new<'a>(items: impl Iterator<Item = (&'a str, Vec<&'a str>)>) -> Self {
        let mut by_key: HashMap<String, Option<String>> = HashMap::new();
        let mut exact: Vec<(String, String)> = Vec::new();
        for (id, names) in items {
            exact.push((id.to_owned(), id.to_owned()));
            let mut keys: Vec<String> = names.iter().map(|n| fold(n)).collect();
            keys.push(fold(id));
            keys.sort();
            keys.dedup();
            for k in keys.into_iter().filter(|k| !k.is_empty()) {
                by_key
                    .entry(k)
                    .and_modify(|v| {
                        if v.as_deref() != Some(id) {
                            *v = None; // ambiguous: two entities fold to the same text
                        }
                    })
                    .or_insert_with(|| Some(id.to_owned()));
            }
        }
        // An exact id always wins over a folded name of another entity.
        for (k, id) in exact {
            by_key.insert(k, Some(id));
        }
        Self { by_key }
    }

    fn find(&self, value: &str) -> Option<String> {
        let v = value.trim();
        if let Some(Some(id)) = self.by_key.get(v) {
            return Some(id.clone());
        }
        self.by_key.get(&fold(v)).cloned().flatten()
    }
}

/// Everything needed to check rows against one plan.
struct RowChecker<'a> {
    units: Resolver,
    zones: Resolver,
    grades: Resolver,
    sites: Resolver,
    default_grade: Option<String>,
    existing: HashSet<&'a str>,
    opts: &'a ImportOptions,
}

impl<'a> RowChecker<'a> {
    fn new(plan: &'a Plan, opts: &'a ImportOptions) -> Self {
        Self {
            units: Resolver::new(plan.units.iter().map(|u| (u.id.as_str(), vec![&*u.name]))),
            zones: Resolver::new(plan.zones.iter().map(|z| (z.id.as_str(), vec![&*z.name]))),
            grades: Resolver::new(
                plan.grades
                    .iter()
                    .map(|g| (g.id.as_str(), vec![&*g.name, &*g.name_en])),
            ),
            sites: Resolver::new(plan.sites.iter().map(|s| (s.id.as_str(), vec![&*s.name]))),
            default_grade: plan
                .grades
                .iter()
                .min_by_key(|g| (g.rank, g.id.clone()))
                .map(|g| g.id.clone()),
            existing: plan.cadres.iter().map(|c| c.code.as_str()).collect(),
            opts,
        }
    }

    /// Checks one row; `Err` holds every reason found.
    fn check(
        &self,
        mapping: &[ColumnMapping],
        row: &RawRow,
    ) -> (CadrePatch, bool, Vec<RejectReason>) {
        let mut p = CadrePatch::default();
        let mut reasons = Vec::new();
        let mut defaulted_grade = false;
        let cell = |i: usize| row.cells.get(i).unwrap_or(&Cell::Empty);
        for (i, m) in mapping.iter().enumerate() {
            let Some(field) = m.field else { continue };
            let c = cell(i);
            let text = c.display();
            let blank = c.is_blank();
            match field {
                CadreField::Code => p.code = text,
                CadreField::Name => {
                    p.name = Some(text.split_whitespace().collect::<Vec<_>>().join(" "))
                }
                CadreField::Unit => {
                    p.unit = Some(self.resolve(&self.units, field, &text, &mut reasons))
                }
                CadreField::Zone => {
                    p.zone = Some(self.resolve(&self.zones, field, &text, &mut reasons))
                }
                CadreField::Grade => {
                    if blank {
                        p.grade = None;
                    } else {
                        p.grade = Some(self.resolve(&self.grades, field, &text, &mut reasons));
                    }
                }
                CadreField::BirthDate => {
                    p.birth_date = Some(match parse_date(c) {
                        Ok(None) => None,
                        Ok(Some(d)) => {
                            if d > self.opts.latest_birth_date || d < self.opts.earliest_birth_date
                            {
                                reasons.push(RejectReason::ImplausibleDate(d));
                            }
                            Some(d)
                        }
                        Err(NotADate) => {
                            reasons.push(RejectReason::BadDate(text.clone()));
                            None
                        }
                    });
                }
                CadreField::Gender => match parse_gender(c) {
                    Some(g) => p.gender = Some(g),
                    None => reasons.push(RejectReason::BadValue { field, value: text }),
                },
                CadreField::ChildUnder36Months
                | CadreField::DependentElderly
                | CadreField::Health => {
                    let Some(b) = parse_flag(c) else {
                        reasons.push(RejectReason::BadValue { field, value: text });
                        continue;
                    };
                    match field {
                        CadreField::ChildUnder36Months => p.child_under_36_months = Some(b),
                        CadreField::DependentElderly => p.dependent_elderly = Some(b),
                        _ => p.health = Some(b),
                    }
                }
                CadreField::Preference => match parse_preference(c) {
                    Some(v) => p.preference = Some(v),
                    None => reasons.push(RejectReason::BadValue { field, value: text }),
                },
                CadreField::CurrentSite | CadreField::PinnedSite => {
                    let v = if blank {
                        None
                    } else {
                        Some(self.resolve(&self.sites, field, &text, &mut reasons))
                    };
                    if field == CadreField::CurrentSite {
                        p.current_site = Some(v);
                    } else {
                        p.pinned_site = Some(v);
                    }
                }
                CadreField::Notes => p.notes = Some(text),
            }
        }
        if p.code.is_empty() {
            reasons.insert(0, RejectReason::MissingCode);
        }
        if let Some(name) = &p.name
            && name_is_code(name, &p.code)
        {
            reasons.push(RejectReason::NameIsCode);
        }
        let exists = self.existing.contains(p.code.as_str());
        // Required values: an empty cell in a mapped column is always missing;
        // an unmapped column is missing only for a new cadre.
        for (field, value) in [
            (CadreField::Name, &p.name),
            (CadreField::Unit, &p.unit),
            (CadreField::Zone, &p.zone),
        ] {
            let missing =
                match value {
                    Some(v) => v.is_empty()
                        && !reasons.iter().any(
                            |r| matches!(r, RejectReason::Unknown { field: f, .. } if *f == field),
                        ),
                    None => !exists,
                };
            if missing {
                reasons.push(RejectReason::Missing(field));
            }
        }
        if !exists && p.grade.is_none() {
            match &self.default_grade {
                Some(g) => {
                    p.grade = Some(g.clone());
                    defaulted_grade = true;
                }
                None => reasons.push(RejectReason::Missing(CadreField::Grade)),
            }
        }
        (p, defaulted_grade, reasons)
    }

    /// Resolves a reference; empty text gives an empty id (reported as missing later).
    fn resolve(
        &self,
        r: &Resolver,
        field: CadreField,
        text: &str,
        reasons: &mut Vec<RejectReason>,
    ) -> String {
        if text.trim().is_empty() {
            return String::new();
        }
        match r.find(text) {
            Some(id) => id,
            None => {
                reasons.push(RejectReason::Unknown {
                    field,
                    value: text.to_owned(),
                });
                String::new()
            }
        }
    }
}

/// Checks every row of `table` against `plan` with `mapping`, without changing the plan.
pub fn preview(
    plan: &Plan,
    table: &StaffTable,
    mapping: &[ColumnMapping],
    opts: &ImportOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<ImportPreview, ImportError> {
    if let Some(evidence) = anonymised_export_signs(table, mapping) {
        return Err(ImportError::AnonymisedExport {
            path: table.path.clone(),
            evidence,
        });
    }
    if !mapping.iter().any(|m| m.field == Some(CadreField::Code)) {
        return Err(ImportError::MissingColumn(FieldName(CadreField::Code)));
    }
    if opts.mode == ImportMode::Replace {
        for f in [CadreField::Name, CadreField::Unit, CadreField::Zone] {
            if !mapping.iter().any(|m| m.field == Some(f)) {
                return Err(ImportError::MissingColumn(FieldName(f)));
            }
        }
    }
    let checker = RowChecker::new(plan, opts);
    let total = table.rows.len();
    let mut first_row_of: HashMap<String, usize> = HashMap::with_capacity(total);
    let mut accepted = Vec::with_capacity(total);
    let mut rejected = Vec::new();
    let mut defaulted_grade = 0;
    for (i, row) in table.rows.iter().enumerate() {
        if i % 1024 == 0 {
            progress(Progress::new(Phase::Checking, i, total));
        }
        let (patch, defaulted, mut reasons) = checker.check(mapping, row);
        if !patch.code.is_empty() {
            match first_row_of.get(&patch.code) {
                Some(&first_row) => reasons.insert(
                    0,
                    RejectReason::DuplicateCode {
                        code: patch.code.clone(),
                        first_row,
                    },
                ),
                None => {
                    first_row_of.insert(patch.code.clone(), row.row);
                }
            }
        }
        if reasons.is_empty() {
            defaulted_grade += usize::from(defaulted);
            let updates_existing = checker.existing.contains(patch.code.as_str());
            accepted.push(AcceptedRow {
                row: row.row,
                patch,
                updates_existing,
            });
        } else {
            let width = table.headers.len().max(row.cells.len());
            rejected.push(RejectedRow {
                row: row.row,
                code: patch.code,
                reasons,
                cells: (0..width)
                    .map(|i| row.cells.get(i).map(Cell::display).unwrap_or_default())
                    .collect(),
            });
        }
    }
    progress(Progress::new(Phase::Checking, total, total));
    let removes_everyone = match opts.mode {
        ImportMode::Merge => None,
        ImportMode::Replace => {
            // A cadre stays when its code is on an accepted row (updated) or a
            // rejected one (kept unchanged): the same rule as `apply`.
            let in_file: HashSet<&str> = accepted
                .iter()
                .map(|a| a.patch.code.as_str())
                .chain(rejected.iter().map(|r| r.code.as_str()))
                .collect();
            let staying = plan
                .cadres
                .iter()
                .filter(|c| in_file.contains(c.code.as_str()))
                .count();
            (!plan.cadres.is_empty() && staying == 0).then_some(plan.cadres.len())
        }
    };
    if let Some(staff) = removes_everyone
        && !opts.allow_empty
    {
        return Err(ImportError::WouldRemoveEveryone {
            path: table.path.clone(),
            staff,
            kept: accepted.len(),
        });
    }
    Ok(ImportPreview {
        mapping: mapping.to_vec(),
        headers: table.headers.clone(),
        rows_read: total,
        accepted,
        rejected,
        defaulted_grade,
        mode: opts.mode,
        removes_everyone,
    })
}

/// Applies a preview to the plan and saves the mapping in `plan.import_mapping`.
///
/// A replace that removes every cadre only comes out of [`preview`] when it was
/// asked for ([`ImportOptions::allow_empty`]); see [`ImportPreview::removes_everyone`].
///
/// Merge: accepted rows update the cadre with the same code or are added at the
/// end, in file order. Replace: the staff list becomes the accepted rows in file
/// order, plus the existing cadres whose row was rejected (kept unchanged, so a
/// typo in the file never deletes a person).
pub fn apply(plan: &mut Plan, preview: &ImportPreview) -> ImportSummary {
    let mut summary = ImportSummary {
        rejected: preview.rejected.len(),
        ..ImportSummary::default()
    };
    let mut index: HashMap<String, usize> = plan
        .cadres
        .iter()
        .enumerate()
        .map(|(i, c)| (c.code.clone(), i))
        .collect();
    match preview.mode {
        ImportMode::Merge => {
            for a in &preview.accepted {
                match index.get(&a.patch.code) {
                    Some(&i) => {
                        a.patch.apply_to(&mut plan.cadres[i]);
                        summary.updated += 1;
                    }
                    None => {
                        let mut c = Cadre::default();
                        a.patch.apply_to(&mut c);
                        index.insert(c.code.clone(), plan.cadres.len());
                        plan.cadres.push(c);
                        summary.added += 1;
                    }
                }
            }
        }
        ImportMode::Replace => {
            let mut old: Vec<Option<Cadre>> = std::mem::take(&mut plan.cadres)
                .into_iter()
                .map(Some)
                .collect();
            let mut out = Vec::with_capacity(preview.accepted.len());
            for a in &preview.accepted {
                let mut c = match index.get(&a.patch.code) {
                    Some(&i) => {
                        summary.updated += 1;
                        old[i].take().unwrap_or_default()
                    }
                    None => {
                        summary.added += 1;
                        Cadre::default()
                    }
                };
                a.patch.apply_to(&mut c);
                out.push(c);
            }
            let rejected_codes: HashSet<&str> =
                preview.rejected.iter().map(|r| r.code.as_str()).collect();
            for c in old.into_iter().flatten() {
                if rejected_codes.contains(c.code.as_str()) {
                    summary.kept_rejected += 1;
                    out.push(c);
                } else {
                    summary.removed += 1;
                }
            }
            plan.cadres = out;
            index.clear();
        }
    }
    plan.import_mapping = preview.mapping.clone();
    summary
}
