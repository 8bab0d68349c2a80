//! Synthetic plans of any size for tests and benchmarks, and the people
//! generator shared with the built-in sample.
//!
//! Everything is driven by [`SplitMix64`], so the same options give the same
//! plan, and the same file bytes, on every machine and every build.

use chrono::{Datelike, NaiveDate};

use crate::core::plan::{
    Cadre, Care, Gender, Housing, LatLon, Placement, Plan, Preference, PriorityCriterion,
    PriorityGroup, Scenario, ScenarioOverrides, Site, SiteOverride, TransportMode,
    TransportService, TravelFactor, Unit, Zone,
};
use crate::core::rng::SplitMix64;

/// Options of [`generate`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GenerateOptions {
    /// Number of cadres.
    pub staff: usize,
    /// Number of sites (at least 1).
    pub sites: usize,
    /// Number of home zones (at least 1).
    pub zones: usize,
    /// Random seed.
    pub seed: u64,
}

impl Default for GenerateOptions {
    fn default() -> Self {
        Self {
            staff: 1_000,
            sites: 2,
            zones: 12,
            seed: 1,
        }
    }
}

/// Weighted Vietnamese family names (rough national frequencies, percent).
const FAMILY: &[(&str, f64)] = &[
    ("Nguyễn", 38.0),
    ("Trần", 11.0),
    ("Lê", 9.5),
    ("Phạm", 7.0),
    ("Hoàng", 5.0),
    ("Vũ", 4.0),
    ("Phan", 3.0),
    ("Đặng", 2.1),
    ("Bùi", 2.0),
    ("Đỗ", 1.4),
    ("Ngô", 1.3),
    ("Dương", 1.0),
    ("Đào", 0.8),
    ("Đinh", 0.7),
    ("Lương", 0.5),
    ("Mạc", 0.4),
    ("Tạ", 0.3),
    ("Trịnh", 0.6),
    ("Cao", 0.4),
    ("Nhữ", 0.2),
];
const MIDDLE_MALE: &[&str] = &[
    "Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Thanh", "Tuấn", "Công", "Mạnh", "Việt",
];
const MIDDLE_FEMALE: &[&str] = &[
    "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Phương", "Hồng", "Thúy", "Kim", "Lan",
];
const GIVEN_MALE: &[&str] = &[
    "An", "Bình", "Cường", "Dũng", "Hùng", "Hải", "Hiếu", "Huy", "Khánh", "Long", "Nam", "Phong",
    "Quân", "Sơn", "Thắng", "Trung", "Tùng", "Việt", "Vinh", "Đạt", "Đông", "Kiên", "Lâm", "Tuấn",
    "Thành", "Hưng", "Lộc", "Nghĩa", "Quyết", "Toàn",
];
const GIVEN_FEMALE: &[&str] = &[
    "Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Huyền", "Lan", "Linh",
    "Loan", "Mai", "Ngân", "Nga", "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Thủy", "Trang",
    "Vân", "Yến", "Diệp", "Ngọc", "Thơm", "Hiền", "Tâm",
];

fn pick<'a>(rng: &mut SplitMix64, items: &[&'a str]) -> &'a str {
    items[rng.below(items.len())]
}

/// A plausible Vietnamese full name with diacritics.
pub fn person_name(rng: &mut SplitMix64, gender: Gender) -> String {
    let weights: Vec<f64> = FAMILY.iter().map(|(_, w)| *w).collect();
    let family = FAMILY[rng.weighted(&weights)].0;
    let (middle, given) = match gender {
        Gender::Female => (pick(rng, MIDDLE_FEMALE), pick(rng, GIVEN_FEMALE)),
        _ => (pick(rng, MIDDLE_MALE), pick(rng, GIVEN_MALE)),
    };
    format!("{family} {middle} {given}")
}

/// Grade ids of a unit of `size` members, most senior first: one director,
/// deputies, heads of division, then specialists.
pub fn grade_mix(rng: &mut SplitMix64, size: usize) -> Vec<&'static str> {
    let mut out = Vec::with_capacity(size);
    if size == 0 {
        return out;
    }
    out.push("giam-doc");
    let deputies = (size / 40).clamp(1, 4).min(size.saturating_sub(1));
    out.extend(std::iter::repeat_n("pho-giam-doc", deputies));
    let heads = ((size as f64 * (0.10 + rng.next_f64() * 0.05)) as usize).min(size - out.len());
    out.extend(std::iter::repeat_n("truong-phong", heads));
    let rest = size - out.len();
    out.extend(std::iter::repeat_n("chuyen-vien", rest));
    out
}

/// How people of one generated population are spread.
pub struct PeopleSpec<'a> {
    /// Prefix of staff codes, e.g. "HD".
    pub code_prefix: &'a str,
    /// Zone ids with the share of people living there.
    pub zone_weights: &'a [(String, f64)],
    /// Site where everybody works today.
    pub current_site: Option<&'a str>,
    /// The reference date for ages (scenario start).
    pub today: NaiveDate,
}

/// Generates the members of one unit with the given grades; `next_code` numbers staff codes.
pub fn unit_members(
    rng: &mut SplitMix64,
    spec: &PeopleSpec,
    unit_id: &str,
    grades: &[&str],
    next_code: &mut usize,
) -> Vec<Cadre> {
    let weights: Vec<f64> = spec.zone_weights.iter().map(|(_, w)| *w).collect();
    grades
        .iter()
        .map(|grade| {
            *next_code += 1;
            let gender = if rng.chance(0.48) {
                Gender::Female
            } else {
                Gender::Male
            };
            let min_age: usize = match *grade {
                "chuyen-vien" => 23,
                "truong-phong" => 32,
                "pho-giam-doc" => 40,
                "giam-doc" => 45,
                _ => 50,
            };
            // Nobody is past retirement age (women 56y8m, men 61y3m in 2025).
            let max_age: usize = if gender == Gender::Female { 56 } else { 60 };
            let age_years = (min_age + rng.below(max_age - min_age + 1)) as i32;
            let birth = NaiveDate::from_ymd_opt(
                spec.today.year() - age_years,
                1 + rng.below(12) as u32,
                1 + rng.below(28) as u32,
            );
            let young = age_years < 42;
            let care = Care {
                child_under_36_months: young && rng.chance(0.16),
                dependent_elderly: rng.chance(0.10),
                health: rng.chance(0.03),
            };
            let preference = match rng.weighted(&[54.0, 27.0, 5.0, 14.0]) {
                0 => Preference::DailyCommute,
                1 => Preference::WeeklyWithHousing,
                2 => Preference::MoveHome,
                _ => Preference::None,
            };
            Cadre {
                code: format!("{}{:05}", spec.code_prefix, *next_code),
                name: person_name(rng, gender),
                unit: unit_id.to_owned(),
                grade: (*grade).to_owned(),
                zone: spec.zone_weights[rng.weighted(&weights)].0.clone(),
                birth_date: birth,
                gender,
                care,
                preference,
                current_site: spec.current_site.map(str::to_owned),
                pinned_site: None,
                notes: String::new(),
            }
        })
        .collect()
}

/// The priority groups most boards use: young children and near retirement are hard.
pub fn standard_priority_groups() -> Vec<PriorityGroup> {
    vec![
        PriorityGroup {
            id: "con-nho".into(),
            name: "Nuôi con dưới 36 tháng tuổi".into(),
            criterion: PriorityCriterion::ChildUnder36Months,
            hardness: crate::core::plan::Hardness::Hard,
        },
        PriorityGroup {
            id: "sap-nghi-huu".into(),
            name: "Còn dưới 24 tháng đến tuổi nghỉ hưu".into(),
            criterion: PriorityCriterion::RetiringWithinMonths(24),
            hardness: crate::core::plan::Hardness::Hard,
        },
        PriorityGroup {
            id: "suc-khoe".into(),
            name: "Có vấn đề sức khỏe".into(),
            criterion: PriorityCriterion::Health,
            hardness: crate::core::plan::Hardness::Soft(2_000_000.0),
        },
    ]
}

/// Generates a synthetic but plausible plan of the requested size.
///
/// Site 1 is the old headquarters where everyone works today; the others are
/// new centres spread around it. Each site gets a bus line, a train + shuttle
/// and a contracted-car service for nearby zones, plus an own-means allowance,
/// so 5 sites give 20 services. Capacities leave about 15% slack overall.
pub fn generate(opts: GenerateOptions) -> Plan {
    let mut rng = SplitMix64::new(opts.seed);
    let n_sites = opts.sites.max(1);
    let n_zones = opts.zones.max(1);
    let centre = LatLon {
        lat: 20.94,
        lon: 106.33,
    };
    let today = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap_or_default();

    let sites: Vec<Site> = (0..n_sites)
        .map(|i| {
            let angle = i as f64 * 2.1;
            let dist_deg = if i == 0 {
                0.0
            } else {
                0.12 + 0.08 * (i % 3) as f64
            };
            let share = 1.15 / n_sites as f64;
            let desks = ((opts.staff as f64 * share).ceil() as u32).max(5);
            Site {
                id: format!("site-{}", i + 1),
                name: if i == 0 {
                    "Trụ sở cũ".to_owned()
                } else {
                    format!("Trung tâm hành chính số {i}")
                },
                address: format!("Địa chỉ {}", i + 1),
                location: LatLon {
                    lat: centre.lat + dist_deg * angle.sin(),
                    lon: centre.lon + dist_deg * angle.cos(),
                },
                desks,
                area_m2: (desks as f64 * 11.5 / 0.67).round(),
                common_use_share: 0.33,
                opens: None,
                notes: String::new(),
            }
        })
        .collect();

    let zones: Vec<Zone> = (0..n_zones)
        .map(|i| {
            let r = 0.25 * rng.next_f64().sqrt();
            let a = rng.next_f64() * std::f64::consts::TAU;
            Zone {
                id: format!("zone-{:03}", i + 1),
                name: format!("Xã/phường số {}", i + 1),
                location: LatLon {
                    lat: ((centre.lat + r * a.sin()) * 1e4).round() / 1e4,
                    lon: ((centre.lon + r * a.cos()) * 1e4).round() / 1e4,
                },
                notes: String::new(),
            }
        })
        .collect();
    let zone_weights: Vec<(String, f64)> = zones
        .iter()
        .map(|z| (z.id.clone(), 0.2 + rng.next_f64()))
        .collect();

    let n_units = (opts.staff / 100).clamp(1, 300);
    let mut units = Vec::with_capacity(n_units);
    let mut cadres = Vec::with_capacity(opts.staff);
    let spec = PeopleSpec {
        code_prefix: "CB",
        zone_weights: &zone_weights,
        current_site: Some(&sites[0].id),
        today,
    };
    let mut next_code = 0;
    for u in 0..n_units {
        let id = format!("unit-{:03}", u + 1);
        let size = opts.staff / n_units + usize::from(u < opts.staff % n_units);
        let grades = grade_mix(&mut rng, size);
        cadres.extend(unit_members(&mut rng, &spec, &id, &grades, &mut next_code));
        let placement = match u % 10 {
            3 if n_sites > 1 => Placement::WholeAtOneSite,
            7 if n_sites > 1 => Placement::ShareAtSite {
                site: sites[1].id.clone(),
                min_pct: 30.0,
                max_pct: 100.0,
            },
            _ => Placement::Free,
        };
        units.push(Unit {
            id,
            name: format!("Đơn vị số {}", u + 1),
            parent: None,
            placement,
            notes: String::new(),
        });
    }

    let mut transport = Vec::new();
    for s in &sites {
        // Zones within reach of this site, nearest first, for organised lines.
        let mut by_dist: Vec<(f64, &Zone)> = zones
            .iter()
            .map(|z| {
                (
                    crate::core::plan::travel::great_circle_km(z.location, s.location),
                    z,
                )
            })
            .collect();
        by_dist.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.id.cmp(&b.1.id)));
        let far: Vec<String> = by_dist
            .iter()
            .rev()
            .take(n_zones.div_ceil(2))
            .map(|(_, z)| z.id.clone())
            .collect();
        let near: Vec<String> = by_dist
            .iter()
            .take(n_zones.div_ceil(3))
            .map(|(_, z)| z.id.clone())
            .collect();
        let riders = (opts.staff / n_sites) as u32;
        let mk = |suffix: &str,
                  name: &str,
                  mode,
                  zones: Vec<String>,
                  seats: u32,
                  per_day: f64,
                  per_person: f64,
                  vehicles: u32| TransportService {
            id: format!("{}-{suffix}", s.id),
            name: format!("{name} → {}", s.name),
            mode,
            zones,
            site: s.id.clone(),
            vehicles_available: vehicles,
            seats_per_vehicle: seats,
            round_trips_per_day: 1,
            cost_vnd_per_vehicle_day: per_day,
            cost_vnd_per_person_month: per_person,
            target_fill_share: 0.85,
            max_ride_minutes: 100.0,
            notes: String::new(),
        };
        transport.push(mk(
            "bus",
            "Xe buýt",
            TransportMode::Bus,
            far.clone(),
            45,
            3_100_000.0,
            0.0,
            riders / 60 + 2,
        ));
        transport.push(mk(
            "train",
            "Tàu + xe đưa đón",
            TransportMode::TrainShuttle,
            far,
            29,
            1_500_000.0,
            1_400_000.0,
            riders / 100 + 1,
        ));
        transport.push(mk(
            "car",
            "Xe hợp đồng",
            TransportMode::ContractedCar,
            near,
            16,
            1_150_000.0,
            0.0,
            riders / 80 + 2,
        ));
        let allowance = if s.id == sites[0].id {
            0.0
        } else {
            1_000_000.0
        };
        transport.push(mk(
            "own",
            "Tự túc (phụ cấp)",
            TransportMode::OwnMeans,
            Vec::new(),
            0,
            0.0,
            allowance,
            0,
        ));
    }

    let housing = sites
        .iter()
        .skip(usize::from(n_sites > 1))
        .flat_map(|s| {
            let beds = (opts.staff / n_sites / 6) as u32 + 5;
            [
                Housing {
                    id: format!("{}-nha-cong-vu", s.id),
                    name: format!("Nhà công vụ gần {}", s.name),
                    site: s.id.clone(),
                    beds,
                    cost_vnd_per_bed_month: 1_500_000.0,
                    minutes_to_site: 10.0,
                    available_from: None,
                    eligibility: crate::core::plan::Eligibility::Anyone,
                    notes: String::new(),
                },
                Housing {
                    id: format!("{}-ktx-nu", s.id),
                    name: format!("Ký túc xá nữ gần {}", s.name),
                    site: s.id.clone(),
                    beds: beds / 3 + 2,
                    cost_vnd_per_bed_month: 900_000.0,
                    minutes_to_site: 15.0,
                    available_from: None,
                    eligibility: crate::core::plan::Eligibility::FemaleOnly,
                    notes: String::new(),
                },
            ]
        })
        .collect();

    let mut rules = crate::core::plan::Rules {
        max_daily_commute_minutes: 100.0,
        priority_groups: standard_priority_groups(),
        ..Default::default()
    };
    rules.enforcement.max_commute = crate::core::plan::Hardness::Soft(2_000_000.0);

    let end = NaiveDate::from_ymd_opt(2025, 12, 31).unwrap_or_default();
    let mut scenarios = vec![Scenario {
        id: "base".into(),
        name: "Phương án cơ sở".into(),
        notes: String::new(),
        start: today,
        end,
        baseline: None,
        overrides: ScenarioOverrides::default(),
    }];
    if n_sites > 1 {
        scenarios.push(Scenario {
            id: "faster-roads".into(),
            name: "Đường mới".into(),
            notes: String::new(),
            start: today,
            end,
            baseline: Some("base".into()),
            overrides: ScenarioOverrides {
                travel_factors: vec![TravelFactor {
                    site: sites[1].id.clone(),
                    mode: None,
                    minutes_factor: 0.7,
                }],
                sites: vec![SiteOverride {
                    site: sites[0].id.clone(),
                    desks: Some(sites[0].desks / 2),
                    ..Default::default()
                }],
                ..Default::default()
            },
        });
    }

    Plan {
        name: format!(
            "Kế hoạch tổng hợp {} cán bộ (seed {})",
            opts.staff, opts.seed
        ),
        description: "Synthetic plan generated for tests and benchmarks.".into(),
        sites,
        zones,
        units,
        cadres,
        transport,
        housing,
        rules,
        scenarios,
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_plan_and_different_seed_differs() {
        let o = GenerateOptions {
            staff: 300,
            sites: 3,
            zones: 10,
            seed: 9,
        };
        assert_eq!(generate(o), generate(o));
        assert_ne!(generate(o), generate(GenerateOptions { seed: 10, ..o }));
    }

    #[test]
    fn sizes_are_as_asked_and_five_sites_give_twenty_services() {
        let p = generate(GenerateOptions {
            staff: 1234,
            sites: 5,
            zones: 40,
            seed: 1,
        });
        assert_eq!(p.cadres.len(), 1234);
        assert_eq!(p.sites.len(), 5);
        assert_eq!(p.zones.len(), 40);
        assert_eq!(p.transport.len(), 20);
        assert!(
            crate::core::file::problems(&p).is_empty(),
            "{:?}",
            crate::core::file::problems(&p)
        );
    }

    #[test]
    fn grade_mix_has_one_director_and_fills_the_unit() {
        let mut r = SplitMix64::new(3);
        let g = grade_mix(&mut r, 120);
        assert_eq!(g.len(), 120);
        assert_eq!(g.iter().filter(|x| **x == "giam-doc").count(), 1);
        assert!(grade_mix(&mut r, 1) == vec!["giam-doc"]);
    }
}
