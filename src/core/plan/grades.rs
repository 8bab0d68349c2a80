//! Position grades and their working-area norms (Decree 152/2017/ND-CP).

use serde::{Deserialize, Serialize};

/// A position grade and the working area it is entitled to.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Grade {
    /// Stable identifier.
    pub id: String,
    /// Vietnamese name, e.g. "Chuyên viên và tương đương".
    pub name: String,
    /// English name, e.g. "Specialist and equivalent".
    pub name_en: String,
    /// Maximum working area per person, m2 (Decree 152 default, editable).
    pub area_m2_per_person: f64,
    /// Seniority, 0 = most junior; used for sorting and reports.
    pub rank: u32,
}

/// The Decree 152/2017/ND-CP provincial grades with their default area norms.
pub fn decree_152_grades() -> Vec<Grade> {
    let g = |id: &str, name: &str, name_en: &str, area: f64, rank: u32| Grade {
        id: id.to_owned(),
        name: name.to_owned(),
        name_en: name_en.to_owned(),
        area_m2_per_person: area,
        rank,
    };
    vec![
        g(
            "chuyen-vien",
            "Chuyên viên và tương đương",
            "Specialist and equivalent",
            10.0,
            0,
        ),
        g(
            "truong-phong",
            "Trưởng, phó phòng",
            "Head / deputy head of division",
            12.0,
            1,
        ),
        g(
            "pho-giam-doc",
            "Phó giám đốc sở và tương đương",
            "Deputy director of department",
            15.0,
            2,
        ),
        g(
            "giam-doc",
            "Giám đốc sở và tương đương",
            "Director of department",
            25.0,
            3,
        ),
        g(
            "pho-chu-tich",
            "Phó chủ tịch HĐND, UBND tỉnh",
            "Vice chair of provincial council/committee",
            30.0,
            4,
        ),
        g(
            "chu-tich",
            "Chủ tịch HĐND, UBND tỉnh",
            "Chair of provincial council/committee",
            40.0,
            5,
        ),
        g(
            "bi-thu",
            "Bí thư Tỉnh ủy / Thành ủy",
            "Provincial Party secretary",
            50.0,
            6,
        ),
    ]
}
