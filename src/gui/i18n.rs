//! Languages: every user-visible string goes through [`Tr::t`] (or [`Tr::tf`]
//! for strings with `{placeholders}`), keyed by its English text. The
//! Vietnamese catalogue is [`VI`]; a test scans the app's sources for every
//! literal key passed to `t` / `tf` and fails if one has no Vietnamese entry;
//! another renders every enum label in Vietnamese.
//!
//! Numbers, money and dates are formatted here too, because they differ by
//! language: Vietnamese uses `1.234.567 ₫` and dd/mm/yyyy.

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::NaiveDate;

use crate::core::file::{EntityKind, ProblemKind};
use crate::core::plan::{Eligibility, Gender, Hardness, Preference, TransportMode};
use crate::core::solve::SolveStatus;

pub use crate::core::text::Lang;

/// The languages in the app's menus, English first.
pub const MENU_LANGS: [Lang; 2] = [Lang::En, Lang::Vi];

/// The translator and formatter for one language; cheap to copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr {
    /// Current language.
    pub lang: Lang,
}

impl Default for Tr {
    /// English, the app's default language (settings choose otherwise).
    fn default() -> Self {
        Self { lang: Lang::En }
    }
}

fn vi_map() -> &'static HashMap<&'static str, &'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| catalogue().copied().collect())
}

/// Every Vietnamese entry: the main catalogue [`VI`] and the per-topic ones
/// (solver reasons, dialogs), kept in their own files so that work on
/// different panels does not collide in one list. Validation problems have
/// moved to the Fluent catalogue of [`crate::core::text`].
pub fn catalogue() -> impl Iterator<Item = &'static (&'static str, &'static str)> {
    VI.iter()
        .chain(crate::gui::i18n_reasons::VI.iter())
        .chain(crate::gui::i18n_dialogs::VI.iter())
}

impl Tr {
    /// A translator for `lang`.
    pub fn new(lang: Lang) -> Self {
        Self { lang }
    }

    /// Translates an English text (the key) into the current language.
    pub fn t(&self, en: &'static str) -> &'static str {
        match self.lang {
            Lang::En => en,
            Lang::Vi => vi_map().get(en).copied().unwrap_or(en),
        }
    }

    /// Translates and fills `{name}` placeholders.
    pub fn tf(&self, en: &'static str, args: &[(&str, String)]) -> String {
        let mut s = self.t(en).to_owned();
        for (k, v) in args {
            s = s.replace(&format!("{{{k}}}"), v);
        }
        s
    }

    fn separators(&self) -> (char, char) {
        match self.lang {
            Lang::En => (',', '.'),
            Lang::Vi => ('.', ','),
        }
    }

    /// A number with thousands separators and `decimals` decimals.
    pub fn num(&self, x: f64, decimals: usize) -> String {
        if !x.is_finite() {
            return "—".into();
        }
        let (thousands, point) = self.separators();
        let s = format!("{:.*}", decimals, x.abs());
        let (int_part, frac) = match s.split_once('.') {
            Some((i, f)) => (i.to_owned(), Some(f.to_owned())),
            None => (s, None),
        };
        let mut out = String::new();
        let n = int_part.len();
        for (i, c) in int_part.chars().enumerate() {
            if i > 0 && (n - i) % 3 == 0 {
                out.push(thousands);
            }
            out.push(c);
        }
        if let Some(f) = frac {
            out.push(point);
            out.push_str(&f);
        }
        let negative = x < 0.0 && out.chars().any(|c| c.is_ascii_digit() && c != '0');
        if negative { format!("-{out}") } else { out }
    }

    /// A whole number with thousands separators.
    pub fn int(&self, x: impl Into<f64>) -> String {
        self.num(x.into(), 0)
    }

    /// An amount of money in VND (whole dong).
    pub fn vnd(&self, x: f64) -> String {
        match self.lang {
            Lang::En => format!("{} VND", self.num(x, 0)),
            Lang::Vi => format!("{} ₫", self.num(x, 0)),
        }
    }

    /// An amount of money in millions of VND, for KPI cards.
    pub fn vnd_millions(&self, x: f64) -> String {
        match self.lang {
            Lang::En => format!("{} million VND", self.num(x / 1e6, 1)),
            Lang::Vi => format!("{} triệu ₫", self.num(x / 1e6, 1)),
        }
    }

    /// A share 0..=1 as a percentage.
    pub fn pct(&self, share: f64) -> String {
        format!("{}%", self.num(share * 100.0, 1))
    }

    /// Minutes, e.g. "62 min" / "62 phút".
    pub fn minutes(&self, m: f64) -> String {
        format!("{} {}", self.num(m, 0), self.t("min"))
    }

    /// A date: dd/mm/yyyy in Vietnamese, yyyy-mm-dd in English.
    pub fn date(&self, d: NaiveDate) -> String {
        match self.lang {
            Lang::En => d.format("%Y-%m-%d").to_string(),
            Lang::Vi => d.format("%d/%m/%Y").to_string(),
        }
    }

    /// The date format shown as a hint in date fields.
    pub fn date_hint(&self) -> &'static str {
        match self.lang {
            Lang::En => "yyyy-mm-dd",
            Lang::Vi => "dd/mm/yyyy",
        }
    }

    /// Parses a date typed by a person in either accepted format.
    pub fn parse_date(&self, s: &str) -> Option<NaiveDate> {
        let s = s.trim();
        NaiveDate::parse_from_str(s, "%d/%m/%Y")
            .or_else(|_| NaiveDate::parse_from_str(s, "%Y-%m-%d"))
            .ok()
    }

    /// Label of a transport mode.
    pub fn mode(&self, m: TransportMode) -> &'static str {
        self.t(match m {
            TransportMode::Bus => "Bus",
            TransportMode::TrainShuttle => "Train + shuttle",
            TransportMode::ContractedCar => "Contracted car",
            TransportMode::OwnMeans => "Own means",
        })
    }

    /// Label of a survey preference.
    pub fn preference(&self, p: Preference) -> &'static str {
        self.t(match p {
            Preference::DailyCommute => "Daily commute",
            Preference::WeeklyWithHousing => "Weekly, with housing",
            Preference::MoveHome => "Move home",
            Preference::None => "No answer",
        })
    }

    /// Label of a gender.
    pub fn gender(&self, g: Gender) -> &'static str {
        self.t(match g {
            Gender::Female => "Female",
            Gender::Male => "Male",
            Gender::Unspecified => "Not recorded",
        })
    }

    /// Label of a housing eligibility.
    pub fn eligibility(&self, e: Eligibility) -> &'static str {
        self.t(match e {
            Eligibility::Anyone => "Anyone",
            Eligibility::FemaleOnly => "Women only",
            Eligibility::MaleOnly => "Men only",
        })
    }

    /// Label of a rule hardness.
    pub fn hardness(&self, h: Hardness) -> String {
        match h {
            Hardness::Hard => self.t("Must hold").to_owned(),
            Hardness::Soft(w) => self.tf("May be broken (weight {w})", &[("w", self.num(w, 0))]),
            Hardness::Off => self.t("Off").to_owned(),
        }
    }

    /// Label of an entity kind.
    pub fn entity(&self, k: EntityKind) -> &'static str {
        self.t(match k {
            EntityKind::Plan => "Plan",
            EntityKind::Grade => "Grade",
            EntityKind::Site => "Headquarters",
            EntityKind::Zone => "Zone",
            EntityKind::Travel => "Travel",
            EntityKind::Unit => "Unit",
            EntityKind::Cadre => "Cadre",
            EntityKind::Transport => "Transport",
            EntityKind::Housing => "Housing",
            EntityKind::Rules => "Rules",
            EntityKind::Scenario => "Scenario",
        })
    }

    /// A short description of a problem kind (the core's message stays in English).
    pub fn problem_kind(&self, k: ProblemKind) -> &'static str {
        self.t(match k {
            ProblemKind::Syntax => "The file cannot be read",
            ProblemKind::UnsupportedVersion => "Unsupported file version",
            ProblemKind::EmptyId => "The id is empty",
            ProblemKind::DuplicateId => "The id is used twice",
            ProblemKind::UnknownReference => "Refers to something that does not exist",
            ProblemKind::MissingValue => "A value is missing",
            ProblemKind::NotFinite => "Not a valid number",
            ProblemKind::Negative => "Must not be negative",
            ProblemKind::OutOfRange => "Out of the allowed range",
            ProblemKind::MinAboveMax => "Minimum is above maximum",
            ProblemKind::EndBeforeStart => "Ends before it starts",
            ProblemKind::MissingTravel => "Travel time missing",
            ProblemKind::Cycle => "Refers to itself in a loop",
        })
    }

    /// Label of a solve status.
    pub fn status(&self, s: &SolveStatus) -> &'static str {
        self.t(match s {
            SolveStatus::Optimal => "Optimal",
            SolveStatus::Feasible => "Feasible (time limit)",
            SolveStatus::Infeasible => "Infeasible",
            SolveStatus::Cancelled => "Cancelled",
            SolveStatus::TimeLimitNoSolution => "No plan found in time",
            SolveStatus::Evaluated => "Adjusted by hand",
        })
    }

    /// Why a solve could not run, in plain words (never the developer's text alone).
    pub fn solve_error(&self, e: &crate::core::solve::SolveError) -> String {
        use crate::core::solve::SolveError as E;
        match e {
            E::UnknownScenario(s) => self.tf("There is no scenario “{s}” in the plan", &[("s", s.clone())]),
            E::BaselineWithoutPlan {
                scenario,
                baseline,
                status,
            } => self.tf(
                "Scenario “{scenario}” measures moves against scenario “{baseline}”, which has no plan ({status}). Solve or fix “{baseline}” first, or remove it as the baseline.",
                &[
                    ("scenario", scenario.clone()),
                    ("baseline", baseline.clone()),
                    ("status", self.status(status).to_owned()),
                ],
            ),
            E::Solver(detail) => self.tf(
                "The optimiser stopped with an error ({detail}). Nothing was changed.",
                &[("detail", detail.clone())],
            ),
            E::CheckFailed(v) => self.tf(
                "The optimiser's plan broke {n} hard rule(s) and was discarded (a bug; please report it). Nothing was changed.",
                &[("n", v.len().to_string())],
            ),
        }
    }
}

/// English -> Vietnamese catalogue.
pub static VI: &[(&str, &str)] = &[
    ("File", "Tệp"),
    ("Edit", "Sửa"),
    ("Undo", "Hoàn tác"),
    ("Redo", "Làm lại"),
    ("Find", "Tìm"),
    ("View", "Xem"),
    ("Light theme", "Giao diện sáng"),
    ("Dark theme", "Giao diện tối"),
    ("New plan", "Kế hoạch mới"),
    ("Open…", "Mở…"),
    ("Open recent", "Mở gần đây"),
    ("No recent files", "Chưa có tệp nào gần đây"),
    ("Open the sample plan", "Mở kế hoạch mẫu"),
    (
        "The built-in Hải Dương → Hải Phòng plan with 2,582 staff",
        "Kế hoạch mẫu Hải Dương → Hải Phòng với 2.582 nhân sự",
    ),
    ("Save", "Lưu"),
    ("Save as…", "Lưu thành…"),
    ("Quit", "Thoát"),
    ("Scenario:", "Phương án:"),
    ("Cancel solve", "Dừng tính toán"),
    (
        "Stop the optimiser; its best plan so far is kept",
        "Dừng bộ tối ưu; giữ lại phương án tốt nhất đã tìm được",
    ),
    ("Solve", "Tính toán"),
    ("not saved to a file", "chưa lưu vào tệp"),
    ("Unsaved changes", "Có thay đổi chưa lưu"),
    ("All changes saved", "Đã lưu mọi thay đổi"),
    ("No problems", "Không có lỗi"),
    ("Show the list of problems", "Xem danh sách lỗi"),
    ("Solve failed", "Tính toán thất bại"),
    ("No scenario", "Chưa có phương án"),
    ("Last solve", "Lần tính gần nhất"),
    ("out of date", "đã cũ"),
    ("Not solved yet", "Chưa tính toán"),
    ("Settings", "Cài đặt"),
    (
        "Language, appearance and the optimiser's time limit. These are remembered on this computer.",
        "Ngôn ngữ, giao diện và thời gian tối đa của bộ tối ưu. Các cài đặt này được ghi nhớ trên máy tính này.",
    ),
    ("Language", "Ngôn ngữ"),
    ("Theme", "Giao diện"),
    ("Solver time limit", "Thời gian tính tối đa"),
    (
        "The optimiser stops after this time and keeps the best plan found",
        "Bộ tối ưu dừng sau thời gian này và giữ phương án tốt nhất đã tìm được",
    ),
    ("File dialogs", "Hộp thoại chọn tệp"),
    (
        "Type file paths instead of using the system dialog",
        "Gõ đường dẫn tệp thay vì dùng hộp thoại của hệ thống",
    ),
    ("Nothing to undo", "Không có gì để hoàn tác"),
    ("Nothing to redo", "Không có gì để làm lại"),
    ("Cancelling…", "Đang dừng…"),
    (
        "Restored the autosaved copy; save it to keep it",
        "Đã khôi phục bản lưu tự động; hãy lưu lại để giữ",
    ),
    (
        "The plan has no scenario to solve. Add one under Scenarios.",
        "Kế hoạch chưa có phương án để tính. Hãy thêm ở mục Phương án.",
    ),
    (
        "Solving in the background; you can keep working",
        "Đang tính toán ngầm; bạn vẫn có thể tiếp tục làm việc",
    ),
    ("Autosave failed", "Tự động lưu thất bại"),
    ("{n} problems", "{n} lỗi"),
    ("Solving… {s} s", "Đang tính… {s} giây"),
    ("Solved in {s} s", "Đã tính xong trong {s} giây"),
    ("{id} is not in the plan", "{id} không có trong kế hoạch"),
    ("Undone: {what}", "Đã hoàn tác: {what}"),
    ("Redone: {what}", "Đã làm lại: {what}"),
    ("Opened {name}", "Đã mở {name}"),
    ("Saved {path}", "Đã lưu {path}"),
    ("Cadres", "Cán bộ"),
    (
        "Every cadre, civil servant and public employee: unit, position, home, survey answer. Click a row for details; Ctrl+click or Shift+click to select several.",
        "Toàn bộ cán bộ, công chức, viên chức: đơn vị, chức vụ, nơi ở, nguyện vọng khảo sát. Bấm vào một dòng để xem chi tiết; Ctrl+bấm hoặc Shift+bấm để chọn nhiều dòng.",
    ),
    ("(all)", "(tất cả)"),
    ("Unit", "Đơn vị"),
    ("Home zone", "Xã/phường nơi ở"),
    ("Works today at", "Nơi làm việc hiện nay"),
    ("Survey", "Khảo sát"),
    ("Only with problems", "Chỉ dòng có lỗi"),
    ("Clear filters", "Bỏ lọc"),
    ("Add", "Thêm"),
    ("New cadre", "Cán bộ mới"),
    ("Add cadre", "Thêm cán bộ"),
    ("Duplicate", "Nhân bản"),
    (
        "Copy the selected row under a new id",
        "Sao chép dòng đã chọn với mã mới",
    ),
    ("Duplicate cadre", "Nhân bản cán bộ"),
    (
        "Delete the selected rows (Undo brings them back)",
        "Xoá các dòng đã chọn (Hoàn tác để lấy lại)",
    ),
    ("Delete cadres", "Xoá cán bộ"),
    ("Select all shown", "Chọn tất cả đang hiện"),
    ("Clear selection", "Bỏ chọn"),
    ("Set unit", "Đặt đơn vị"),
    ("Set home zone", "Đặt nơi ở"),
    ("Pin to", "Cố định tại"),
    ("(not pinned)", "(không cố định)"),
    ("Sort by this column", "Sắp xếp theo cột này"),
    ("Code", "Mã"),
    ("Name", "Họ và tên"),
    ("Born", "Ngày sinh"),
    ("Rename cadre", "Đổi tên cán bộ"),
    ("Change unit", "Đổi đơn vị"),
    ("Change home zone", "Đổi nơi ở"),
    ("Staff code", "Mã cán bộ"),
    (
        "Unique code of the person (mã cán bộ)",
        "Mã riêng của từng người (mã cán bộ)",
    ),
    ("Change staff code", "Đổi mã cán bộ"),
    ("Position", "Chức vụ"),
    (
        "Sets the working area the person is entitled to (Decree 152)",
        "Xác định diện tích làm việc được hưởng (Nghị định 152)",
    ),
    ("Change position", "Đổi chức vụ"),
    (
        "Commune or ward where the person lives",
        "Xã hoặc phường nơi người đó sinh sống",
    ),
    ("Change birth date", "Đổi ngày sinh"),
    ("Gender", "Giới tính"),
    ("Change gender", "Đổi giới tính"),
    ("Circumstances", "Hoàn cảnh"),
    (
        "Duties that priority rules protect",
        "Hoàn cảnh được các quy tắc ưu tiên bảo vệ",
    ),
    ("Child under 36 months", "Con dưới 36 tháng tuổi"),
    ("Change circumstances", "Đổi hoàn cảnh"),
    (
        "Cares for an elderly relative",
        "Chăm sóc người thân cao tuổi",
    ),
    ("Health condition", "Vấn đề sức khoẻ"),
    ("Survey answer", "Nguyện vọng khảo sát"),
    (
        "What the person said in the preliminary survey",
        "Câu trả lời của người đó trong đợt khảo sát sơ bộ",
    ),
    ("Change survey answer", "Đổi nguyện vọng"),
    ("(none)", "(không có)"),
    ("Change current site", "Đổi nơi làm việc hiện nay"),
    ("Pinned to", "Cố định tại"),
    (
        "The optimiser must place this person at this headquarters",
        "Bộ tối ưu phải bố trí người này tại trụ sở này",
    ),
    ("Pin cadre", "Cố định cán bộ"),
    ("Notes", "Ghi chú"),
    ("Change notes", "Sửa ghi chú"),
    ("Delete {n} selected", "Xoá {n} dòng đã chọn"),
    ("Bulk edit {n} cadres", "Sửa hàng loạt {n} cán bộ"),
    ("Daily commuters", "Đi lại hằng ngày"),
    ("Housed", "Ở nhà công vụ/ký túc xá"),
    ("Vehicles", "Phương tiện"),
    ("Monthly cost", "Chi phí mỗi tháng"),
    ("Mean commute", "Thời gian đi lại trung bình"),
    ("Longest commute", "Thời gian đi lại dài nhất"),
    ("Disrupted", "Phải đổi nơi làm việc"),
    ("Survey answers not met", "Nguyện vọng chưa được đáp ứng"),
    ("Soft rules broken", "Quy tắc mềm bị vi phạm"),
    ("Objective", "Hàm mục tiêu"),
    ("Compare scenarios", "So sánh phương án"),
    (
        "Tick two or more solved scenarios. Differences from the first one are highlighted.",
        "Chọn từ hai phương án đã tính trở lên. Các khác biệt so với phương án đầu tiên được tô nổi bật.",
    ),
    ("Solve this scenario first", "Hãy tính phương án này trước"),
    (
        "Choose at least two solved scenarios to compare.",
        "Chọn ít nhất hai phương án đã tính để so sánh.",
    ),
    ("Key figures", "Chỉ số chính"),
    ("Go to this entry", "Đi tới mục này"),
    ("People at {site}", "Số người tại {site}"),
    ("Import staff list…", "Nhập danh sách nhân sự…"),
    (
        "Add or update cadres from a CSV or Excel file",
        "Thêm hoặc cập nhật cán bộ từ tệp CSV hoặc Excel",
    ),
    ("Export", "Xuất"),
    (
        "Solve the current scenario first",
        "Hãy tính phương án hiện tại trước",
    ),
    ("Restore unsaved work?", "Khôi phục công việc chưa lưu?"),
    ("Restore", "Khôi phục"),
    ("Discard it", "Bỏ bản này"),
    ("Save changes?", "Lưu thay đổi?"),
    ("Don't save", "Không lưu"),
    ("Cancel", "Huỷ"),
    (
        "Type the full path of the file:",
        "Gõ đường dẫn đầy đủ của tệp:",
    ),
    ("No such file", "Không có tệp này"),
    ("The folder does not exist", "Thư mục không tồn tại"),
    (
        "The file exists and will be replaced (the old one is kept as .bak).",
        "Tệp đã tồn tại và sẽ được thay thế (tệp cũ được giữ dưới dạng .bak).",
    ),
    ("OK", "Đồng ý"),
    ("Something went wrong", "Đã có lỗi xảy ra"),
    ("Housing", "Nhà ở"),
    ("Beds", "Giường"),
    (
        "All beds in all housing blocks",
        "Tổng số giường của mọi khu nhà ở",
    ),
    ("Cost if all beds are used", "Chi phí nếu dùng hết giường"),
    ("per month", "mỗi tháng"),
    (
        "Beds × cost per bed-month",
        "Số giường × chi phí mỗi giường một tháng",
    ),
    ("New housing", "Nhà ở mới"),
    ("Add housing", "Thêm nhà ở"),
    ("Duplicate housing", "Nhân bản nhà ở"),
    ("Delete housing", "Xoá nhà ở"),
    ("Near", "Gần trụ sở"),
    ("Cost per bed-month", "Chi phí mỗi giường/tháng"),
    ("Minutes to site", "Số phút đến trụ sở"),
    ("Who may stay", "Đối tượng được ở"),
    ("Rename housing", "Đổi tên nhà ở"),
    ("Change beds", "Đổi số giường"),
    (
        "Select a row to see and edit all its details.",
        "Chọn một dòng để xem và sửa đầy đủ thông tin.",
    ),
    ("Id", "Mã"),
    (
        "Stable identifier used by other entries; change with care",
        "Mã định danh được các mục khác tham chiếu; cẩn thận khi thay đổi",
    ),
    ("Change id", "Đổi mã"),
    (
        "Headquarters the housing serves",
        "Trụ sở mà khu nhà ở phục vụ",
    ),
    ("Change headquarters", "Đổi trụ sở"),
    ("Change cost", "Đổi chi phí"),
    (
        "One-way minutes from the housing to the headquarters",
        "Số phút một chiều từ nơi ở đến trụ sở",
    ),
    ("Change minutes to site", "Đổi số phút đến trụ sở"),
    ("Available from", "Sử dụng từ ngày"),
    (
        "First day beds can be used; empty means already available",
        "Ngày đầu tiên có thể dùng giường; để trống nghĩa là đã sẵn sàng",
    ),
    ("Change availability date", "Đổi ngày sử dụng"),
    ("Change who may stay", "Đổi đối tượng được ở"),
    ("min", "phút"),
    ("Must hold", "Bắt buộc"),
    ("Off", "Tắt"),
    (
        "May be broken (weight {w})",
        "Có thể vi phạm (trọng số {w})",
    ),
    ("Overview", "Tổng quan"),
    (
        "The plan at a glance. Edit the data on the pages at the left, then press Solve.",
        "Tóm tắt kế hoạch. Sửa dữ liệu ở các trang bên trái, rồi bấm Tính toán.",
    ),
    ("Plan name", "Tên kế hoạch"),
    ("Rename plan", "Đổi tên kế hoạch"),
    ("Description", "Mô tả"),
    ("Change description", "Sửa mô tả"),
    ("Staff to place", "Nhân sự cần bố trí"),
    ("Headquarters", "Trụ sở"),
    (
        "Desks over all headquarters",
        "Tổng số chỗ làm việc của các trụ sở",
    ),
    ("Home zones", "Xã/phường nơi ở"),
    (
        "Communes and wards where staff live",
        "Các xã, phường nơi nhân sự sinh sống",
    ),
    ("Daily seats", "Chỗ ngồi mỗi ngày"),
    (
        "Vehicles × seats × round trips, organised services only",
        "Số xe × số chỗ × số chuyến khứ hồi, chỉ tính xe đưa đón tập trung",
    ),
    ("Scenarios", "Phương án"),
    ("Variants of the plan", "Các biến thể của kế hoạch"),
    ("Problems", "Lỗi"),
    (
        "No problems: the plan is ready to solve.",
        "Không có lỗi: kế hoạch sẵn sàng để tính toán.",
    ),
    (
        "Fix these before solving. Click Open to go to the entry concerned.",
        "Hãy sửa các lỗi này trước khi tính. Bấm Mở để đi tới mục liên quan.",
    ),
    ("Where", "Vị trí"),
    ("What", "Lỗi"),
    ("Details", "Chi tiết"),
    ("Open", "Mở"),
    ("in {n} units", "thuộc {n} đơn vị"),
    ("{n} desks", "{n} chỗ làm việc"),
    ("{n} solved", "đã tính {n}"),
    (
        "There are fewer desks ({d}) than cadres ({c}): some people will not have a desk unless you add desks or allow the rule to be broken.",
        "Số chỗ làm việc ({d}) ít hơn số cán bộ ({c}): một số người sẽ không có chỗ ngồi nếu không bổ sung chỗ làm việc hoặc cho phép vi phạm quy tắc.",
    ),
    ("People per headquarters", "Số người theo trụ sở"),
    (
        "Everyone placed, by headquarters",
        "Toàn bộ nhân sự đã bố trí, theo trụ sở",
    ),
    (
        "People travelling every working day",
        "Số người đi lại mỗi ngày làm việc",
    ),
    (
        "People staying in housing during the week",
        "Số người ở lại trong tuần",
    ),
    (
        "Vehicles hired for organised transport",
        "Số xe thuê cho đưa đón tập trung",
    ),
    ("Seat fill", "Tỷ lệ lấp đầy ghế"),
    (
        "Riders divided by seats offered, organised transport",
        "Số người đi chia cho số ghế, xe đưa đón tập trung",
    ),
    ("transport and housing", "đi lại và nhà ở"),
    (
        "Vehicles, tickets, allowances, beds and weekly trips home",
        "Thuê xe, vé, phụ cấp, giường và chuyến về nhà hằng tuần",
    ),
    ("One-way, per person", "Một chiều, mỗi người"),
    (
        "People whose headquarters changes",
        "Số người phải đổi trụ sở",
    ),
    ("Hired vehicles", "Thuê xe"),
    ("Tickets", "Vé"),
    ("Own-means allowances", "Phụ cấp tự túc phương tiện"),
    ("Weekly trips home", "Về nhà hằng tuần"),
    ("Total", "Tổng cộng"),
    ("Results", "Kết quả"),
    (
        "The plan has no scenario yet. Add one under Scenarios.",
        "Kế hoạch chưa có phương án. Hãy thêm ở mục Phương án.",
    ),
    (
        "This scenario has not been solved yet.",
        "Phương án này chưa được tính.",
    ),
    ("Summary", "Tóm tắt"),
    ("Cadres and explanations", "Cán bộ và giải thích"),
    ("Solving…", "Đang tính toán…"),
    ("Elapsed", "Đã chạy"),
    ("Best objective", "Mục tiêu tốt nhất"),
    ("Gap", "Khoảng cách tối ưu"),
    (
        "The plan changed since this result; solve again to update it.",
        "Kế hoạch đã thay đổi sau khi có kết quả này; hãy tính lại để cập nhật.",
    ),
    ("Solve again", "Tính lại"),
    ("Undo hand moves", "Bỏ các điều chỉnh tay"),
    (
        "Why no plan is possible",
        "Vì sao không có phương án khả thi",
    ),
    (
        "The optimiser found no plan and gave no diagnosis. Try a longer time limit or fewer hard rules.",
        "Bộ tối ưu không tìm được phương án và không có chẩn đoán. Hãy tăng thời gian tính hoặc giảm quy tắc bắt buộc.",
    ),
    (
        "Each line is a rule that cannot be met, with the smallest change that would allow a plan.",
        "Mỗi dòng là một quy tắc không thể đáp ứng, kèm mức điều chỉnh nhỏ nhất để có phương án.",
    ),
    (
        "Who works where (stacked by unit)",
        "Ai làm việc ở đâu (theo đơn vị)",
    ),
    (
        "Each colour is a unit; the red mark is the number of desks. Hover a bar for the units.",
        "Mỗi màu là một đơn vị; vạch đỏ là số chỗ làm việc. Di chuột lên thanh để xem các đơn vị.",
    ),
    (
        "One-way commute, today and under this plan",
        "Thời gian đi lại một chiều, hiện nay và theo phương án",
    ),
    ("minutes", "phút"),
    ("people", "người"),
    ("Today", "Hiện nay"),
    ("Under this plan", "Theo phương án"),
    ("Transport", "Phương tiện đi lại"),
    ("Service", "Tuyến"),
    ("Riders", "Số người đi"),
    ("Per month", "Mỗi tháng"),
    ("Beds used", "Giường sử dụng"),
    ("Daily commute", "Đi lại hằng ngày"),
    ("Weekly, with housing", "Ở lại, về nhà hằng tuần"),
    (
        "Only people whose headquarters changes",
        "Chỉ người phải đổi trụ sở",
    ),
    ("Way to work", "Cách đi làm"),
    ("Then", "Theo phương án"),
    ("Unpin", "Bỏ cố định"),
    (
        "Let the optimiser choose this person's headquarters again",
        "Để bộ tối ưu chọn lại trụ sở cho người này",
    ),
    ("Unpin cadre", "Bỏ cố định cán bộ"),
    ("Pin here", "Cố định tại đây"),
    (
        "Keep this person at this headquarters in every future solve",
        "Giữ người này tại trụ sở này trong mọi lần tính sau",
    ),
    ("Pin the whole unit", "Cố định cả đơn vị"),
    (
        "Keep every member of this unit where this result puts them",
        "Giữ mọi thành viên của đơn vị tại nơi kết quả này bố trí",
    ),
    ("Pin unit", "Cố định đơn vị"),
    ("Unpin the unit", "Bỏ cố định đơn vị"),
    ("Unpin unit", "Bỏ cố định đơn vị"),
    (
        "No explanation is available for this person.",
        "Chưa có giải thích cho người này.",
    ),
    (
        "Weighing this person's other options…",
        "Đang cân nhắc các phương án khác của người này…",
    ),
    ("Why here", "Vì sao bố trí ở đây"),
    (
        "Other options and why not",
        "Các lựa chọn khác và lý do không chọn",
    ),
    ("Try", "Thử"),
    (
        "See the effect of moving this person here, without solving",
        "Xem tác động khi chuyển người này tới đây, không cần tính lại",
    ),
    ("Effect of this move", "Tác động của điều chỉnh này"),
    ("No rule is broken.", "Không vi phạm quy tắc nào."),
    ("Hard rule broken", "Vi phạm quy tắc bắt buộc"),
    ("Soft rule broken", "Vi phạm quy tắc mềm"),
    ("Keep this move", "Giữ điều chỉnh này"),
    (
        "Pin this person where the move puts them, so that the next solve keeps it",
        "Cố định người này tại nơi điều chỉnh đưa tới, để các lần tính sau vẫn giữ nguyên",
    ),
    ("Keep hand move", "Giữ điều chỉnh tay"),
    (
        "Keeping pins the headquarters only; the next solve chooses the way to work again.",
        "Khi giữ, chỉ trụ sở được cố định; lần tính sau sẽ chọn lại cách đi làm.",
    ),
    (
        "Kept by hand: {name} is pinned to this headquarters",
        "Đã giữ theo quyết định: {name} được cố định tại trụ sở này",
    ),
    ("Adjusted by hand", "Đã điều chỉnh thủ công"),
    (
        "The optimiser's plan with moves kept by hand; the people moved are pinned where they were put",
        "Phương án của bộ tối ưu cùng các điều chỉnh tay đã giữ; người được điều chỉnh được cố định tại nơi đã chuyển tới",
    ),
    (
        "Kept by hand (pinned where it was moved)",
        "Giữ theo quyết định (cố định tại nơi đã chuyển tới)",
    ),
    (
        "Kept by hand: pinned to {site} in every future solve",
        "Giữ theo quyết định: cố định tại {site} trong mọi lần tính sau",
    ),
    (
        "A move that breaks a hard rule cannot be kept",
        "Không thể giữ điều chỉnh vi phạm quy tắc bắt buộc",
    ),
    ("Forget it", "Bỏ qua"),
    ("Daily: {name}", "Hằng ngày: {name}"),
    ("Weekly, stays at {name}", "Hằng tuần, ở tại {name}"),
    ("{n} riders", "{n} người đi"),
    ("today {m}", "hiện nay {m}"),
    ("95% under {m}", "95% dưới {m}"),
    ("objective {v}", "mục tiêu {v}"),
    ("gap {g}", "khoảng cách {g}"),
    ("{s} s", "{s} giây"),
    ("short by {n}", "thiếu {n}"),
    ("{p} / {d} desks", "{p} / {d} chỗ làm việc"),
    (
        "Commute {m} (today {b}), {c} per month",
        "Đi lại {m} (hiện nay {b}), {c} mỗi tháng",
    ),
    (
        "Objective changes by {d} ({pct})",
        "Hàm mục tiêu thay đổi {d} ({pct})",
    ),
    ("Monthly cost: {c}", "Chi phí mỗi tháng: {c}"),
    ("weight", "trọng số"),
    (
        "Raising a child under 36 months",
        "Nuôi con dưới 36 tháng tuổi",
    ),
    (
        "Caring for an elderly relative",
        "Chăm sóc người thân cao tuổi",
    ),
    ("Rules", "Quy tắc"),
    (
        "Policy limits, how strictly each holds, and what the optimiser should care about most.",
        "Các giới hạn chính sách, mức độ bắt buộc của từng quy tắc và điều bộ tối ưu cần coi trọng nhất.",
    ),
    ("Limits", "Giới hạn"),
    ("Longest daily commute", "Thời gian đi lại tối đa mỗi ngày"),
    (
        "One-way; people above it must be housed near the headquarters",
        "Một chiều; người vượt quá phải được bố trí chỗ ở gần trụ sở",
    ),
    ("Change longest commute", "Đổi thời gian đi lại tối đa"),
    ("Monthly budget", "Kinh phí mỗi tháng"),
    (
        "Cap on transport and housing spending per month",
        "Mức trần chi phí đi lại và nhà ở mỗi tháng",
    ),
    ("capped", "có mức trần"),
    ("Change budget", "Đổi kinh phí"),
    ("Budget cap", "Mức trần kinh phí"),
    ("Change budget rule", "Đổi quy tắc kinh phí"),
    ("Working days per month", "Số ngày làm việc mỗi tháng"),
    ("Change working days", "Đổi số ngày làm việc"),
    (
        "Monthly cost of weekly trips home for a housed person",
        "Chi phí về nhà hằng tuần mỗi tháng của người ở lại",
    ),
    ("Change weekly travel cost", "Đổi chi phí về nhà hằng tuần"),
    ("Retirement age, men", "Tuổi nghỉ hưu, nam"),
    (
        "In months (Labour Code 2019 roadmap)",
        "Tính bằng tháng (lộ trình Bộ luật Lao động 2019)",
    ),
    ("Change retirement age", "Đổi tuổi nghỉ hưu"),
    ("Retirement age, women", "Tuổi nghỉ hưu, nữ"),
    (
        "How strictly each rule holds",
        "Mức độ bắt buộc của từng quy tắc",
    ),
    ("Change rule strictness", "Đổi mức độ bắt buộc"),
    (
        "What matters most (objective weights)",
        "Điều gì quan trọng nhất (trọng số mục tiêu)",
    ),
    ("One minute of commute", "Một phút đi lại"),
    (
        "Weight of one minute of one-way daily commute per person",
        "Trọng số của một phút đi lại một chiều mỗi ngày của mỗi người",
    ),
    ("Change weights", "Đổi trọng số"),
    ("One VND per month", "Một đồng mỗi tháng"),
    ("Weight of money", "Trọng số của chi phí"),
    ("One person moved", "Một người phải chuyển"),
    (
        "Weight of one person whose headquarters changes",
        "Trọng số của một người phải đổi trụ sở",
    ),
    (
        "One survey answer not met",
        "Một nguyện vọng không được đáp ứng",
    ),
    (
        "Weight of one person whose arrangement contradicts their survey answer",
        "Trọng số của một người được bố trí trái với nguyện vọng khảo sát",
    ),
    ("Priority groups", "Nhóm ưu tiên"),
    (
        "People in a priority group get the headquarters with the shortest commute for them.",
        "Người thuộc nhóm ưu tiên được bố trí trụ sở có thời gian đi lại ngắn nhất.",
    ),
    ("Who", "Đối tượng"),
    ("Strictness", "Mức bắt buộc"),
    ("Change priority group", "Sửa nhóm ưu tiên"),
    ("Remove", "Bỏ"),
    ("Remove priority group", "Bỏ nhóm ưu tiên"),
    ("Add priority group", "Thêm nhóm ưu tiên"),
    (
        "Share of staff per headquarters",
        "Tỷ lệ nhân sự tại mỗi trụ sở",
    ),
    ("Change site share", "Sửa tỷ lệ trụ sở"),
    ("Remove site share", "Bỏ tỷ lệ trụ sở"),
    ("Add a share rule", "Thêm quy tắc tỷ lệ"),
    ("Add site share", "Thêm tỷ lệ trụ sở"),
    (
        "Retiring within {m} months",
        "Nghỉ hưu trong vòng {m} tháng",
    ),
    (
        "Variants of the plan to try and compare: other desks, a closed site, more buses, a faster road…",
        "Các biến thể để thử và so sánh: số chỗ khác, đóng một trụ sở, thêm xe, đường nhanh hơn…",
    ),
    ("New scenario", "Phương án mới"),
    (
        "A scenario with no changes to the base plan",
        "Phương án không thay đổi gì so với kế hoạch gốc",
    ),
    ("Add scenario", "Thêm phương án"),
    (
        "Create a new scenario starting from the selected one",
        "Tạo phương án mới từ phương án đã chọn",
    ),
    ("copy", "bản sao"),
    ("Duplicate scenario", "Nhân bản phương án"),
    ("Delete", "Xoá"),
    (
        "Delete the selected row (Undo brings it back)",
        "Xoá dòng đã chọn (Hoàn tác để lấy lại)",
    ),
    ("Delete scenario", "Xoá phương án"),
    ("Solve this scenario", "Tính phương án này"),
    ("From", "Từ ngày"),
    ("To", "Đến"),
    ("Changes", "Số thay đổi"),
    ("Result", "Kết quả"),
    ("Rename scenario", "Đổi tên phương án"),
    ("Current scenario", "Phương án hiện tại"),
    ("Period", "Thời kỳ"),
    (
        "The period the scenario plans for",
        "Khoảng thời gian phương án áp dụng",
    ),
    ("Change period", "Đổi thời kỳ"),
    ("Baseline", "Phương án gốc"),
    (
        "A scenario whose result should be disturbed as little as possible",
        "Phương án mà kết quả cần được giữ ổn định nhất có thể",
    ),
    ("Change baseline", "Đổi phương án gốc"),
    (
        "Headquarters in this scenario",
        "Trụ sở trong phương án này",
    ),
    ("Desks", "Chỗ làm việc"),
    ("Closed", "Đóng"),
    ("change", "thay đổi"),
    ("Change scenario", "Sửa phương án"),
    (
        "The site is not used at all in this scenario",
        "Trụ sở không được sử dụng trong phương án này",
    ),
    (
        "Transport in this scenario",
        "Phương tiện trong phương án này",
    ),
    ("does not run", "không chạy"),
    ("other number of vehicles", "số xe khác"),
    ("Housing in this scenario", "Nhà ở trong phương án này"),
    ("other number of beds", "số giường khác"),
    ("Faster or slower travel", "Đi lại nhanh hơn hoặc chậm hơn"),
    (
        "Multiply travel minutes to a headquarters, e.g. 0.6 when a new road makes trips 40% faster.",
        "Nhân thời gian đi lại tới một trụ sở, ví dụ 0,6 khi có đường mới giúp đi nhanh hơn 40%.",
    ),
    ("Add a travel factor", "Thêm hệ số đi lại"),
    ("Base plan: {n}", "Kế hoạch gốc: {n}"),
    (
        "Where staff can work: desks, working area and the date each site can be used.",
        "Nơi nhân sự có thể làm việc: số chỗ, diện tích làm việc và ngày bắt đầu sử dụng.",
    ),
    ("New headquarters", "Trụ sở mới"),
    ("Add headquarters", "Thêm trụ sở"),
    ("Duplicate headquarters", "Nhân bản trụ sở"),
    ("Delete headquarters", "Xoá trụ sở"),
    ("Area (m²)", "Diện tích (m²)"),
    ("m² per desk", "m² mỗi chỗ"),
    ("Staff today", "Nhân sự hiện nay"),
    ("Opens", "Sử dụng từ"),
    ("Rename headquarters", "Đổi tên trụ sở"),
    ("Change desks", "Đổi số chỗ làm việc"),
    ("Change area", "Đổi diện tích"),
    ("Open now", "Đang sử dụng"),
    ("Address", "Địa chỉ"),
    ("Change address", "Đổi địa chỉ"),
    ("Location", "Vị trí"),
    (
        "Latitude and longitude in degrees; used to derive travel times",
        "Vĩ độ và kinh độ (độ); dùng để tính thời gian đi lại",
    ),
    ("lat", "vĩ độ"),
    ("Move headquarters", "Dời trụ sở"),
    ("lon", "kinh độ"),
    ("Number of work places (chỗ làm việc)", "Số chỗ làm việc"),
    (
        "Usable working area, common-use area included",
        "Diện tích làm việc sử dụng được, kể cả diện tích dùng chung",
    ),
    ("Common-use share", "Tỷ lệ diện tích dùng chung"),
    (
        "Part of the area kept for meeting rooms, archives… (Decree 152 allows up to 50%)",
        "Phần diện tích dành cho phòng họp, lưu trữ… (Nghị định 152 cho phép tối đa 50%)",
    ),
    ("Change common-use share", "Đổi tỷ lệ dùng chung"),
    (
        "First day the site can be used; empty means already open",
        "Ngày đầu tiên có thể sử dụng; để trống nghĩa là đang sử dụng",
    ),
    ("Change opening date", "Đổi ngày sử dụng"),
    (
        "Ways of commuting daily to a headquarters, with their vehicles and costs.",
        "Các cách đi lại hằng ngày tới trụ sở, kèm phương tiện và chi phí.",
    ),
    ("New service", "Tuyến mới"),
    ("Add transport service", "Thêm tuyến"),
    ("Duplicate transport service", "Nhân bản tuyến"),
    ("Delete transport service", "Xoá tuyến"),
    ("Mode", "Loại hình"),
    ("Seats each", "Số chỗ mỗi xe"),
    ("Cost per person-month", "Chi phí mỗi người/tháng"),
    ("Rename transport service", "Đổi tên tuyến"),
    ("Change vehicles", "Đổi số xe"),
    ("unlimited", "không giới hạn"),
    ("Change mode", "Đổi loại hình"),
    ("Destination headquarters", "Trụ sở đến"),
    ("Change destination", "Đổi nơi đến"),
    ("Zones served", "Xã/phường được đón"),
    (
        "Home zones this service picks up from; none ticked means every zone",
        "Các xã/phường tuyến này đón; không chọn nghĩa là mọi nơi",
    ),
    ("Change zones served", "Đổi nơi đón"),
    ("Vehicles that can be hired", "Số xe có thể thuê"),
    ("Change seats", "Đổi số chỗ"),
    ("Round trips per day", "Số chuyến khứ hồi mỗi ngày"),
    ("Change round trips", "Đổi số chuyến"),
    ("Cost per vehicle-day", "Chi phí mỗi xe/ngày"),
    ("Target seat fill", "Tỷ lệ lấp đầy mục tiêu"),
    (
        "Share of seats that may be planned, leaving room for last-minute changes",
        "Tỷ lệ ghế được phép xếp, chừa chỗ cho thay đổi vào phút chót",
    ),
    ("Change target fill", "Đổi tỷ lệ lấp đầy"),
    (
        "Ticket or allowance per rider per month",
        "Vé hoặc phụ cấp mỗi người mỗi tháng",
    ),
    ("Longest ride", "Thời gian đi tối đa"),
    (
        "Longest acceptable one-way ride",
        "Thời gian đi một chiều tối đa chấp nhận được",
    ),
    ("Change longest ride", "Đổi thời gian đi tối đa"),
    ("Units", "Đơn vị"),
    (
        "Agencies and departments, and whether each must stay together at one headquarters.",
        "Các cơ quan, đơn vị và việc mỗi đơn vị có phải làm việc tập trung tại một trụ sở hay không.",
    ),
    ("New unit", "Đơn vị mới"),
    ("Add unit", "Thêm đơn vị"),
    ("Duplicate unit", "Nhân bản đơn vị"),
    ("Delete unit", "Xoá đơn vị"),
    ("Members", "Số người"),
    ("Placement", "Bố trí"),
    ("Rename unit", "Đổi tên đơn vị"),
    ("Parent unit", "Đơn vị cấp trên"),
    (
        "The unit this one belongs to, if any",
        "Đơn vị mà đơn vị này trực thuộc, nếu có",
    ),
    ("Change parent unit", "Đổi đơn vị cấp trên"),
    (
        "Whether members may be split between headquarters",
        "Thành viên có được bố trí ở nhiều trụ sở hay không",
    ),
    ("Change placement", "Đổi cách bố trí"),
    ("from", "từ"),
    ("to", "đến"),
    ("Show this unit's cadres", "Xem cán bộ của đơn vị này"),
    ("All at {site}", "Tất cả tại {site}"),
    ("Search", "Tìm kiếm"),
    ("Zones & travel", "Nơi ở & đi lại"),
    (
        "Where staff live, and one-way travel times to each headquarters.",
        "Nơi nhân sự sinh sống và thời gian đi một chiều tới từng trụ sở.",
    ),
    ("New zone", "Xã/phường mới"),
    ("Add zone", "Thêm xã/phường"),
    ("Duplicate zone", "Nhân bản xã/phường"),
    ("Delete zone", "Xoá xã/phường"),
    ("Latitude", "Vĩ độ"),
    ("Longitude", "Kinh độ"),
    ("Rename zone", "Đổi tên xã/phường"),
    ("Move zone", "Dời xã/phường"),
    (
        "Travel grid (one-way minutes)",
        "Bảng thời gian đi lại (phút, một chiều)",
    ),
    ("Road factor", "Hệ số đường bộ"),
    (
        "Road distance divided by straight-line distance (typically 1.2 to 1.4)",
        "Quãng đường thực tế chia cho khoảng cách đường chim bay (thường từ 1,2 đến 1,4)",
    ),
    ("Change road factor", "Đổi hệ số đường bộ"),
    ("Speed", "Tốc độ"),
    ("Change speed", "Đổi tốc độ"),
    ("Overhead", "Thời gian phụ"),
    (
        "Minutes added to every trip: waiting, transfers, walking",
        "Số phút cộng thêm cho mỗi chuyến: chờ, chuyển tuyến, đi bộ",
    ),
    ("Change overhead", "Đổi thời gian phụ"),
    ("manual figure", "số liệu nhập tay"),
    ("derived from coordinates", "tính từ toạ độ"),
    ("Fill from coordinates", "Điền theo toạ độ"),
    (
        "Fill travel from coordinates",
        "Điền thời gian đi lại theo toạ độ",
    ),
    (
        "Click a figure to type a manual value; right-click a manual figure to go back to the derived one.",
        "Bấm vào một số để nhập tay; bấm chuột phải vào số nhập tay để quay về số tính từ toạ độ.",
    ),
    ("Zone", "Xã/phường"),
    ("Change travel time", "Đổi thời gian đi lại"),
    (
        "Use the figure derived from coordinates",
        "Dùng số liệu tính từ toạ độ",
    ),
    ("Reset travel time", "Đặt lại thời gian đi lại"),
    ("Bus", "Xe buýt"),
    ("Train + shuttle", "Tàu hoả + xe trung chuyển"),
    ("Contracted car", "Xe hợp đồng"),
    ("Own means", "Tự túc phương tiện"),
    ("Move home", "Chuyển nhà"),
    ("No answer", "Không trả lời"),
    ("Female", "Nữ"),
    ("Male", "Nam"),
    ("Not recorded", "Chưa ghi nhận"),
    ("Anyone", "Mọi người"),
    ("Women only", "Chỉ nữ"),
    ("Men only", "Chỉ nam"),
    ("Plan", "Kế hoạch"),
    ("Grade", "Chức vụ"),
    ("Travel", "Đi lại"),
    ("Cadre", "Cán bộ"),
    ("Scenario", "Phương án"),
    ("The file cannot be read", "Không đọc được tệp"),
    (
        "Unsupported file version",
        "Phiên bản tệp không được hỗ trợ",
    ),
    ("The id is empty", "Mã đang để trống"),
    ("The id is used twice", "Mã bị trùng"),
    (
        "Refers to something that does not exist",
        "Tham chiếu tới mục không tồn tại",
    ),
    ("A value is missing", "Thiếu giá trị"),
    ("Not a valid number", "Không phải số hợp lệ"),
    ("Must not be negative", "Không được âm"),
    ("Out of the allowed range", "Nằm ngoài khoảng cho phép"),
    (
        "Minimum is above maximum",
        "Giá trị tối thiểu lớn hơn tối đa",
    ),
    ("Ends before it starts", "Ngày kết thúc trước ngày bắt đầu"),
    ("Travel time missing", "Thiếu thời gian đi lại"),
    (
        "Refers to itself in a loop",
        "Tham chiếu vòng tròn tới chính nó",
    ),
    ("Optimal", "Tối ưu"),
    ("Feasible (time limit)", "Khả thi (hết thời gian)"),
    ("Infeasible", "Không khả thi"),
    ("Cancelled", "Đã dừng"),
    (
        "No plan found in time",
        "Không tìm được phương án trong thời gian cho phép",
    ),
    ("Compare", "So sánh"),
    ("Open a plan", "Mở kế hoạch"),
    ("Save the plan as", "Lưu kế hoạch thành"),
    ("Import a staff list", "Nhập danh sách nhân sự"),
    ("Export to Excel", "Xuất ra Excel"),
    ("Export to PDF", "Xuất ra PDF"),
    ("Export to CSV", "Xuất ra CSV"),
    ("Any headquarters", "Trụ sở bất kỳ"),
    ("Whole unit at one site", "Cả đơn vị tại một trụ sở"),
    ("All at a given site", "Tất cả tại trụ sở chỉ định"),
    ("A share at a site", "Một tỷ lệ tại một trụ sở"),
    (
        "May be broken at a cost",
        "Có thể vi phạm nhưng bị tính phạt",
    ),
    ("Desks per headquarters", "Số chỗ làm việc mỗi trụ sở"),
    (
        "Working area (Decree 152)",
        "Diện tích làm việc (Nghị định 152)",
    ),
    ("Beds per housing block", "Số giường mỗi khu nhà ở"),
    ("Who may stay in housing", "Đối tượng được ở"),
    ("Seats and vehicles", "Ghế và số xe"),
    ("Longest ride per service", "Thời gian đi tối đa mỗi tuyến"),
    ("Pinned cadres", "Cán bộ được cố định"),
    ("Unit placement", "Bố trí đơn vị"),
    ("Opening dates", "Ngày đưa vào sử dụng"),
    (
        "Assign every cadre a headquarters and a way to get there, in the background",
        "Bố trí trụ sở và cách đi lại cho từng cán bộ, tính ngầm không làm gián đoạn",
    ),
    (
        "The plan has {n} problems; fix them before solving (see Overview).",
        "Kế hoạch có {n} lỗi; hãy sửa trước khi tính (xem Tổng quan).",
    ),
    ("{shown} of {total} shown", "Đang hiện {shown} / {total}"),
    (
        "Bulk edit {n} selected cadres:",
        "Sửa hàng loạt {n} cán bộ đã chọn:",
    ),
    (
        "{n} cadres placed differently",
        "{n} cán bộ được bố trí khác nhau",
    ),
    (
        "HQ Planner did not close normally last time. An automatic copy of your unsaved work from {when} was found.",
        "Lần trước HQ Planner không đóng bình thường. Đã tìm thấy bản lưu tự động công việc chưa lưu lúc {when}.",
    ),
    (
        "“{name}” has unsaved changes. Save them before continuing?",
        "“{name}” có thay đổi chưa lưu. Lưu trước khi tiếp tục?",
    ),
    (
        "Beds near a headquarters for people who stay during the week and go home at weekends.",
        "Giường gần trụ sở cho người ở lại trong tuần và về nhà cuối tuần.",
    ),
    ("line {line}, column {col}", "dòng {line}, cột {col}"),
    (
        "How far the best plan found may still be from the best possible plan",
        "Phương án tốt nhất đã tìm được có thể còn cách phương án tốt nhất có thể bao xa",
    ),
    ("{n} survey answers not met", "{n} nguyện vọng chưa đáp ứng"),
    ("{n} moved by hand", "{n} người điều chỉnh tay"),
    ("{min}–{max}% at {site}", "{min}–{max}% tại {site}"),
    (
        "Replace the {n} manual figures of this mode by figures derived from coordinates",
        "Thay {n} số liệu nhập tay của loại hình này bằng số liệu tính từ toạ độ",
    ),
    ("{km} km · {src}", "{km} km · {src}"),
    ("Select", "Chọn"),
    ("Why not", "Lý do không chọn"),
    ("{c} per month", "{c} mỗi tháng"),
    ("objective {d}", "mục tiêu {d}"),
    ("Under plan", "Theo phương án"),
    ("Pinned", "Được cố định"),
    ("Headquarters changes", "Đổi trụ sở"),
    ("Survey answer not met", "Nguyện vọng chưa đáp ứng"),
    (
        "The solve stopped before any plan was found. Solve again, perhaps with a longer time limit (Settings).",
        "Quá trình tính đã dừng trước khi tìm được phương án. Hãy tính lại, có thể với thời gian tính dài hơn (Cài đặt).",
    ),
    ("Exporting…", "Đang xuất…"),
    ("Exported {path}", "Đã xuất {path}"),
    ("Export failed", "Xuất thất bại"),
    (
        "Merge: update by staff code, add new people",
        "Gộp: cập nhật theo mã cán bộ, thêm người mới",
    ),
    (
        "Replace the whole staff list",
        "Thay toàn bộ danh sách nhân sự",
    ),
    ("Columns", "Các cột"),
    ("(ignored)", "(bỏ qua)"),
    (
        "{read} rows read: {ok} will be imported, {bad} rejected.",
        "Đã đọc {read} dòng: {ok} dòng sẽ được nhập, {bad} dòng bị loại.",
    ),
    ("Row {row} ({code}): {why}", "Dòng {row} ({code}): {why}"),
    ("Import", "Nhập"),
    (
        "Undo brings the previous staff list back",
        "Hoàn tác để lấy lại danh sách nhân sự trước đó",
    ),
    ("Import staff list", "Nhập danh sách nhân sự"),
    (
        "Working area per position (Decree 152)",
        "Diện tích làm việc theo chức danh (Nghị định 152)",
    ),
    (
        "Maximum working area each position is entitled to; used to check the area of each headquarters.",
        "Diện tích làm việc tối đa của từng chức danh; dùng để kiểm tra diện tích của mỗi trụ sở.",
    ),
    ("Name in English", "Tên tiếng Anh"),
    ("m² per person", "m² mỗi người"),
    ("Change area norm", "Đổi định mức diện tích"),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every literal key passed to `t` and `tf` in the app's sources.
    fn keys_in_sources() -> Vec<(String, String)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/gui");
        // The whole tree: modules split into directories (gui/exchange/) too.
        let mut files = Vec::new();
        let mut dirs = vec![dir];
        while let Some(d) = dirs.pop() {
            for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
                let path = e.path();
                if path.is_dir() {
                    dirs.push(path);
                } else {
                    files.push(path);
                }
            }
        }
        files.sort();
        let mut out = Vec::new();
        for f in files {
            let Ok(text) = std::fs::read_to_string(&f) else {
                continue;
            };
            // Test modules hold test data, not UI strings.
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            for pat in [".t(", ".tf("] {
                let mut rest = code;
                while let Some(pos) = rest.find(pat) {
                    rest = rest[pos + pat.len()..].trim_start();
                    let Some(lit) = rest.strip_prefix('"') else {
                        continue;
                    };
                    let Some(end) = lit.find('"') else { break };
                    out.push((f.display().to_string(), lit[..end].to_owned()));
                    rest = &lit[end..];
                }
            }
        }
        out
    }

    #[test]
    fn every_key_in_the_sources_has_a_vietnamese_translation() {
        let keys = keys_in_sources();
        assert!(keys.len() > 200, "found only {} keys", keys.len());
        let map = vi_map();
        let missing: Vec<_> = keys
            .iter()
            .filter(|(_, k)| !map.contains_key(k.as_str()))
            .map(|(f, k)| format!("{f}: {k:?}"))
            .collect();
        assert!(
            missing.is_empty(),
            "missing Vietnamese:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn every_enum_label_and_view_is_translated() {
        use crate::core::solve::SolveStatus;
        use crate::gui::settings::View;
        let (en, vi) = (Tr::new(Lang::En), Tr::new(Lang::Vi));
        let mut pairs: Vec<(String, String)> = Vec::new();
        for m in TransportMode::ALL {
            pairs.push((en.mode(m).into(), vi.mode(m).into()));
        }
        for p in [
            Preference::DailyCommute,
            Preference::WeeklyWithHousing,
            Preference::MoveHome,
            Preference::None,
        ] {
            pairs.push((en.preference(p).into(), vi.preference(p).into()));
        }
        for g in [Gender::Female, Gender::Male, Gender::Unspecified] {
            pairs.push((en.gender(g).into(), vi.gender(g).into()));
        }
        for e in [
            Eligibility::Anyone,
            Eligibility::FemaleOnly,
            Eligibility::MaleOnly,
        ] {
            pairs.push((en.eligibility(e).into(), vi.eligibility(e).into()));
        }
        for h in [Hardness::Hard, Hardness::Soft(5.0), Hardness::Off] {
            pairs.push((en.hardness(h), vi.hardness(h)));
        }
        for k in [
            EntityKind::Plan,
            EntityKind::Grade,
            EntityKind::Site,
            EntityKind::Zone,
            EntityKind::Travel,
            EntityKind::Unit,
            EntityKind::Cadre,
            EntityKind::Transport,
            EntityKind::Housing,
            EntityKind::Rules,
            EntityKind::Scenario,
        ] {
            pairs.push((en.entity(k).into(), vi.entity(k).into()));
        }
        for k in [
            ProblemKind::Syntax,
            ProblemKind::UnsupportedVersion,
            ProblemKind::EmptyId,
            ProblemKind::DuplicateId,
            ProblemKind::UnknownReference,
            ProblemKind::MissingValue,
            ProblemKind::NotFinite,
            ProblemKind::Negative,
            ProblemKind::OutOfRange,
            ProblemKind::MinAboveMax,
            ProblemKind::EndBeforeStart,
            ProblemKind::MissingTravel,
            ProblemKind::Cycle,
        ] {
            pairs.push((en.problem_kind(k).into(), vi.problem_kind(k).into()));
        }
        for s in [
            SolveStatus::Optimal,
            SolveStatus::Feasible,
            SolveStatus::Infeasible,
            SolveStatus::Cancelled,
            SolveStatus::TimeLimitNoSolution,
            SolveStatus::Evaluated,
        ] {
            pairs.push((en.status(&s).into(), vi.status(&s).into()));
        }
        for v in View::NAV {
            pairs.push((
                crate::gui::app::view_label(en, v).into(),
                crate::gui::app::view_label(vi, v).into(),
            ));
        }
        for p in crate::gui::dialogs::FilePurpose::ALL {
            pairs.push((p.title(en).into(), p.title(vi).into()));
        }
        for k in crate::gui::units_ui::PlacementKind::ALL {
            pairs.push((k.label(en), k.label(vi)));
        }
        for key in crate::gui::rules_ui::label_keys() {
            assert!(vi_map().contains_key(key), "missing Vietnamese for {key:?}");
        }
        for (e, v) in pairs {
            assert_ne!(e, v, "label {e:?} is not translated");
        }
    }

    #[test]
    fn catalogue_has_no_empty_or_duplicate_or_placeholder_mismatch() {
        let mut seen = std::collections::HashSet::new();
        for (en, vi) in catalogue() {
            assert!(!vi.trim().is_empty(), "empty translation for {en:?}");
            assert!(seen.insert(*en), "duplicate key {en:?}");
            for part in en.split('{').skip(1) {
                let name = part.split('}').next().unwrap_or_default();
                assert!(
                    vi.contains(&format!("{{{name}}}")),
                    "placeholder {{{name}}} missing in Vietnamese of {en:?}"
                );
            }
        }
    }

    #[test]
    fn vietnamese_numbers_money_and_dates() {
        let vi = Tr::new(Lang::Vi);
        assert_eq!(vi.vnd(1_800_000.0), "1.800.000 ₫");
        assert_eq!(vi.num(1234.5, 1), "1.234,5");
        assert_eq!(vi.num(-999.0, 0), "-999");
        let d = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap_or_default();
        assert_eq!(vi.date(d), "01/07/2025");
        assert_eq!(vi.parse_date("01/07/2025"), Some(d));
        let en = Tr::new(Lang::En);
        assert_eq!(en.vnd(2_582_000.0), "2,582,000 VND");
        assert_eq!(en.int(2582u32), "2,582");
        assert_eq!(en.num(0.4, 0), "0");
        assert_eq!(en.parse_date("2025-07-01"), Some(d));
        assert_eq!(vi.t("min"), "phút");
    }
}
