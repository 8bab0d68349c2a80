//! Travel between home zones and sites: derived from coordinates unless an
//! explicit entry overrides it.

use serde::{Deserialize, Serialize};

use super::{LatLon, TransportMode};

/// Mean Earth radius used for great-circle distances, km.
const EARTH_RADIUS_KM: f64 = 6_371.0;

/// An explicit travel figure for one zone, site and mode (one-way).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TravelEntry {
    /// Zone id.
    pub zone: String,
    /// Site id.
    pub site: String,
    /// Mode.
    pub mode: TransportMode,
    /// One-way minutes.
    pub minutes: f64,
    /// One-way distance, km.
    pub km: f64,
    /// Cost of one one-way trip, VND.
    pub cost_vnd: f64,
}

/// How a mode's travel is derived from distance.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ModeParams {
    /// Mode these figures apply to.
    pub mode: TransportMode,
    /// Average door-to-door speed, km/h.
    pub speed_kmh: f64,
    /// Fixed minutes added to every trip (waiting, transfers, walking).
    pub overhead_minutes: f64,
    /// Cost of one km, VND.
    pub cost_vnd_per_km: f64,
}

impl Default for ModeParams {
    fn default() -> Self {
        Self {
            mode: TransportMode::Bus,
            speed_kmh: 50.0,
            overhead_minutes: 10.0,
            cost_vnd_per_km: 0.0,
        }
    }
}

/// Settings for deriving travel, plus explicit overrides.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TravelSettings {
    /// Road distance divided by great-circle distance (typically 1.2 to 1.4).
    pub road_factor: f64,
    /// Per-mode speed, overhead and cost; a mode missing here uses [`ModeParams::default`].
    pub modes: Vec<ModeParams>,
    /// Explicit entries; each wins over the derived figure for its zone, site and mode.
    pub entries: Vec<TravelEntry>,
}

impl Default for TravelSettings {
    fn default() -> Self {
        let m = |mode, speed_kmh, overhead_minutes, cost_vnd_per_km| ModeParams {
            mode,
            speed_kmh,
            overhead_minutes,
            cost_vnd_per_km,
        };
        Self {
            road_factor: 1.3,
            modes: vec![
                m(TransportMode::Bus, 50.0, 10.0, 0.0),
                m(TransportMode::TrainShuttle, 55.0, 25.0, 0.0),
                m(TransportMode::ContractedCar, 60.0, 5.0, 0.0),
                m(TransportMode::OwnMeans, 40.0, 5.0, 2_000.0),
            ],
            entries: Vec::new(),
        }
    }
}

/// Where a travel figure came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TravelSource {
    /// Computed from coordinates.
    Derived,
    /// Typed in by a person (an explicit entry).
    Explicit,
}

/// One resolved travel figure (one-way).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct TravelCell {
    /// One-way minutes.
    pub minutes: f64,
    /// One-way km.
    pub km: f64,
    /// One-way cost, VND.
    pub cost_vnd: f64,
    /// Derived or explicit.
    pub source: TravelSource,
}

/// Great-circle distance between two points, km (haversine formula).
pub fn great_circle_km(a: LatLon, b: LatLon) -> f64 {
    let (la1, la2) = (a.lat.to_radians(), b.lat.to_radians());
    let dla = la2 - la1;
    let dlo = (b.lon - a.lon).to_radians();
    let h = (dla / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlo / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
}

impl TravelSettings {
    /// Parameters for `mode`, falling back to defaults when the plan has none.
    pub fn params(&self, mode: TransportMode) -> ModeParams {
        self.modes
            .iter()
            .find(|p| p.mode == mode)
            .copied()
            .unwrap_or(ModeParams {
                mode,
                ..ModeParams::default()
            })
    }

    /// The figure derived from coordinates for one zone, site and mode.
    pub fn derive(&self, from: LatLon, to: LatLon, mode: TransportMode) -> TravelCell {
        let p = self.params(mode);
        let km = great_circle_km(from, to) * self.road_factor;
        let minutes = if p.speed_kmh > 0.0 {
            km / p.speed_kmh * 60.0 + p.overhead_minutes
        } else {
            f64::INFINITY
        };
        TravelCell {
            minutes,
            km,
            cost_vnd: km * p.cost_vnd_per_km,
            source: TravelSource::Derived,
        }
    }

    /// The explicit entry for one zone, site and mode, if any (the last one wins).
    pub fn entry(&self, zone: &str, site: &str, mode: TransportMode) -> Option<&TravelEntry> {
        self.entries
            .iter()
            .rev()
            .find(|e| e.zone == zone && e.site == site && e.mode == mode)
    }
}

impl From<&TravelEntry> for TravelCell {
    fn from(e: &TravelEntry) -> Self {
        TravelCell {
            minutes: e.minutes,
            km: e.km,
            cost_vnd: e.cost_vnd,
            source: TravelSource::Explicit,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hai_duong_to_thuy_nguyen_is_about_fifty_km_by_road() {
        let hai_duong = LatLon {
            lat: 20.9373,
            lon: 106.3146,
        };
        let thuy_nguyen = LatLon {
            lat: 20.9360,
            lon: 106.6650,
        };
        let road = great_circle_km(hai_duong, thuy_nguyen) * 1.3;
        assert!((40.0..60.0).contains(&road), "road km {road}");
    }

    #[test]
    fn zero_speed_gives_infinite_minutes_not_a_panic() {
        let mut t = TravelSettings::default();
        t.modes[0].speed_kmh = 0.0;
        let c = t.derive(
            LatLon::default(),
            LatLon { lat: 1.0, lon: 1.0 },
            TransportMode::Bus,
        );
        assert!(c.minutes.is_infinite());
    }
}
