//! Vietnamese entries for dialogs (import, export), progress and table chrome.
//! Keys are the English texts passed to `Tr::t` / `Tr::tf`; see [`super::i18n`].

/// English key, Vietnamese text.
pub static VI: &[(&str, &str)] = &[
    // Save refused because the file changed on disk.
    ("The file changed on disk", "Tệp đã bị thay đổi trên đĩa"),
    (
        "{path} was saved by another program since you opened it. Your changes were not written, so that program's work is not lost. Save your version under another name, then compare the two.",
        "{path} đã được một chương trình khác lưu sau khi bạn mở. Các thay đổi của bạn chưa được ghi, nên công việc của chương trình kia không bị mất. Hãy lưu bản của bạn với tên khác rồi so sánh hai bản.",
    ),
    // Why a solve could not run.
    (
        "There is no scenario “{s}” in the plan",
        "Không có kịch bản “{s}” trong kế hoạch",
    ),
    (
        "Scenario “{scenario}” measures moves against scenario “{baseline}”, which has no plan ({status}). Solve or fix “{baseline}” first, or remove it as the baseline.",
        "Kịch bản “{scenario}” tính việc chuyển chỗ so với kịch bản “{baseline}”, nhưng kịch bản này chưa có phương án ({status}). Hãy giải hoặc sửa “{baseline}” trước, hoặc bỏ kịch bản gốc.",
    ),
    (
        "The optimiser stopped with an error ({detail}). Nothing was changed.",
        "Bộ tối ưu dừng do lỗi ({detail}). Không có gì bị thay đổi.",
    ),
    (
        "The optimiser's plan broke {n} hard rule(s) and was discarded (a bug; please report it). Nothing was changed.",
        "Phương án của bộ tối ưu vi phạm {n} quy tắc bắt buộc nên đã bị loại (đây là lỗi phần mềm, xin báo lại). Không có gì bị thay đổi.",
    ),
    ("Preparing a first plan", "Đang chuẩn bị phương án ban đầu"),
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
    ("Sign-off", "Ký xác nhận"),
    (
        "Names and dates printed under the signature lines of the PDF report and on the workbook's Summary. An empty date leaves a line to write by hand. Names are remembered on this computer; dates are not.",
        "Họ tên và ngày in dưới chỗ ký của báo cáo PDF và ở trang Tóm tắt của sổ Excel. Để trống ngày thì để lại dòng ghi tay. Họ tên được ghi nhớ trên máy này; ngày thì không.",
    ),
    ("Prepared on", "Ngày lập"),
    ("Reviewed on", "Ngày kiểm tra"),
    ("Approved on", "Ngày phê duyệt"),
    (
        "Date of signing; leave empty to write it by hand",
        "Ngày ký; để trống để ghi tay",
    ),
    ("not a date ({format})", "không phải ngày ({format})"),
    (
        "A sign-off date is not a valid date",
        "Có ngày ký không hợp lệ",
    ),
    ("Appendix", "Phụ lục"),
    (
        "Include the staff list (appendix)",
        "Kèm danh sách cán bộ (phụ lục)",
    ),
    (
        "One row per cadre: unit, site, arrangement and the reason. For very large plans this adds many pages.",
        "Mỗi cán bộ một dòng: đơn vị, trụ sở, hình thức và lý do. Với kế hoạch rất lớn, phần này thêm nhiều trang.",
    ),
    ("about {n} more pages", "thêm khoảng {n} trang"),
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
    // Import and export errors.
    ("no such file or folder", "không có tệp hoặc thư mục này"),
    ("permission denied", "không có quyền truy cập"),
    ("the disk is full", "ổ đĩa đã đầy"),
    ("the disk is read-only", "ổ đĩa chỉ cho phép đọc"),
    (
        "it is a folder, not a file",
        "đây là thư mục, không phải tệp",
    ),
    (
        "the file's content cannot be read",
        "không đọc được nội dung tệp",
    ),
    ("Cannot read {path}: {why}", "Không đọc được {path}: {why}"),
    (
        "{path}, row {row}: a quote {q} opened in column {column} is never closed; the rows after it were read as one cell. Close the quote (or remove it) and import again.",
        "{path}, dòng {row}: dấu nháy {q} mở ở cột {column} không bao giờ được đóng; các dòng sau nó bị đọc thành một ô. Hãy đóng (hoặc xóa) dấu nháy rồi nhập lại.",
    ),
    (
        "{path}, row {row}: a quote {q} opened in column {column} is not closed on its row but on row {end}; rows {row} to {end} were read as one cell. Close the quote (or remove it) and import again.",
        "{path}, dòng {row}: dấu nháy {q} mở ở cột {column} không được đóng trên dòng đó mà ở dòng {end}; các dòng {row} đến {end} bị đọc thành một ô. Hãy đóng (hoặc xóa) dấu nháy rồi nhập lại.",
    ),
    (
        "{path}: replacing the staff list with this file would remove all {staff} staff of the plan ({kept} left after the import). Tick “Yes, remove all {staff} staff” to do it anyway.",
        "{path}: thay danh sách cán bộ bằng tệp này sẽ xóa toàn bộ {staff} cán bộ của kế hoạch (sau khi nhập còn {kept} người). Đánh dấu “Đồng ý xóa toàn bộ {staff} cán bộ” nếu thật sự muốn.",
    ),
    (
        "Yes, remove all {staff} staff",
        "Đồng ý xóa toàn bộ {staff} cán bộ",
    ),
    (
        "This removes all {staff} staff of the plan; {kept} people from the file take their place.",
        "Thao tác này xóa toàn bộ {staff} cán bộ của kế hoạch; {kept} người trong tệp sẽ thay thế.",
    ),
    (
        "Rows {first} to {last}: the audit stamp of an HQ Planner export, not staff; left out.",
        "Dòng {first} đến {last}: dấu kiểm tra của tệp xuất HQ Planner, không phải cán bộ; đã bỏ qua.",
    ),
    (
        "The rejected rows cannot be written onto {path}: it is the staff list being imported.",
        "Không thể ghi các dòng bị loại vào {path}: đây chính là danh sách cán bộ đang nhập.",
    ),
    ("Cannot write {path}: {why}", "Không ghi được {path}: {why}"),
    (
        "{path}, line {line}: the file is not UTF-8 text; save it as “CSV UTF-8”",
        "{path}, dòng {line}: tệp không phải văn bản UTF-8; hãy lưu lại dưới dạng “CSV UTF-8”",
    ),
    (
        "{path}, line {line}: the CSV text cannot be read ({detail})",
        "{path}, dòng {line}: không đọc được nội dung CSV ({detail})",
    ),
    (
        "{path}: the spreadsheet cannot be opened ({detail})",
        "{path}: không mở được bảng tính ({detail})",
    ),
    (
        "{path}: the workbook has no worksheet",
        "{path}: sổ tính không có trang tính nào",
    ),
    (
        "{path}: the file is empty (no header row found)",
        "{path}: tệp trống (không tìm thấy dòng tiêu đề)",
    ),
    (
        "{path}: unknown staff file type (expected .csv, .xlsx, .xls or .ods)",
        "{path}: không nhận ra loại tệp danh sách cán bộ (cần .csv, .xlsx, .xls hoặc .ods)",
    ),
    (
        "{path}: no column is mapped to {field}; map one (e.g. a header “{hint}”)",
        "{path}: chưa có cột nào ứng với {field}; hãy chọn một cột (ví dụ cột có tiêu đề “{hint}”)",
    ),
    (
        "audit stamp {id}; the per-cadre export's columns without names, birth dates or gender",
        "dấu kiểm tra {id}; có các cột của tệp xuất theo từng cán bộ nhưng không có họ tên, ngày sinh, giới tính",
    ),
    (
        "the per-cadre export's columns without names, birth dates or gender",
        "có các cột của tệp xuất theo từng cán bộ nhưng không có họ tên, ngày sinh, giới tính",
    ),
    (
        "in {same} of {total} rows the name is the staff code",
        "ở {same}/{total} dòng, họ tên chính là mã cán bộ",
    ),
    (
        "{path}: this looks like an anonymised HQ Planner export ({why}); importing it could put staff codes where real names belong, so nothing was imported. Import the personnel office's staff list (or a named export) instead.",
        "{path}: tệp này có vẻ là tệp xuất ẩn danh của HQ Planner ({why}); nhập tệp này có thể đặt mã cán bộ vào chỗ họ tên thật, nên chưa nhập gì. Hãy nhập danh sách cán bộ của phòng tổ chức (hoặc tệp xuất có họ tên).",
    ),
    (
        "{path}: nothing to export (no solved scenario ticked)",
        "{path}: không có gì để xuất (chưa chọn phương án đã tính)",
    ),
    (
        "Cannot build the workbook {path} ({detail})",
        "Không tạo được sổ Excel {path} ({detail})",
    ),
    (
        "Cannot build the CSV file {path} ({detail})",
        "Không tạo được tệp CSV {path} ({detail})",
    ),
    (
        "Cannot build the PDF {path} ({detail})",
        "Không tạo được tệp PDF {path} ({detail})",
    ),
    (
        "Cannot prepare the export: {why}",
        "Không chuẩn bị được dữ liệu xuất: {why}",
    ),
    (
        "Cannot start the export: {why}",
        "Không bắt đầu xuất được: {why}",
    ),
    (
        "Cannot start the import: {why}",
        "Không bắt đầu nhập được: {why}",
    ),
    (
        "The export stopped unexpectedly",
        "Việc xuất tệp dừng đột ngột",
    ),
    (
        "The import stopped unexpectedly",
        "Việc nhập tệp dừng đột ngột",
    ),
];
