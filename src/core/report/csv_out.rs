//! The per-cadre CSV: UTF-8 with a byte-order mark so Excel shows Vietnamese
//! correctly, comma separated, one header row, numbers without thousands
//! separators (it is data), dates dd/mm/yyyy. The audit stamp follows the data
//! after a blank line, each line starting with `#` (pandas: `comment="#"`).

use super::labels::L;
use super::model::ReportModel;
use super::{Phase, Progress, ReportError};

/// The CSV bytes of the per-cadre assignment.
pub fn csv_bytes(
    m: &ReportModel,
    progress: &mut dyn FnMut(Progress),
) -> Result<Vec<u8>, ReportError> {
    let lang = m.lang;
    let mut buf: Vec<u8> = b"\xEF\xBB\xBF".to_vec();
    {
        let mut w = csv::WriterBuilder::new()
            .flexible(true)
            .from_writer(&mut buf);
        let mut header: Vec<&str> = vec![L::Code.t(lang)];
        if !m.anonymized {
            header.extend([L::Name.t(lang), L::BirthDate.t(lang), L::Gender.t(lang)]);
        }
        header.extend([
            L::Unit.t(lang),
            L::Grade.t(lang),
            L::Zone.t(lang),
            L::CurrentSite.t(lang),
            L::Site.t(lang),
            L::Arrangement.t(lang),
            L::ServiceOrHousing.t(lang),
            L::CommuteBefore.t(lang),
            L::CommuteAfter.t(lang),
            L::CostPerMonth.t(lang),
            L::Pinned.t(lang),
            L::Reason.t(lang),
        ]);
        w.write_record(&header)?;
        let total = m.cadres.len();
        for (i, c) in m.cadres.iter().enumerate() {
            if i % 4096 == 0 {
                progress(Progress::new(Phase::Writing, i, total));
            }
            let mut row: Vec<String> = vec![c.code.clone()];
            if !m.anonymized {
                row.push(c.name.clone());
                row.push(c.birth_date.map(super::fmt::date).unwrap_or_default());
                row.push(c.gender.clone());
            }
            row.extend([
                c.unit.clone(),
                c.grade.clone(),
                c.zone.clone(),
                c.current_site.clone(),
                c.site.clone(),
                if c.weekly { L::Weekly } else { L::Daily }
                    .t(lang)
                    .to_owned(),
                c.service_or_housing.clone(),
                c.commute_minutes_before
                    .map(|x| format!("{x:.1}"))
                    .unwrap_or_default(),
                format!("{:.1}", c.commute_minutes_after),
                format!("{:.0}", c.cost_vnd_per_month),
                if c.pinned { L::Yes } else { L::No }.t(lang).to_owned(),
                c.reason.clone(),
            ]);
            w.write_record(&row)?;
        }
        w.flush().map_err(|e| ReportError::Io {
            path: Default::default(),
            source: e,
        })?;
    }
    // A truly empty line (a csv writer would write `""`), then the stamp.
    buf.extend_from_slice(b"\r\n");
    {
        let mut w = csv::WriterBuilder::new()
            .flexible(true)
            .from_writer(&mut buf);
        w.write_record([format!("# {}", L::AuditStamp.t(lang))])?;
        for (label, value) in m.stamp.lines(lang) {
            w.write_record([format!("# {label}"), value])?;
        }
        w.flush().map_err(|e| ReportError::Io {
            path: Default::default(),
            source: e,
        })?;
    }
    progress(Progress::new(Phase::Writing, 1, 1));
    Ok(buf)
}
