//! The built-in sample: Hải Dương's provincial agencies moving to Hải Phòng
//! (2025), modelled on the published figures in the project's DOMAIN notes.
//!
//! The plan is built in code, deterministically, and also shipped as
//! `saved_plans/hai-duong-hai-phong-2025.ron`; a test keeps the two identical.

use chrono::NaiveDate;

use crate::core::generate::{PeopleSpec, grade_mix, standard_priority_groups, unit_members};
use crate::core::plan::{
    Eligibility, Hardness, Housing, HousingOverride, LatLon, Placement, Plan, RuleOverrides, Rules,
    Scenario, ScenarioOverrides, ServiceOverride, Site, SiteOverride, SiteShare, TransportMode,
    TransportService, TravelFactor, TravelSettings, Unit, Zone,
};
use crate::core::rng::SplitMix64;

/// The sample as shipped, embedded in the binary.
pub const SAMPLE_RON: &str = include_str!("../../saved_plans/hai-duong-hai-phong-2025.ron");

/// File name of the sample under `saved_plans/`.
pub const SAMPLE_FILE_NAME: &str = "hai-duong-hai-phong-2025.ron";

/// Number of staff in the published Hải Dương case.
pub const SAMPLE_STAFF: usize = 2_582;

/// Old provincial headquarters id.
pub const OLD_HQ: &str = "tru-so-hai-duong";
/// Political-Administrative Centre id.
pub const NEW_CENTRE: &str = "tttc-thuy-nguyen";

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn zone(id: &str, name: &str, lat: f64, lon: f64) -> Zone {
    Zone {
        id: id.into(),
        name: name.into(),
        location: LatLon { lat, lon },
        notes: String::new(),
    }
}

/// The site overrides from phase 2 on: the old headquarters handed back, the
/// new centre grown to take everyone.
fn new_centre_only() -> Vec<SiteOverride> {
    vec![
        SiteOverride {
            site: OLD_HQ.into(),
            closed: true,
            ..Default::default()
        },
        SiteOverride {
            site: NEW_CENTRE.into(),
            desks: Some(2_700),
            area_m2: Some(46_000.0),
            ..Default::default()
        },
    ]
}

/// (id, name, members, placement) of the provincial agencies.
fn agencies() -> Vec<(&'static str, &'static str, usize, Placement)> {
    use Placement::*;
    // Offices of the leadership move first; people with priority may stay behind.
    let to_centre = |min_pct| ShareAtSite {
        site: NEW_CENTRE.to_owned(),
        min_pct,
        max_pct: 100.0,
    };
    vec![
        ("vp-tinh-uy", "Văn phòng Tỉnh ủy", 120, to_centre(70.0)),
        ("ban-to-chuc", "Ban Tổ chức Tỉnh ủy", 55, WholeAtOneSite),
        (
            "ban-tuyen-giao",
            "Ban Tuyên giáo và Dân vận Tỉnh ủy",
            60,
            WholeAtOneSite,
        ),
        ("ubkt", "Ủy ban Kiểm tra Tỉnh ủy", 45, WholeAtOneSite),
        ("vp-ubnd", "Văn phòng UBND tỉnh", 140, to_centre(70.0)),
        (
            "vp-doan-dbqh",
            "Văn phòng Đoàn ĐBQH và HĐND tỉnh",
            50,
            to_centre(60.0),
        ),
        ("so-noi-vu", "Sở Nội vụ", 110, Free),
        (
            "so-tai-chinh",
            "Sở Tài chính",
            160,
            ShareAtSite {
                site: NEW_CENTRE.into(),
                min_pct: 50.0,
                max_pct: 100.0,
            },
        ),
        ("so-xay-dung", "Sở Xây dựng", 150, Free),
        ("so-nn-mt", "Sở Nông nghiệp và Môi trường", 290, Free),
        ("so-cong-thuong", "Sở Công Thương", 110, Free),
        ("so-gd-dt", "Sở Giáo dục và Đào tạo", 120, Free),
        ("so-y-te", "Sở Y tế", 130, Free),
        ("so-tu-phap", "Sở Tư pháp", 60, Free),
        ("so-vhttdl", "Sở Văn hóa, Thể thao và Du lịch", 120, Free),
        ("so-khcn", "Sở Khoa học và Công nghệ", 80, Free),
        ("thanh-tra", "Thanh tra tỉnh", 65, WholeAtOneSite),
        ("mttq", "Ủy ban MTTQ Việt Nam tỉnh", 90, Free),
        ("tinh-doan", "Tỉnh đoàn", 45, Free),
        ("hoi-phu-nu", "Hội Liên hiệp Phụ nữ tỉnh", 40, Free),
        ("hoi-nong-dan", "Hội Nông dân tỉnh", 40, Free),
        ("ldld", "Liên đoàn Lao động tỉnh", 50, Free),
        ("bql-kcn", "Ban Quản lý các khu công nghiệp", 92, Free),
        ("dai-ptth", "Đài Phát thanh và Truyền hình", 240, Free),
        (
            "hcc",
            "Trung tâm Phục vụ hành chính công",
            120,
            AtSite(OLD_HQ.to_owned()),
        ),
    ]
}

/// Builds the sample plan (deterministic).
pub fn sample_plan() -> Plan {
    let mut rng = SplitMix64::new(20_250_701);
    let start = date(2025, 7, 1);

    let sites = vec![
        Site {
            id: OLD_HQ.into(),
            name: "Trụ sở Tỉnh ủy - UBND tỉnh Hải Dương (cũ)".into(),
            address: "Số 45 Quang Trung, phường Hải Dương, Hải Phòng".into(),
            location: LatLon {
                lat: 20.9399,
                lon: 106.3308,
            },
            desks: 1_300,
            area_m2: 21_000.0,
            common_use_share: 0.33,
            opens: None,
            notes: "Tiếp tục sử dụng trong giai đoạn đầu.".into(),
        },
        Site {
            id: NEW_CENTRE.into(),
            name: "Trung tâm Chính trị - Hành chính Thủy Nguyên".into(),
            address: "Khu đô thị Bắc sông Cấm, Thủy Nguyên, Hải Phòng".into(),
            location: LatLon {
                lat: 20.9285,
                lon: 106.6763,
            },
            desks: 1_500,
            area_m2: 25_500.0,
            common_use_share: 0.33,
            opens: Some(start),
            notes: "Trụ sở mới của thành phố sau hợp nhất.".into(),
        },
    ];

    let zones = vec![
        zone(
            "p-tran-hung-dao",
            "Phường Trần Hưng Đạo (TP Hải Dương cũ)",
            20.9405,
            106.3310,
        ),
        zone(
            "p-thanh-binh",
            "Phường Thanh Bình (TP Hải Dương cũ)",
            20.9336,
            106.3050,
        ),
        zone(
            "p-tu-minh",
            "Phường Tứ Minh (TP Hải Dương cũ)",
            20.9180,
            106.3010,
        ),
        zone(
            "p-viet-hoa",
            "Phường Việt Hòa (TP Hải Dương cũ)",
            20.9570,
            106.2870,
        ),
        zone(
            "tt-lai-cach",
            "Thị trấn Lai Cách (Cẩm Giàng)",
            20.9325,
            106.2430,
        ),
        zone("tt-gia-loc", "Thị trấn Gia Lộc", 20.8700, 106.2930),
        zone("tt-nam-sach", "Thị trấn Nam Sách", 21.0030, 106.3360),
        zone("tt-thanh-ha", "Thị trấn Thanh Hà", 20.8930, 106.4250),
        zone("tt-tu-ky", "Thị trấn Tứ Kỳ", 20.8180, 106.4010),
        zone("tt-ninh-giang", "Thị trấn Ninh Giang", 20.7310, 106.3900),
        zone("p-sao-do", "Phường Sao Đỏ (Chí Linh)", 21.1110, 106.3920),
        zone("p-an-luu", "Phường An Lưu (Kinh Môn)", 21.0060, 106.5060),
        zone(
            "tt-phu-thai",
            "Thị trấn Phú Thái (Kim Thành)",
            20.9660,
            106.5080,
        ),
        zone(
            "p-thuy-nguyen",
            "Phường Thủy Nguyên (Hải Phòng)",
            20.9270,
            106.6690,
        ),
        zone("p-le-chan", "Phường Lê Chân (Hải Phòng)", 20.8550, 106.6800),
    ];
    // Share of staff living in each zone: most live in the old city.
    let zone_weights: Vec<(String, f64)> = [
        16.0, 12.0, 10.0, 9.0, 6.0, 7.0, 6.0, 5.0, 5.0, 4.0, 5.0, 5.0, 5.0, 2.5, 2.5,
    ]
    .iter()
    .zip(&zones)
    .map(|(w, z)| (z.id.clone(), *w))
    .collect();

    let spec = PeopleSpec {
        code_prefix: "HD",
        zone_weights: &zone_weights,
        current_site: Some(OLD_HQ),
        today: start,
    };
    let mut units = Vec::new();
    let mut cadres = Vec::with_capacity(SAMPLE_STAFF);
    let mut next_code = 0;
    for (id, name, size, placement) in agencies() {
        let mut grades = grade_mix(&mut rng, size);
        // Provincial leaders sit in the two offices.
        if id == "vp-tinh-uy" {
            grades[1] = "bi-thu";
        }
        if id == "vp-ubnd" {
            grades[1] = "chu-tich";
            grades[2] = "pho-chu-tich";
        }
        cadres.extend(unit_members(&mut rng, &spec, id, &grades, &mut next_code));
        units.push(Unit {
            id: id.into(),
            name: name.into(),
            parent: None,
            placement,
            notes: String::new(),
        });
    }
    // The provincial leaders work at the new centre from day one (and are not
    // about to retire, so no priority rule pulls them back).
    for c in cadres.iter_mut() {
        if matches!(c.grade.as_str(), "bi-thu" | "chu-tich" | "pho-chu-tich") {
            c.pinned_site = Some(NEW_CENTRE.into());
            c.birth_date = NaiveDate::from_ymd_opt(1970, 5, 19);
            c.care = Default::default();
        }
    }

    let city: Vec<String> = ["p-tran-hung-dao", "p-thanh-binh", "p-tu-minh", "p-viet-hoa"]
        .map(String::from)
        .to_vec();
    let mut rail_zones = city.clone();
    rail_zones.extend(["tt-lai-cach", "tt-gia-loc"].map(String::from));
    let mut bus_zones = city.clone();
    bus_zones.extend(
        [
            "tt-lai-cach",
            "tt-gia-loc",
            "tt-nam-sach",
            "tt-thanh-ha",
            "tt-tu-ky",
            "tt-ninh-giang",
        ]
        .map(String::from),
    );
    let car_zones: Vec<String> = [
        "p-sao-do",
        "p-an-luu",
        "tt-phu-thai",
        "tt-nam-sach",
        "tt-thanh-ha",
    ]
    .map(String::from)
    .to_vec();

    let service = |id: &str,
                   name: &str,
                   mode,
                   zones: Vec<String>,
                   site: &str,
                   vehicles,
                   seats,
                   per_day: f64,
                   per_person: f64,
                   max_ride: f64| TransportService {
        id: id.into(),
        name: name.into(),
        mode,
        zones,
        site: site.into(),
        vehicles_available: vehicles,
        seats_per_vehicle: seats,
        round_trips_per_day: 1,
        cost_vnd_per_vehicle_day: per_day,
        cost_vnd_per_person_month: per_person,
        target_fill_share: 0.85,
        max_ride_minutes: max_ride,
        notes: String::new(),
    };
    let transport = vec![
        // Published: about 1.8 million VND per person-month on a full 45-seat bus,
        // i.e. about 3.1 million VND per bus-day at 38 riders and 22 days.
        service(
            "bus-hd-tn",
            "Tuyến buýt cố định Hải Dương - Thủy Nguyên - Hải Phòng",
            TransportMode::Bus,
            bus_zones,
            NEW_CENTRE,
            30,
            45,
            3_100_000.0,
            0.0,
            95.0,
        ),
        // Published: 2.2-3.0 million VND per person-month; ticket plus a shuttle from Thượng Lý.
        service(
            "tau-thuong-ly",
            "Tàu Hải Dương - ga Thượng Lý + xe đưa đón",
            TransportMode::TrainShuttle,
            rail_zones,
            NEW_CENTRE,
            10,
            29,
            1_500_000.0,
            1_000_000.0,
            100.0,
        ),
        // Published: about the same as the bus; 16-seat cars along NH5 / 17B / expressway.
        service(
            "xe-hop-dong",
            "Xe hợp đồng theo QL5, QL17B, cao tốc Hà Nội - Hải Phòng",
            TransportMode::ContractedCar,
            car_zones,
            NEW_CENTRE,
            25,
            16,
            1_150_000.0,
            0.0,
            90.0,
        ),
        service(
            "tu-tuc-tn",
            "Tự túc phương tiện đến Thủy Nguyên (phụ cấp)",
            TransportMode::OwnMeans,
            Vec::new(),
            NEW_CENTRE,
            0,
            0,
            0.0,
            1_200_000.0,
            90.0,
        ),
        service(
            "tu-tuc-hd",
            "Tự túc phương tiện đến trụ sở Hải Dương",
            TransportMode::OwnMeans,
            Vec::new(),
            OLD_HQ,
            0,
            0,
            0.0,
            0.0,
            90.0,
        ),
    ];

    let housing = vec![
        Housing {
            id: "ncv-thuy-nguyen".into(),
            name: "Nhà công vụ Thủy Nguyên".into(),
            site: NEW_CENTRE.into(),
            beds: 300,
            cost_vnd_per_bed_month: 1_500_000.0,
            minutes_to_site: 10.0,
            available_from: Some(date(2025, 8, 1)),
            eligibility: Eligibility::Anyone,
            notes: "Căn hộ 2 người, có nội thất.".into(),
        },
        Housing {
            id: "ktx-nu".into(),
            name: "Ký túc xá nữ Bắc sông Cấm".into(),
            site: NEW_CENTRE.into(),
            beds: 120,
            cost_vnd_per_bed_month: 900_000.0,
            minutes_to_site: 15.0,
            available_from: None,
            eligibility: Eligibility::FemaleOnly,
            notes: String::new(),
        },
        Housing {
            id: "noxh-thuy-nguyen".into(),
            name: "Nhà ở xã hội Thủy Nguyên (thuê)".into(),
            site: NEW_CENTRE.into(),
            beds: 200,
            cost_vnd_per_bed_month: 1_200_000.0,
            minutes_to_site: 20.0,
            available_from: Some(date(2025, 10, 1)),
            eligibility: Eligibility::Anyone,
            notes: "Một phần quỹ nhà ở xã hội dành cho cán bộ.".into(),
        },
    ];

    let rules = Rules {
        max_daily_commute_minutes: 90.0,
        priority_groups: standard_priority_groups(),
        site_shares: vec![SiteShare {
            site: NEW_CENTRE.into(),
            min_pct: 45.0,
            max_pct: 100.0,
            hardness: Hardness::Hard,
        }],
        monthly_budget_vnd: Some(4_500_000_000.0),
        budget: Hardness::Hard,
        ..Default::default()
    };

    let scenarios = vec![
        Scenario {
            id: "giai-doan-1".into(),
            name: "Giai đoạn 1: hai trụ sở".into(),
            notes: "Trụ sở Hải Dương cũ và Trung tâm Thủy Nguyên cùng hoạt động.".into(),
            start,
            end: date(2025, 12, 31),
            baseline: None,
            overrides: ScenarioOverrides::default(),
        },
        Scenario {
            id: "giai-doan-2".into(),
            name: "Giai đoạn 2: chỉ Trung tâm mới".into(),
            notes: "Trụ sở cũ bàn giao; toàn bộ làm việc tại Thủy Nguyên, mở rộng chỗ làm việc."
                .into(),
            start: date(2026, 1, 1),
            end: date(2026, 12, 31),
            baseline: Some("giai-doan-1".into()),
            overrides: ScenarioOverrides {
                sites: new_centre_only(),
                transport: vec![
                    ServiceOverride {
                        service: "bus-hd-tn".into(),
                        vehicles_available: Some(40),
                        ..Default::default()
                    },
                    ServiceOverride {
                        service: "xe-hop-dong".into(),
                        vehicles_available: Some(35),
                        ..Default::default()
                    },
                ],
                housing: vec![HousingOverride {
                    housing: "noxh-thuy-nguyen".into(),
                    beds: Some(400),
                    ..Default::default()
                }],
                rules: RuleOverrides {
                    monthly_budget_vnd: Some(7_000_000_000.0),
                    site_shares: Some(Vec::new()),
                    ..Default::default()
                },
                ..Default::default()
            },
        },
        Scenario {
            id: "duong-moi".into(),
            name: "Đường mới 23,5 km thông xe".into(),
            notes: "Tuyến đường trực tiếp rút ngắn thời gian đến Thủy Nguyên khoảng 40%.".into(),
            start: date(2027, 1, 1),
            end: date(2027, 12, 31),
            baseline: Some("giai-doan-2".into()),
            overrides: ScenarioOverrides {
                sites: new_centre_only(),
                travel_factors: vec![TravelFactor {
                    site: NEW_CENTRE.into(),
                    mode: None,
                    minutes_factor: 0.6,
                }],
                rules: RuleOverrides {
                    monthly_budget_vnd: Some(7_000_000_000.0),
                    site_shares: Some(Vec::new()),
                    ..Default::default()
                },
                ..Default::default()
            },
        },
    ];

    // Own means (mostly motorbikes on National Highway 5) are slower door to
    // door than the bus; the allowance to Thủy Nguyên is 1.2 million VND a month.
    let mut travel = TravelSettings::default();
    for m in travel.modes.iter_mut() {
        if m.mode == TransportMode::OwnMeans {
            m.speed_kmh = 35.0;
        }
    }

    Plan {
        name: "Sáp nhập Hải Dương vào Hải Phòng 2025".into(),
        description: "Mẫu minh họa: 2.582 cán bộ, công chức, viên chức các cơ quan cấp tỉnh Hải Dương chuyển nơi làm việc về Hải Phòng (số liệu công bố năm 2025; danh sách nhân sự là giả lập).".into(),
        sites,
        zones,
        travel,
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
    fn sample_has_the_published_headcount_and_about_25_agencies() {
        let p = sample_plan();
        assert_eq!(p.cadres.len(), SAMPLE_STAFF);
        assert_eq!(p.units.len(), 25);
        assert!(p.scenarios.len() >= 3);
    }

    #[test]
    fn shipped_file_is_exactly_the_code_built_sample() {
        let text = crate::core::file::to_ron(&sample_plan()).expect("serialise");
        assert!(
            text == SAMPLE_RON,
            "saved_plans/{SAMPLE_FILE_NAME} is stale: run `cargo run -- write-sample`"
        );
    }

    #[test]
    fn sample_validates() {
        let problems = crate::core::file::problems(&sample_plan());
        assert!(problems.is_empty(), "{problems:#?}");
    }
}
