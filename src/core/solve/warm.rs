//! A warm start for small models (docs/MODEL.md section 8): whole vehicles are
//! what keeps the LP bound from the optimum, so round the LP's vehicles up, then
//! try one vehicle fewer on each service while the plan gets cheaper, solving
//! the easy model with vehicles fixed each time. HiGHS starts from the best plan.

use std::time::Instant;

use super::highs::{self, Lp, RunStatus};
use super::model::{Built, Col};
use super::{SolveControl, SolveError, SolvePhase};

/// Above this many columns the extra solves cost more than they save.
const MAX_COLUMNS: usize = 20_000;

/// A feasible point for `built`, or None (no vehicles, too large, or nothing found).
pub(crate) fn vehicle_start(
    built: &Built,
    time_limit_secs: f64,
    mip_gap: f64,
    ctl: &SolveControl,
    started: Instant,
) -> Result<Option<Vec<f64>>, SolveError> {
    let vcols: Vec<usize> = built
        .cols
        .iter()
        .enumerate()
        .filter(|(_, c)| matches!(c, Col::V(_)))
        .map(|(j, _)| j)
        .collect();
    if vcols.is_empty() || built.lp.cost.len() > MAX_COLUMNS {
        return Ok(None);
    }
    // Each step may use a small share of the time limit.
    let budget = (time_limit_secs * 0.05).max(0.05);
    let mut relaxed = built.lp.clone();
    relaxed.int.iter_mut().for_each(|i| *i = false);
    // One step: a short HiGHS run of `lp` within the step's budget.
    let step = |lp: &Lp| {
        highs::run(
            lp,
            budget,
            mip_gap,
            ctl,
            Instant::now(),
            SolvePhase::WarmStart,
            None,
        )
    };
    let lp = step(&relaxed)?;
    let Some(x) = lp.values else {
        return Ok(None);
    };
    let mut vehicles: Vec<f64> = vcols
        .iter()
        .map(|&j| (x[j] - 1e-6).ceil().clamp(built.lp.lo[j], built.lp.hi[j]))
        .collect();
    let solve_fixed = |v: &[f64]| -> Result<Option<(f64, Vec<f64>)>, SolveError> {
        let mut fixed: Lp = built.lp.clone();
        for (i, &j) in vcols.iter().enumerate() {
            fixed.lo[j] = v[i];
            fixed.hi[j] = v[i];
        }
        let r = step(&fixed)?;
        Ok(match (r.status, r.values) {
            (RunStatus::Optimal | RunStatus::TimeLimit, Some(vals)) => Some((r.objective, vals)),
            _ => None,
        })
    };
    let Some(mut best) = solve_fixed(&vehicles)? else {
        return Ok(None);
    };
    for _pass in 0..2 {
        let mut improved = false;
        for i in 0..vcols.len() {
            if vehicles[i] < 1.0 || started.elapsed().as_secs_f64() > time_limit_secs * 0.5 {
                continue;
            }
            let mut trial = vehicles.clone();
            trial[i] -= 1.0;
            if let Some(found) = solve_fixed(&trial)?
                && found.0 < best.0 - 1e-6
            {
                best = found;
                vehicles = trial;
                improved = true;
            }
        }
        if !improved {
            break;
        }
    }
    Ok(Some(best.1))
}
