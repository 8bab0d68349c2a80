//! Vietnamese entries for dialogs (import, export), progress and table chrome.
//! Keys are the English texts passed to `Tr::t` / `Tr::tf`; see [`super::i18n`].

/// English key, Vietnamese text.
pub static VI: &[(&str, &str)] = &[
    // Solve progress strip.
    ("Building the model", "Đang dựng mô hình"),
    ("Searching for the best plan", "Đang tìm phương án tốt nhất"),
    ("Checking the plan", "Đang kiểm tra phương án"),
    (
        "Finding what blocks a plan",
        "Đang tìm nguyên nhân không có phương án",
    ),
    ("Show progress", "Xem tiến trình"),
    (
        "Open Results to see the solve in detail",
        "Mở trang Kết quả để xem chi tiết quá trình tính",
    ),
    // Export dialog.
    ("Export…", "Xuất…"),
    (
        "Excel workbook, PDF report or CSV of the solved scenarios",
        "Sổ Excel, báo cáo PDF hoặc CSV của các phương án đã tính",
    ),
    ("Format", "Định dạng"),
    ("Excel workbook", "Sổ Excel"),
    ("PDF report", "Báo cáo PDF"),
    ("CSV (one row per cadre)", "CSV (mỗi cán bộ một dòng)"),
    (
        "The first ticked scenario is reported in detail; all are compared on the Comparison sheet.",
        "Phương án được chọn đầu tiên được báo cáo chi tiết; tất cả được so sánh ở trang So sánh.",
    ),
    (
        "PDF and CSV report only the first ticked scenario; choose Excel to compare several.",
        "PDF và CSV chỉ báo cáo phương án được chọn đầu tiên; chọn Excel để so sánh nhiều phương án.",
    ),
    (
        "Tick at least one solved scenario",
        "Hãy chọn ít nhất một phương án đã tính",
    ),
    ("Language of the export", "Ngôn ngữ của tệp xuất"),
    ("Privacy", "Bảo mật"),
    ("Anonymise", "Ẩn danh"),
    (
        "Replaces every cadre's name by the staff code and leaves out birth dates and gender, in every format.",
        "Thay họ tên mỗi cán bộ bằng mã cán bộ và bỏ ngày sinh, giới tính, ở mọi định dạng.",
    ),
    ("Sign-off (PDF)", "Ký xác nhận (PDF)"),
    (
        "Names printed under the signature lines of the PDF report; dates are written by hand when signing. Remembered on this computer.",
        "Họ tên in dưới chỗ ký của báo cáo PDF; ngày tháng ghi tay khi ký. Được ghi nhớ trên máy này.",
    ),
    ("Prepared by", "Người lập"),
    ("Reviewed by", "Người kiểm tra"),
    ("Approved by", "Người phê duyệt"),
    ("File to write", "Tệp sẽ ghi"),
    (
        "Type or choose the file to write",
        "Nhập hoặc chọn tệp sẽ ghi",
    ),
    ("Choose…", "Chọn…"),
    ("Starting", "Đang bắt đầu"),
    ("Reading the file", "Đang đọc tệp"),
    ("Checking the rows", "Đang kiểm tra các dòng"),
    ("Preparing the figures", "Đang chuẩn bị số liệu"),
    ("Writing the file", "Đang ghi tệp"),
    ("Show folder", "Mở thư mục"),
    (
        "Open the folder that holds the exported file",
        "Mở thư mục chứa tệp đã xuất",
    ),
    (
        "Cannot open the folder; the file is in {path}",
        "Không mở được thư mục; tệp nằm trong {path}",
    ),
    ("Close", "Đóng"),
    // Import dialog.
    ("Change", "Thay đổi"),
    (
        "Choose which field each column of the file fills; the choice is saved with the plan for the next import.",
        "Chọn trường mà mỗi cột của tệp điền vào; lựa chọn được lưu cùng kế hoạch cho lần nhập sau.",
    ),
    ("File for the rejected rows", "Tệp ghi các dòng bị loại"),
    ("First {n} rows shown", "Hiển thị {n} dòng đầu"),
    ("New", "Mới"),
    (
        "Reading and checking the rows…",
        "Đang đọc và kiểm tra các dòng…",
    ),
    ("Rejected rows", "Các dòng bị loại"),
    ("Row", "Dòng"),
    ("Save rejected rows", "Lưu các dòng bị loại"),
    ("Update", "Cập nhật"),
    (
        "Writes the rejected rows with their reasons (.csv, or .xlsx) to fix them and import again",
        "Ghi các dòng bị loại kèm lý do (.csv hoặc .xlsx) để sửa rồi nhập lại",
    ),
    ("Wrote {path}", "Đã ghi {path}"),
    (
        "{read} rows read: {ok} will be imported ({new} new, {upd} updated), {bad} rejected.",
        "Đã đọc {read} dòng: {ok} dòng sẽ được nhập ({new} mới, {upd} cập nhật), {bad} dòng bị loại.",
    ),
];
