# HQ Planner: văn bản tiếng Việt. Mỗi mã (id) và mỗi tham số phải có trong
# i18n/en/hq_planner.ftl (một bài kiểm tra đối chiếu hai tệp). Xem docs/TEXT.md.

## Vị trí của lỗi

place-line-col = dòng { $line }, cột { $col }
place-line = dòng { $line }

## Các loại đối tượng trong kế hoạch

entity-plan = Kế hoạch
entity-grade = Chức vụ
entity-site = Trụ sở
entity-zone = Xã/phường
entity-travel = Đi lại
entity-unit = Đơn vị
entity-cadre = Cán bộ
entity-transport = Phương tiện đi lại
entity-housing = Nhà ở
entity-rules = Quy tắc
entity-scenario = Phương án

## Phương tiện

mode-bus = Xe buýt
mode-train-shuttle = Tàu hoả + xe trung chuyển
mode-contracted-car = Xe hợp đồng
mode-own-means = Tự túc phương tiện

## Lỗi khi kiểm tra tệp kế hoạch

problem-syntax = Lỗi cú pháp trong tệp: { $text }
problem-version-newer = Tệp dùng định dạng { $found }, do một phiên bản HQ Planner mới hơn ghi; bản này chỉ đọc được đến định dạng { $supported }
problem-version-missing = Tệp không có số phiên bản định dạng (format_version): đây có phải tệp kế hoạch của HQ Planner không?
problem-version-unknown = Định dạng { $found } không phải định dạng kế hoạch đã biết
problem-empty-id = Mã định danh `{ $field }` đang để trống
problem-missing-value = Trường `{ $field }` đang để trống
problem-duplicate-id = Trùng `{ $field }` “{ $id }” (đã dùng lần đầu cho { $entity } số { $first })
problem-unknown-grade = Không có chức vụ mang mã “{ $id }”
problem-unknown-site = Không có trụ sở mang mã “{ $id }”
problem-unknown-pinned-site = Trụ sở được chỉ định cố định “{ $id }” không tồn tại
problem-unknown-zone = Không có xã/phường nơi ở mang mã “{ $id }”
problem-unknown-unit = Không có đơn vị mang mã “{ $id }”
problem-unknown-scenario = Không có phương án mang mã “{ $id }”
problem-unknown-housing = Không có nhà ở mang mã “{ $id }”
problem-unknown-transport-service = Không có tuyến đưa đón mang mã “{ $id }”
problem-not-finite = { $value } không phải là một số hợp lệ
problem-negative = { $value } là số âm, không được phép
problem-out-of-range = { $value } nằm ngoài khoảng cho phép từ { $lo } đến { $hi }
problem-zero-with-vehicles = Phải ít nhất là 1 khi có xe
problem-min-above-max = Mức tối thiểu { $min }% lớn hơn mức tối đa { $max }%
problem-end-before-start = Thời gian kết thúc ngày { $end }, trước cả ngày bắt đầu { $start }
problem-too-long = { $months } tháng dài hơn giới hạn { $max } tháng
problem-missing-travel = Không có thời gian đi lại từ xã/phường “{ $zone }” đến trụ sở “{ $site }” bằng { $mode }: hãy nhập tọa độ của cả hai hoặc thêm một dòng thời gian đi lại
problem-cycle-own-parent = Một đơn vị không thể là đơn vị cấp trên của chính nó
problem-cycle-parent-chain = Chuỗi đơn vị cấp trên quay vòng trở lại chính đơn vị này
problem-cycle-own-baseline = Một phương án không thể lấy chính nó làm phương án gốc
problem-cycle-baseline-chain = Chuỗi phương án gốc quay vòng trở lại chính phương án này
problem-implausible-date = Ngày { $date } không hợp lý ở đây (chỉ từ { $earliest } đến { $latest })
problem-text-too-long = Đoạn chữ này dài { $chars } ký tự; chỉ được tối đa { $max } ký tự

# Dòng cuối của danh sách lỗi. Tiếng Việt không chia số nhiều.
problem-count = { $count } lỗi

## --- rule families (core/rules: one file per family) ---
# Tên các nhóm quy tắc.

rule-desks = Chỗ làm việc mỗi trụ sở
rule-area = Diện tích làm việc (NĐ 152)
rule-beds = Số giường nhà ở
rule-eligibility = Đối tượng được bố trí nhà ở
rule-seats = Số chỗ trên phương tiện
rule-vehicles = Số xe sẵn có
rule-ride-time = Thời gian đi xe tối đa
rule-max-commute = Thời gian đi lại hằng ngày tối đa
rule-pins = Cán bộ được chỉ định trụ sở
rule-unit-placement = Bố trí đơn vị
rule-opening-dates = Ngày đưa vào sử dụng
rule-site-share = Tỷ lệ cán bộ tại trụ sở
rule-budget = Trần kinh phí
rule-priority = Nhóm ưu tiên
rule-no-option = Có cách đi làm khả thi
rule-invalid = Phân công hợp lệ
rule-objective = Kiểm tra giá trị mục tiêu
rule-unknown = Chưa xác định được nguyên nhân

# Các phát hiện: $name là đối tượng, $n là số lượng đã định dạng.

rule-desks-short = { $name } thiếu { $n } chỗ làm việc
rule-area-short = { $name } thiếu { $n } m² diện tích làm việc
rule-beds-short = { $name } thiếu { $n } giường
rule-seats-short = { $name } thiếu { $n } chỗ ngồi
rule-vehicles-short = { $name } thiếu { $n } xe
rule-unit-placement-short = Không thể đáp ứng quy tắc bố trí của đơn vị { $name } ({ $n } người)
rule-site-share-short = Không thể đáp ứng tỷ lệ nhân sự tại { $name } ({ $n } người)
rule-budget-over = Vượt kinh phí hằng tháng { $n }
rule-ride-time-short = { $name }: { $n } người đi xe lâu hơn thời gian tối đa cho phép
rule-max-commute-short = { $name }: { $n } người phải đi lại hằng ngày lâu hơn mức tối đa
rule-eligibility-short = { $name }: { $n } người không thuộc đối tượng được ở
rule-pins-short = { $name }: { $n } người được chỉ định trụ sở không thể bố trí đúng chỉ định
rule-opening-dates-short = { $name } chưa đưa vào sử dụng cho { $n } người
rule-priority-short = Nhóm ưu tiên { $name }: { $n } người không được bố trí ở trụ sở gần nhất
rule-no-option-short = { $n } người ở { $name } không có cách nào đến trụ sở đang hoạt động (không có tuyến xe, không có nhà ở)
rule-invalid-short = Phân công của { $name } không hợp lệ
rule-objective-short = Giá trị mục tiêu do bộ kiểm tra tính lệch { $n } so với bộ tối ưu
rule-unknown-short = Không có phương án nào thỏa mãn các quy tắc bắt buộc, và việc chẩn đoán chưa xong trong thời gian cho phép
rule-unit-share-low = Đơn vị { $name } thiếu { $n } người so với tỷ lệ tối thiểu { $p }% tại { $site }
rule-unit-share-high = Đơn vị { $name } vượt { $n } người so với tỷ lệ tối đa { $p }% tại { $site }
rule-unit-at-site = { $n } người của đơn vị { $name } không thể bố trí tại trụ sở quy định { $site }
rule-unit-whole = Đơn vị { $name } không thể làm việc tập trung tại một trụ sở ({ $n } người ở nơi khác)
rule-site-share-low = { $name } thiếu { $n } người so với tỷ lệ tối thiểu { $p }% tổng số cán bộ
rule-site-share-high = { $name } vượt { $n } người so với tỷ lệ tối đa { $p }% tổng số cán bộ
rule-ride-time-over = { $name }: { $n } người đi xe lâu hơn { $m } phút cho phép
rule-max-commute-over = { $name }: { $n } người phải đi lại hằng ngày quá { $m } phút mà không thể bố trí hết chỗ ở
rule-opening-dates-opens = { $name } chưa đưa vào sử dụng cho { $n } người (sử dụng từ { $date })
rule-desks-total = Thiếu tổng cộng { $n } chỗ làm việc
rule-area-total = Thiếu tổng cộng { $n } m² diện tích làm việc
rule-beds-total = Thiếu tổng cộng { $n } giường
rule-seats-total = Thiếu tổng cộng { $n } chỗ ngồi trên xe
rule-vehicles-total = Thiếu tổng cộng { $n } xe
rule-total-people = { $family }: tổng cộng { $n } người

## Why a solve could not run
solve-error-unresolved = Cán bộ { $cadre } (dòng { $row }), trường “{ $field }”: “{ $id }” không có trong phương án. Sửa ở trang Cán bộ rồi giải lại.
solve-error-too-many-groups = Đang bật { $count } nhóm ưu tiên; chỉ dùng được tối đa { $max } nhóm. Tắt bớt ở trang Quy tắc.

## Why an imported staff row was rejected
reject-missing-code = thiếu mã cán bộ
reject-duplicate-code = mã cán bộ { $code } trùng với dòng { $first_row }
reject-missing = thiếu { $name }
reject-unknown = { $name } "{ $value }" không có trong kế hoạch
reject-bad-date = ngày sinh "{ $value }" không hợp lệ (dd/mm/yyyy)
reject-implausible-date = ngày sinh { $date } không hợp lý
reject-name-is-code = họ tên chính là mã cán bộ: có vẻ đây là tệp xuất đã ẩn danh
reject-bad-value = { $name } "{ $value }" không hợp lệ

## --- the app (src/gui) ---
# Menus, pages, dialogs and messages of the desktop app.

## Texts used on several pages

common-exported-path = Đã xuất { $path }
common-exporting = Đang xuất…
common-solve-current-scenario-first = Hãy tính phương án hiện tại trước
common-overview = Tổng quan
common-units = Đơn vị
common-cadres = Cán bộ
common-zones-travel = Nơi ở & đi lại
common-scenarios = Phương án
common-results = Kết quả
common-settings = Cài đặt
common-solve-failed = Tính toán thất bại
common-cancelling = Đang dừng…
common-undo-hand-moves = Bỏ các điều chỉnh tay
common-new-plan = Kế hoạch mới
common-file = Tệp
common-save = Lưu
common-save-as = Lưu thành…
common-stop-optimiser-its-best = Dừng bộ tối ưu; giữ lại phương án tốt nhất đã tìm được
common-solve = Tính toán
common-n-problems = { $n } lỗi
common-out-of-date = đã cũ
common-not-solved-yet = Chưa tính toán
common-all = (tất cả)
common-shown-of-total-shown = Đang hiện { $shown } / { $total }
common-add = Thêm
common-duplicate = Nhân bản
common-copy-selected-row-under = Sao chép dòng đã chọn với mã mới
common-code = Mã
common-name = Họ và tên
common-staff-code = Mã cán bộ
common-position = Chức vụ
common-change-position = Đổi chức vụ
common-health-condition = Vấn đề sức khoẻ
common-none = (không có)
common-pin-cadre = Cố định cán bộ
common-notes = Ghi chú
common-change-notes = Sửa ghi chú
common-daily-commuters = Đi lại hằng ngày
common-housed = Ở nhà công vụ/ký túc xá
common-vehicles = Phương tiện
common-monthly-cost = Chi phí mỗi tháng
common-mean-commute = Thời gian đi lại trung bình
common-longest-commute = Thời gian đi lại dài nhất
common-disrupted = Phải đổi nơi làm việc
common-go-to-this-entry = Đi tới mục này
common-import-staff-list = Nhập danh sách nhân sự
common-cancel = Huỷ
common-folder-does-not-exist = Thư mục không tồn tại
common-mode = Loại hình
common-beds = Giường
common-all-beds-in-all = Tổng số giường của mọi khu nhà ở
common-change-cost = Đổi chi phí
common-min = phút
common-daily-commute = Đi lại hằng ngày
common-weekly-with-housing = Ở lại, về nhà hằng tuần
common-must-hold = Bắt buộc
common-off = Tắt
common-adjusted-by-hand = Đã điều chỉnh thủ công
common-select-row-to-see = Chọn một dòng để xem và sửa đầy đủ thông tin.
common-id = Mã
common-stable-identifier-used-by = Mã định danh được các mục khác tham chiếu; cẩn thận khi thay đổi
common-change-id = Đổi mã
common-home-zones = Xã/phường nơi ở
common-daily-seats = Chỗ ngồi mỗi ngày
common-open = Mở
common-weekly-trips-home = Về nhà hằng tuần
common-solving = Đang tính toán…
common-elapsed = Đã chạy
common-gap = Khoảng cách tối ưu
common-how-far-best-plan = Phương án tốt nhất đã tìm được có thể còn cách phương án tốt nhất có thể bao xa
common-remove = Bỏ
common-delete = Xoá
common-delete-selected-row-undo = Xoá dòng đã chọn (Hoàn tác để lấy lại)
common-to = Đến
common-desks = Chỗ làm việc

## Menus, top bar and status bar

menu-light-theme = Giao diện sáng
menu-dark-theme = Giao diện tối
menu-edit = Sửa
menu-undo = Hoàn tác
menu-redo = Làm lại
menu-find = Tìm
menu-view = Xem
menu-open = Mở…
menu-open-recent = Mở gần đây
menu-no-recent-files = Chưa có tệp nào gần đây
menu-open-sample-plan = Mở kế hoạch mẫu
menu-built-in-hai-duong = Kế hoạch mẫu Hải Dương → Hải Phòng với 2.582 nhân sự
menu-quit = Thoát
menu-scenario = Phương án:
menu-cancel-solve = Dừng tính toán
menu-assign-every-cadre-headquarters = Bố trí trụ sở và cách đi lại cho từng cán bộ, tính ngầm không làm gián đoạn
menu-not-saved-to-file = chưa lưu vào tệp
menu-unsaved-changes = Có thay đổi chưa lưu
menu-all-changes-saved = Đã lưu mọi thay đổi
menu-no-problems = Không có lỗi
menu-show-list-of-problems = Xem danh sách lỗi
menu-solving-s-s = Đang tính… { $s } giây
menu-no-scenario = Chưa có phương án
menu-last-solve = Lần tính gần nhất
menu-language-appearance-and-optimiser = Ngôn ngữ, giao diện và thời gian tối đa của bộ tối ưu. Các cài đặt này được ghi nhớ trên máy tính này.
menu-language = Ngôn ngữ
menu-theme = Giao diện
menu-solver-time-limit = Thời gian tính tối đa
menu-optimiser-stops-after-this = Bộ tối ưu dừng sau thời gian này và giữ phương án tốt nhất đã tìm được
menu-file-dialogs = Hộp thoại chọn tệp
menu-type-file-paths-instead = Gõ đường dẫn tệp thay vì dùng hộp thoại của hệ thống

## The app: files, undo, solving

app-cannot-open-folder-file = Không mở được thư mục; tệp nằm trong { $path }
app-compare = So sánh
app-solved-in-s-s = Đã tính xong trong { $s } giây
app-id-is-not-in = { $id } không có trong kế hoạch
app-undone-what = Đã hoàn tác: { $what }
app-nothing-to-undo = Không có gì để hoàn tác
app-redone-what = Đã làm lại: { $what }
app-nothing-to-redo = Không có gì để làm lại
app-keep-hand-move = Giữ điều chỉnh tay
app-kept-by-hand-name = Đã giữ theo quyết định: { $name } được cố định tại trụ sở này
app-opened-name = Đã mở { $name }
app-saved-path = Đã lưu { $path }
app-restored-autosaved-copy-save = Đã khôi phục bản lưu tự động; hãy lưu lại để giữ
app-plan-has-no-scenario = Kế hoạch chưa có phương án để tính. Hãy thêm ở mục Phương án.
app-plan-has-n-problems = Kế hoạch có { $n } lỗi; hãy sửa trước khi tính (xem Tổng quan).
app-solving-in-background-you = Đang tính toán ngầm; bạn vẫn có thể tiếp tục làm việc
app-autosave-failed = Tự động lưu thất bại

## Cadres page

cadres-every-cadre-civil-servant = Toàn bộ cán bộ, công chức, viên chức: đơn vị, chức vụ, nơi ở, nguyện vọng khảo sát. Bấm vào một dòng để xem chi tiết; Ctrl+bấm hoặc Shift+bấm để chọn nhiều dòng.
cadres-home-zone = Xã/phường nơi ở
cadres-works-today-at = Nơi làm việc hiện nay
cadres-survey = Khảo sát
cadres-only-with-problems = Chỉ dòng có lỗi
cadres-clear-filters = Bỏ lọc
cadres-new-cadre = Cán bộ mới
cadres-add-cadre = Thêm cán bộ
cadres-duplicate-cadre = Nhân bản cán bộ
cadres-delete-n-selected = Xoá { $n } dòng đã chọn
cadres-delete-selected-rows-undo = Xoá các dòng đã chọn (Hoàn tác để lấy lại)
cadres-delete-cadres = Xoá cán bộ
cadres-select-all-shown = Chọn tất cả đang hiện
cadres-clear-selection = Bỏ chọn
cadres-bulk-edit-n-selected = Sửa hàng loạt { $n } cán bộ đã chọn:
cadres-bulk-edit-n-cadres = Sửa hàng loạt { $n } cán bộ
cadres-set-unit = Đặt đơn vị
cadres-set-home-zone = Đặt nơi ở
cadres-pin-to = Cố định tại
cadres-not-pinned = (không cố định)
cadres-sort-by-this-column = Sắp xếp theo cột này
cadres-born = Ngày sinh
cadres-select = Chọn
cadres-rename-cadre = Đổi tên cán bộ
cadres-change-unit = Đổi đơn vị
cadres-change-home-zone = Đổi nơi ở
cadres-unique-code-of-person = Mã riêng của từng người (mã cán bộ)
cadres-change-staff-code = Đổi mã cán bộ
cadres-sets-working-area-person = Xác định diện tích làm việc được hưởng (Nghị định 152)
cadres-commune-or-ward-where = Xã hoặc phường nơi người đó sinh sống
cadres-change-birth-date = Đổi ngày sinh
cadres-gender = Giới tính
cadres-change-gender = Đổi giới tính
cadres-duties-that-priority-rules = Hoàn cảnh được các quy tắc ưu tiên bảo vệ
cadres-circumstances = Hoàn cảnh
cadres-change-circumstances = Đổi hoàn cảnh
cadres-child-under-36-months = Con dưới 36 tháng tuổi
cadres-cares-for-elderly-relative = Chăm sóc người thân cao tuổi
cadres-what-person-said-in = Câu trả lời của người đó trong đợt khảo sát sơ bộ
cadres-survey-answer = Nguyện vọng khảo sát
cadres-change-survey-answer = Đổi nguyện vọng
cadres-change-current-site = Đổi nơi làm việc hiện nay
cadres-optimiser-must-place-this = Bộ tối ưu phải bố trí người này tại trụ sở này
cadres-pinned-to = Cố định tại

## Results page

results-daily-name = Hằng ngày: { $name }
results-weekly-stays-at-name = Hằng tuần, ở tại { $name }
results-people-per-headquarters = Số người theo trụ sở
results-everyone-placed-by-headquarters = Toàn bộ nhân sự đã bố trí, theo trụ sở
results-people-travelling-every-working = Số người đi lại mỗi ngày làm việc
results-people-staying-in-housing = Số người ở lại trong tuần
results-n-riders = { $n } người đi
results-vehicles-hired-for-organised = Số xe thuê cho đưa đón tập trung
results-seat-fill = Tỷ lệ lấp đầy ghế
results-riders-divided-by-seats = Số người đi chia cho số ghế, xe đưa đón tập trung
results-transport-and-housing = đi lại và nhà ở
results-vehicles-tickets-allowances-beds = Thuê xe, vé, phụ cấp, giường và chuyến về nhà hằng tuần
results-today-m = hiện nay { $m }
results-one-way-per-person = Một chiều, mỗi người
results-95-under-m = 95% dưới { $m }
results-n-survey-answers-not = { $n } nguyện vọng chưa đáp ứng
results-people-whose-headquarters-changes = Số người phải đổi trụ sở
results-hired-vehicles = Thuê xe
results-tickets = Vé
results-own-means-allowances = Phụ cấp tự túc phương tiện
results-total = Tổng cộng
results-plan-has-no-scenario = Kế hoạch chưa có phương án. Hãy thêm ở mục Phương án.
results-this-scenario-has-not = Phương án này chưa được tính.
results-solve-stopped-before-any = Quá trình tính đã dừng trước khi tìm được phương án. Hãy tính lại, có thể với thời gian tính dài hơn (Cài đặt).
results-summary = Tóm tắt
results-cadres-and-explanations = Cán bộ và giải thích
results-best-objective = Mục tiêu tốt nhất
results-objective-v = mục tiêu { $v }
results-optimiser-plan-with-moves = Phương án của bộ tối ưu cùng các điều chỉnh tay đã giữ; người được điều chỉnh được cố định tại nơi đã chuyển tới
results-gap-g = khoảng cách { $g }
results-s-s = { $s } giây
results-plan-changed-since-this = Kế hoạch đã thay đổi sau khi có kết quả này; hãy tính lại để cập nhật.
results-solve-again = Tính lại
results-n-moved-by-hand = { $n } người điều chỉnh tay
results-why-no-plan-is = Vì sao không có phương án khả thi
results-optimiser-found-no-plan = Bộ tối ưu không tìm được phương án và không có chẩn đoán. Hãy tăng thời gian tính hoặc giảm quy tắc bắt buộc.
results-each-line-is-rule = Mỗi dòng là một quy tắc không thể đáp ứng, kèm mức điều chỉnh nhỏ nhất để có phương án.
results-who-works-where-stacked = Ai làm việc ở đâu (theo đơn vị)
results-p-d-desks = { $p } / { $d } chỗ làm việc
results-each-colour-is-unit = Mỗi màu là một đơn vị; vạch đỏ là số chỗ làm việc. Di chuột lên thanh để xem các đơn vị.
results-one-way-commute-today = Thời gian đi lại một chiều, hiện nay và theo phương án
results-minutes = phút
results-people = người
results-today = Hiện nay
results-under-this-plan = Theo phương án
results-service = Tuyến
results-riders = Số người đi
results-per-month = Mỗi tháng
results-beds-used = Giường sử dụng
results-way-to-work = Cách đi làm
results-only-people-whose-headquarters = Chỉ người phải đổi trụ sở
results-then = Theo phương án
results-kept-by-hand-pinned = Giữ theo quyết định (cố định tại nơi đã chuyển tới)
results-pinned = Được cố định
results-headquarters-changes = Đổi trụ sở
results-survey-answer-not-met = Nguyện vọng chưa đáp ứng
results-commute-m-today-b = Đi lại { $m } (hiện nay { $b }), { $c } mỗi tháng
results-kept-by-hand-pinned-to-site = Giữ theo quyết định: cố định tại { $site } trong mọi lần tính sau
results-unpin = Bỏ cố định
results-let-optimiser-choose-this = Để bộ tối ưu chọn lại trụ sở cho người này
results-unpin-cadre = Bỏ cố định cán bộ
results-pin-here = Cố định tại đây
results-keep-this-person-at = Giữ người này tại trụ sở này trong mọi lần tính sau
results-pin-whole-unit = Cố định cả đơn vị
results-keep-every-member-of = Giữ mọi thành viên của đơn vị tại nơi kết quả này bố trí
results-pin-unit = Cố định đơn vị
results-unpin-unit = Bỏ cố định đơn vị
results-unpin-unit-2 = Bỏ cố định đơn vị
results-effect-of-this-move = Tác động của điều chỉnh này
results-objective-changes-by-d = Hàm mục tiêu thay đổi { $d } ({ $pct })
results-monthly-cost-c = Chi phí mỗi tháng: { $c }
results-no-rule-is-broken = Không vi phạm quy tắc nào.
results-hard-rule-broken = Vi phạm quy tắc bắt buộc
results-soft-rule-broken = Vi phạm quy tắc mềm
results-keeping-pins-headquarters-only = Khi giữ, chỉ trụ sở được cố định; lần tính sau sẽ chọn lại cách đi làm.
results-keep-this-move = Giữ điều chỉnh này
results-pin-this-person-where = Cố định người này tại nơi điều chỉnh đưa tới, để các lần tính sau vẫn giữ nguyên
results-move-that-breaks-hard = Không thể giữ điều chỉnh vi phạm quy tắc bắt buộc
results-forget-it = Bỏ qua
results-weighing-this-person-other = Đang cân nhắc các phương án khác của người này…
results-no-explanation-is-available = Chưa có giải thích cho người này.
results-why-here = Vì sao bố trí ở đây
results-other-options-and-why = Các lựa chọn khác và lý do không chọn
results-c-per-month = { $c } mỗi tháng
results-objective-d = mục tiêu { $d }
results-try = Thử
results-see-effect-of-moving = Xem tác động khi chuyển người này tới đây, không cần tính lại
results-why-not = Lý do không chọn

## Compare page

compare-people-at-site = Số người tại { $site }
compare-survey-answers-not-met = Nguyện vọng chưa được đáp ứng
compare-soft-rules-broken = Quy tắc mềm bị vi phạm
compare-objective = Hàm mục tiêu
compare-compare-scenarios = So sánh phương án
compare-tick-two-or-more = Chọn từ hai phương án đã tính trở lên. Các khác biệt so với phương án đầu tiên được tô nổi bật.
compare-solve-this-scenario-first = Hãy tính phương án này trước
compare-choose-at-least-two = Chọn ít nhất hai phương án đã tính để so sánh.
compare-key-figures = Chỉ số chính
compare-n-cadres-placed-differently = { $n } cán bộ được bố trí khác nhau

## Housing page

housing-add-housing = Thêm nhà ở
housing-duplicate-housing = Nhân bản nhà ở
housing-delete-housing = Xoá nhà ở
housing-beds-near-headquarters-for = Giường gần trụ sở cho người ở lại trong tuần và về nhà cuối tuần.
housing-cost-if-all-beds = Chi phí nếu dùng hết giường
housing-per-month = mỗi tháng
housing-beds-cost-per-bed = Số giường × chi phí mỗi giường một tháng
housing-new-housing = Nhà ở mới
housing-rename-housing = Đổi tên nhà ở
housing-near = Gần trụ sở
housing-change-beds = Đổi số giường
housing-cost-per-bed-month = Chi phí mỗi giường/tháng
housing-minutes-to-site = Số phút đến trụ sở
housing-who-may-stay = Đối tượng được ở
housing-headquarters-housing-serves = Trụ sở mà khu nhà ở phục vụ
housing-change-headquarters = Đổi trụ sở
housing-one-way-minutes-from = Số phút một chiều từ nơi ở đến trụ sở
housing-change-minutes-to-site = Đổi số phút đến trụ sở
housing-first-day-beds-can = Ngày đầu tiên có thể dùng giường; để trống nghĩa là đã sẵn sàng
housing-available-from = Sử dụng từ ngày
housing-change-availability-date = Đổi ngày sử dụng
housing-change-who-may-stay = Đổi đối tượng được ở

## Overview page

overview-plan-at-glance-edit = Tóm tắt kế hoạch. Sửa dữ liệu ở các trang bên trái, rồi bấm Tính toán.
overview-plan-name = Tên kế hoạch
overview-rename-plan = Đổi tên kế hoạch
overview-description = Mô tả
overview-change-description = Sửa mô tả
overview-in-n-units = thuộc { $n } đơn vị
overview-n-desks = { $n } chỗ làm việc
overview-n-solved = đã tính { $n }
overview-staff-to-place = Nhân sự cần bố trí
overview-desks-over-all-headquarters = Tổng số chỗ làm việc của các trụ sở
overview-communes-and-wards-where = Các xã, phường nơi nhân sự sinh sống
overview-vehicles-seats-round-trips = Số xe × số chỗ × số chuyến khứ hồi, chỉ tính xe đưa đón tập trung
overview-variants-of-plan = Các biến thể của kế hoạch
overview-there-are-fewer-desks = Số chỗ làm việc ({ $d }) ít hơn số cán bộ ({ $c }): một số người sẽ không có chỗ ngồi nếu không bổ sung chỗ làm việc hoặc cho phép vi phạm quy tắc.
overview-problems = Lỗi
overview-no-problems-plan-is = Không có lỗi: kế hoạch sẵn sàng để tính toán.
overview-fix-these-before-solving = Hãy sửa các lỗi này trước khi tính. Bấm Mở để đi tới mục liên quan.
overview-where = Vị trí
overview-what = Lỗi
overview-details = Chi tiết

## Rules page

rules-may-be-broken-at = Có thể vi phạm nhưng bị tính phạt
rules-weight = trọng số
rules-raising-child-under-36 = Nuôi con dưới 36 tháng tuổi
rules-caring-for-elderly-relative = Chăm sóc người thân cao tuổi
rules-retiring-within-m-months = Nghỉ hưu trong vòng { $m } tháng
rules-policy-limits-how-strictly = Các giới hạn chính sách, mức độ bắt buộc của từng quy tắc và điều bộ tối ưu cần coi trọng nhất.
rules-limits = Giới hạn
rules-longest-daily-commute = Thời gian đi lại tối đa mỗi ngày
rules-one-way-people-above = Một chiều; người vượt quá phải được bố trí chỗ ở gần trụ sở
rules-change-longest-commute = Đổi thời gian đi lại tối đa
rules-monthly-budget = Kinh phí mỗi tháng
rules-cap-on-transport-and = Mức trần chi phí đi lại và nhà ở mỗi tháng
rules-capped = có mức trần
rules-change-budget = Đổi kinh phí
rules-budget-cap = Mức trần kinh phí
rules-change-budget-rule = Đổi quy tắc kinh phí
rules-working-days-per-month = Số ngày làm việc mỗi tháng
rules-change-working-days = Đổi số ngày làm việc
rules-monthly-cost-of-weekly = Chi phí về nhà hằng tuần mỗi tháng của người ở lại
rules-change-weekly-travel-cost = Đổi chi phí về nhà hằng tuần
rules-retirement-age-men = Tuổi nghỉ hưu, nam
rules-in-months-labour-code = Tính bằng tháng (lộ trình Bộ luật Lao động 2019)
rules-change-retirement-age = Đổi tuổi nghỉ hưu
rules-retirement-age-women = Tuổi nghỉ hưu, nữ
rules-how-strictly-each-rule = Mức độ bắt buộc của từng quy tắc
rules-change-rule-strictness = Đổi mức độ bắt buộc
rules-what-matters-most-objective = Điều gì quan trọng nhất (trọng số mục tiêu)
rules-one-minute-of-commute = Một phút đi lại
rules-weight-of-one-minute = Trọng số của một phút đi lại một chiều mỗi ngày của mỗi người
rules-change-weights = Đổi trọng số
rules-one-vnd-per-month = Một đồng mỗi tháng
rules-weight-of-money = Trọng số của chi phí
rules-one-person-moved = Một người phải chuyển
rules-weight-of-one-person = Trọng số của một người phải đổi trụ sở
rules-one-survey-answer-not = Một nguyện vọng không được đáp ứng
rules-weight-of-one-person-whose-arrangement = Trọng số của một người được bố trí trái với nguyện vọng khảo sát
rules-working-area-per-position = Diện tích làm việc theo chức danh (Nghị định 152)
rules-maximum-working-area-each = Diện tích làm việc tối đa của từng chức danh; dùng để kiểm tra diện tích của mỗi trụ sở.
rules-name-in-english = Tên tiếng Anh
rules-m2-per-person = m² mỗi người
rules-change-area-norm = Đổi định mức diện tích
rules-priority-groups = Nhóm ưu tiên
rules-people-in-priority-group = Người thuộc nhóm ưu tiên được bố trí trụ sở có thời gian đi lại ngắn nhất.
rules-who = Đối tượng
rules-strictness = Mức bắt buộc
rules-change-priority-group = Sửa nhóm ưu tiên
rules-remove-priority-group = Bỏ nhóm ưu tiên
rules-add-priority-group = Thêm nhóm ưu tiên
rules-share-of-staff-per = Tỷ lệ nhân sự tại mỗi trụ sở
rules-change-site-share = Sửa tỷ lệ trụ sở
rules-remove-site-share = Bỏ tỷ lệ trụ sở
rules-add-share-rule = Thêm quy tắc tỷ lệ
rules-add-site-share = Thêm tỷ lệ trụ sở

## Scenarios page

scenarios-variants-of-plan-to = Các biến thể để thử và so sánh: số chỗ khác, đóng một trụ sở, thêm xe, đường nhanh hơn…
scenarios-new-scenario = Phương án mới
scenarios-scenario-with-no-changes = Phương án không thay đổi gì so với kế hoạch gốc
scenarios-add-scenario = Thêm phương án
scenarios-create-new-scenario-starting = Tạo phương án mới từ phương án đã chọn
scenarios-copy = bản sao
scenarios-duplicate-scenario = Nhân bản phương án
scenarios-delete-scenario = Xoá phương án
scenarios-solve-this-scenario = Tính phương án này
scenarios-rename-scenario = Đổi tên phương án
scenarios-current-scenario = Phương án hiện tại
scenarios-from = Từ ngày
scenarios-changes = Số thay đổi
scenarios-result = Kết quả
scenarios-headquarters-in-this-scenario = Trụ sở trong phương án này
scenarios-closed = Đóng
scenarios-base-plan-n = Kế hoạch gốc: { $n }
scenarios-change = thay đổi
scenarios-change-scenario = Sửa phương án
scenarios-site-is-not-used = Trụ sở không được sử dụng trong phương án này
scenarios-transport-in-this-scenario = Phương tiện trong phương án này
scenarios-does-not-run = không chạy
scenarios-other-number-of-vehicles = số xe khác
scenarios-housing-in-this-scenario = Nhà ở trong phương án này
scenarios-other-number-of-beds = số giường khác
scenarios-faster-or-slower-travel = Đi lại nhanh hơn hoặc chậm hơn
scenarios-multiply-travel-minutes-to = Nhân thời gian đi lại tới một trụ sở, ví dụ 0,6 khi có đường mới giúp đi nhanh hơn 40%.
scenarios-add-travel-factor = Thêm hệ số đi lại
scenarios-period-scenario-plans-for = Khoảng thời gian phương án áp dụng
scenarios-period = Thời kỳ
scenarios-change-period = Đổi thời kỳ
scenarios-scenario-whose-result-should = Phương án mà kết quả cần được giữ ổn định nhất có thể
scenarios-baseline = Phương án gốc
scenarios-change-baseline = Đổi phương án gốc

## Headquarters page

sites-add-headquarters = Thêm trụ sở
sites-duplicate-headquarters = Nhân bản trụ sở
sites-delete-headquarters = Xoá trụ sở
sites-where-staff-can-work = Nơi nhân sự có thể làm việc: số chỗ, diện tích làm việc và ngày bắt đầu sử dụng.
sites-new-headquarters = Trụ sở mới
sites-rename-headquarters = Đổi tên trụ sở
sites-change-desks = Đổi số chỗ làm việc
sites-area-m2 = Diện tích (m²)
sites-change-area = Đổi diện tích
sites-m2-per-desk = m² mỗi chỗ
sites-staff-today = Nhân sự hiện nay
sites-opens = Sử dụng từ
sites-open-now = Đang sử dụng
sites-address = Địa chỉ
sites-change-address = Đổi địa chỉ
sites-latitude-and-longitude-in = Vĩ độ và kinh độ (độ); dùng để tính thời gian đi lại
sites-location = Vị trí
sites-move-headquarters = Dời trụ sở
sites-lat = vĩ độ
sites-lon = kinh độ
sites-number-of-work-places = Số chỗ làm việc
sites-usable-working-area-common = Diện tích làm việc sử dụng được, kể cả diện tích dùng chung
sites-part-of-area-kept = Phần diện tích dành cho phòng họp, lưu trữ… (Nghị định 152 cho phép tối đa 50%)
sites-common-use-share = Tỷ lệ diện tích dùng chung
sites-change-common-use-share = Đổi tỷ lệ dùng chung
sites-first-day-site-can = Ngày đầu tiên có thể sử dụng; để trống nghĩa là đang sử dụng
sites-change-opening-date = Đổi ngày sử dụng

## Transport page

transport-add-transport-service = Thêm tuyến
transport-duplicate-transport-service = Nhân bản tuyến
transport-delete-transport-service = Xoá tuyến
transport-ways-of-commuting-daily = Các cách đi lại hằng ngày tới trụ sở, kèm phương tiện và chi phí.
transport-new-service = Tuyến mới
transport-rename-transport-service = Đổi tên tuyến
transport-change-vehicles = Đổi số xe
transport-seats-each = Số chỗ mỗi xe
transport-unlimited = không giới hạn
transport-cost-per-person-month = Chi phí mỗi người/tháng
transport-change-mode = Đổi loại hình
transport-destination-headquarters = Trụ sở đến
transport-change-destination = Đổi nơi đến
transport-home-zones-this-service = Các xã/phường tuyến này đón; không chọn nghĩa là mọi nơi
transport-zones-served = Xã/phường được đón
transport-change-zones-served = Đổi nơi đón
transport-vehicles-that-can-be = Số xe có thể thuê
transport-change-seats = Đổi số chỗ
transport-round-trips-per-day = Số chuyến khứ hồi mỗi ngày
transport-change-round-trips = Đổi số chuyến
transport-cost-per-vehicle-day = Chi phí mỗi xe/ngày
transport-share-of-seats-that = Tỷ lệ ghế được phép xếp, chừa chỗ cho thay đổi vào phút chót
transport-target-seat-fill = Tỷ lệ lấp đầy mục tiêu
transport-change-target-fill = Đổi tỷ lệ lấp đầy
transport-ticket-or-allowance-per = Vé hoặc phụ cấp mỗi người mỗi tháng
transport-longest-acceptable-one-way = Thời gian đi một chiều tối đa chấp nhận được
transport-longest-ride = Thời gian đi tối đa
transport-change-longest-ride = Đổi thời gian đi tối đa

## Units page

units-add-unit = Thêm đơn vị
units-duplicate-unit = Nhân bản đơn vị
units-delete-unit = Xoá đơn vị
units-any-headquarters = Trụ sở bất kỳ
units-whole-unit-at-one = Cả đơn vị tại một trụ sở
units-all-at-given-site = Tất cả tại trụ sở chỉ định
units-share-at-site = Một tỷ lệ tại một trụ sở
units-all-at-site = Tất cả tại { $site }
units-min-max-at-site = { $min }–{ $max }% tại { $site }
units-agencies-and-departments-and = Các cơ quan, đơn vị và việc mỗi đơn vị có phải làm việc tập trung tại một trụ sở hay không.
units-new-unit = Đơn vị mới
units-rename-unit = Đổi tên đơn vị
units-members = Số người
units-placement = Bố trí
units-unit-this-one-belongs = Đơn vị mà đơn vị này trực thuộc, nếu có
units-parent-unit = Đơn vị cấp trên
units-change-parent-unit = Đổi đơn vị cấp trên
units-whether-members-may-be = Thành viên có được bố trí ở nhiều trụ sở hay không
units-show-this-unit-cadres = Xem cán bộ của đơn vị này
units-change-placement = Đổi cách bố trí
units-from = từ
units-to = đến

## Zones page

zones-add-zone = Thêm xã/phường
zones-duplicate-zone = Nhân bản xã/phường
zones-delete-zone = Xoá xã/phường
zones-where-staff-live-and = Nơi nhân sự sinh sống và thời gian đi một chiều tới từng trụ sở.
zones-new-zone = Xã/phường mới
zones-move-zone = Dời xã/phường
zones-rename-zone = Đổi tên xã/phường
zones-latitude = Vĩ độ
zones-longitude = Kinh độ
zones-travel-grid-one-way = Bảng thời gian đi lại (phút, một chiều)
zones-road-factor = Hệ số đường bộ
zones-road-distance-divided-by = Quãng đường thực tế chia cho khoảng cách đường chim bay (thường từ 1,2 đến 1,4)
zones-change-road-factor = Đổi hệ số đường bộ
zones-speed = Tốc độ
zones-change-speed = Đổi tốc độ
zones-overhead = Thời gian phụ
zones-minutes-added-to-every = Số phút cộng thêm cho mỗi chuyến: chờ, chuyển tuyến, đi bộ
zones-change-overhead = Đổi thời gian phụ
zones-manual-figure = số liệu nhập tay
zones-derived-from-coordinates = tính từ toạ độ
zones-fill-from-coordinates = Điền theo toạ độ
zones-replace-n-manual-figures = Thay { $n } số liệu nhập tay của loại hình này bằng số liệu tính từ toạ độ
zones-fill-travel-from-coordinates = Điền thời gian đi lại theo toạ độ
zones-click-figure-to-type = Bấm vào một số để nhập tay; bấm chuột phải vào số nhập tay để quay về số tính từ toạ độ.
zones-km-km-src = { $km } km · { $src }
zones-change-travel-time = Đổi thời gian đi lại
zones-use-figure-derived-from = Dùng số liệu tính từ toạ độ
zones-reset-travel-time = Đặt lại thời gian đi lại

## Solve progress strip

solve-building-model = Đang dựng mô hình
solve-preparing-first-plan = Đang chuẩn bị phương án ban đầu
solve-searching-for-best-plan = Đang tìm phương án tốt nhất
solve-checking-plan = Đang kiểm tra phương án
solve-finding-what-blocks-plan = Đang tìm nguyên nhân không có phương án
solve-show-progress = Xem tiến trình
solve-open-results-to-see = Mở trang Kết quả để xem chi tiết quá trình tính

## File dialogs and messages

dialog-open-plan = Mở kế hoạch
dialog-save-plan-as = Lưu kế hoạch thành
dialog-export-to-excel = Xuất ra Excel
dialog-export-to-pdf = Xuất ra PDF
dialog-export-to-csv = Xuất ra CSV
dialog-import-staff-list = Nhập danh sách nhân sự…
dialog-add-or-update-cadres = Thêm hoặc cập nhật cán bộ từ tệp CSV hoặc Excel
dialog-export = Xuất…
dialog-excel-workbook-pdf-report = Sổ Excel, báo cáo PDF hoặc CSV của các phương án đã tính
dialog-restore-unsaved-work = Khôi phục công việc chưa lưu?
dialog-hq-planner-did-not = Lần trước HQ Planner không đóng bình thường. Đã tìm thấy bản lưu tự động công việc chưa lưu lúc { $when }.
dialog-restore = Khôi phục
dialog-discard-it = Bỏ bản này
dialog-path-was-saved-by = { $path } đã được một chương trình khác lưu sau khi bạn mở. Các thay đổi của bạn chưa được ghi, nên công việc của chương trình kia không bị mất. Hãy lưu bản của bạn với tên khác rồi so sánh hai bản.
dialog-file-changed-on-disk = Tệp đã bị thay đổi trên đĩa
dialog-name-has-unsaved-changes = “{ $name }” có thay đổi chưa lưu. Lưu trước khi tiếp tục?
dialog-save-changes = Lưu thay đổi?
dialog-don-t-save = Không lưu
dialog-type-full-path-of = Gõ đường dẫn đầy đủ của tệp:
dialog-no-such-file = Không có tệp này
dialog-file-exists-and-will = Tệp đã tồn tại và sẽ được thay thế (tệp cũ được giữ dưới dạng .bak).
dialog-ok = Đồng ý
dialog-something-went-wrong = Đã có lỗi xảy ra

## Import of staff lists

import-merge-update-by-staff = Gộp: cập nhật theo mã cán bộ, thêm người mới
import-replace-whole-staff-list = Thay toàn bộ danh sách nhân sự
import-yes-remove-all-staff = Đồng ý xóa toàn bộ { $staff } cán bộ
import-rows-first-to-last = Dòng { $first } đến { $last }: dấu kiểm tra của tệp xuất HQ Planner, không phải cán bộ; đã bỏ qua.
import-columns = Các cột
import-choose-which-field-each = Chọn trường mà mỗi cột của tệp điền vào; lựa chọn được lưu cùng kế hoạch cho lần nhập sau.
import-ignored = (bỏ qua)
import-reading-and-checking-rows = Đang đọc và kiểm tra các dòng…
import-read-rows-read-ok = Đã đọc { $read } dòng: { $ok } dòng sẽ được nhập ({ $new } mới, { $upd } cập nhật), { $bad } dòng bị loại.
import-this-removes-all-staff = Thao tác này xóa toàn bộ { $staff } cán bộ của kế hoạch; { $kept } người trong tệp sẽ thay thế.
import-rejected-rows = Các dòng bị loại
import-row-row-code-why = Dòng { $row } ({ $code }): { $why }
import-file-for-rejected-rows = Tệp ghi các dòng bị loại
import-save-rejected-rows = Lưu các dòng bị loại
import-writes-rejected-rows-with = Ghi các dòng bị loại kèm lý do (.csv hoặc .xlsx) để sửa rồi nhập lại
import-rejected-rows-cannot-be = Không thể ghi các dòng bị loại vào { $path }: đây chính là danh sách cán bộ đang nhập.
import-wrote-path = Đã ghi { $path }
import-import = Nhập
import-undo-brings-previous-staff = Hoàn tác để lấy lại danh sách nhân sự trước đó
import-import-staff-list = Nhập danh sách nhân sự
import-row = Dòng
import-change = Thay đổi
import-update = Cập nhật
import-new = Mới
import-first-n-rows-shown = Hiển thị { $n } dòng đầu

## Exports

export-sign-off-date-is = Có ngày ký không hợp lệ
export-tick-at-least-one = Hãy chọn ít nhất một phương án đã tính
export-type-or-choose-file = Nhập hoặc chọn tệp sẽ ghi
export-export = Xuất
export-format = Định dạng
export-excel-workbook = Sổ Excel
export-pdf-report = Báo cáo PDF
export-csv-one-row-per = CSV (mỗi cán bộ một dòng)
export-first-ticked-scenario-is = Phương án được chọn đầu tiên được báo cáo chi tiết; tất cả được so sánh ở trang So sánh.
export-pdf-and-csv-report = PDF và CSV chỉ báo cáo phương án được chọn đầu tiên; chọn Excel để so sánh nhiều phương án.
export-language-of-export = Ngôn ngữ của tệp xuất
export-privacy = Bảo mật
export-anonymise = Ẩn danh
export-replaces-every-cadre-name = Thay họ tên mỗi cán bộ bằng mã cán bộ và bỏ ngày sinh, giới tính, ở mọi định dạng.
export-appendix = Phụ lục
export-include-staff-list-appendix = Kèm danh sách cán bộ (phụ lục)
export-one-row-per-cadre = Mỗi cán bộ một dòng: đơn vị, trụ sở, hình thức và lý do. Với kế hoạch rất lớn, phần này thêm nhiều trang.
export-about-n-more-pages = thêm khoảng { $n } trang
export-sign-off = Ký xác nhận
export-names-and-dates-printed = Họ tên và ngày in dưới chỗ ký của báo cáo PDF và ở trang Tóm tắt của sổ Excel. Để trống ngày thì để lại dòng ghi tay. Họ tên được ghi nhớ trên máy này; ngày thì không.
export-prepared-by = Người lập
export-prepared-on = Ngày lập
export-reviewed-by = Người kiểm tra
export-reviewed-on = Ngày kiểm tra
export-approved-by = Người phê duyệt
export-approved-on = Ngày phê duyệt
export-date-of-signing-leave = Ngày ký; để trống để ghi tay
export-not-date-format = không phải ngày ({ $format })
export-file-to-write = Tệp sẽ ghi
export-choose = Chọn…
export-export-failed = Xuất thất bại
export-show-folder = Mở thư mục
export-open-folder-that-holds = Mở thư mục chứa tệp đã xuất
export-close = Đóng
export-cannot-prepare-export-why = Không chuẩn bị được dữ liệu xuất: { $why }

## Imports and exports

exchange-no-such-file-or = không có tệp hoặc thư mục này
exchange-permission-denied = không có quyền truy cập
exchange-disk-is-full = ổ đĩa đã đầy
exchange-disk-is-read-only = ổ đĩa chỉ cho phép đọc
exchange-it-is-folder-not = đây là thư mục, không phải tệp
exchange-file-content-cannot-be = không đọc được nội dung tệp
exchange-cannot-read-path-why = Không đọc được { $path }: { $why }
exchange-path-line-line-file = { $path }, dòng { $line }: tệp không phải văn bản UTF-8; hãy lưu lại dưới dạng “CSV UTF-8”
exchange-path-line-line-csv = { $path }, dòng { $line }: không đọc được nội dung CSV ({ $detail })
exchange-path-spreadsheet-cannot-be = { $path }: không mở được bảng tính ({ $detail })
exchange-path-workbook-has-no = { $path }: sổ tính không có trang tính nào
exchange-path-file-is-empty = { $path }: tệp trống (không tìm thấy dòng tiêu đề)
exchange-path-unknown-staff-file = { $path }: không nhận ra loại tệp danh sách cán bộ (cần .csv, .xlsx, .xls hoặc .ods)
exchange-path-no-column-is = { $path }: chưa có cột nào ứng với { $field }; hãy chọn một cột (ví dụ cột có tiêu đề “{ $hint }”)
exchange-audit-stamp-id-per = dấu kiểm tra { $id }; có các cột của tệp xuất theo từng cán bộ nhưng không có họ tên, ngày sinh, giới tính
exchange-per-cadre-export-columns = có các cột của tệp xuất theo từng cán bộ nhưng không có họ tên, ngày sinh, giới tính
exchange-in-same-of-total = ở { $same }/{ $total } dòng, họ tên chính là mã cán bộ
exchange-path-this-looks-like = { $path }: tệp này có vẻ là tệp xuất ẩn danh của HQ Planner ({ $why }); nhập tệp này có thể đặt mã cán bộ vào chỗ họ tên thật, nên chưa nhập gì. Hãy nhập danh sách cán bộ của phòng tổ chức (hoặc tệp xuất có họ tên).
exchange-path-row-row-quote = { $path }, dòng { $row }: dấu nháy { $q } mở ở cột { $column } không bao giờ được đóng; các dòng sau nó bị đọc thành một ô. Hãy đóng (hoặc xóa) dấu nháy rồi nhập lại.
exchange-path-row-row-quote-q-opened = { $path }, dòng { $row }: dấu nháy { $q } mở ở cột { $column } không được đóng trên dòng đó mà ở dòng { $end }; các dòng { $row } đến { $end } bị đọc thành một ô. Hãy đóng (hoặc xóa) dấu nháy rồi nhập lại.
exchange-path-replacing-staff-list = { $path }: thay danh sách cán bộ bằng tệp này sẽ xóa toàn bộ { $staff } cán bộ của kế hoạch (sau khi nhập còn { $kept } người). Đánh dấu “Đồng ý xóa toàn bộ { $staff } cán bộ” nếu thật sự muốn.
exchange-cannot-write-path-why = Không ghi được { $path }: { $why }
exchange-path-nothing-to-export = { $path }: không có gì để xuất (chưa chọn phương án đã tính)
exchange-cannot-build-workbook-path = Không tạo được sổ Excel { $path } ({ $detail })
exchange-cannot-build-csv-file = Không tạo được tệp CSV { $path } ({ $detail })
exchange-cannot-build-pdf-path = Không tạo được tệp PDF { $path } ({ $detail })
exchange-cannot-start-import-why = Không bắt đầu nhập được: { $why }
exchange-cannot-start-export-why = Không bắt đầu xuất được: { $why }
exchange-import-stopped-unexpectedly = Việc nhập tệp dừng đột ngột
exchange-export-stopped-unexpectedly = Việc xuất tệp dừng đột ngột
exchange-reading-file = Đang đọc tệp
exchange-checking-rows = Đang kiểm tra các dòng
exchange-preparing-figures = Đang chuẩn bị số liệu
exchange-writing-file = Đang ghi tệp
exchange-starting = Đang bắt đầu

## Widgets

widget-search = Tìm kiếm

## Survey preferences

preference-move-home = Chuyển nhà
preference-no-answer = Không trả lời

## Genders

gender-female = Nữ
gender-male = Nam
gender-not-recorded = Chưa ghi nhận

## Housing eligibility

eligibility-anyone = Mọi người
eligibility-women-only = Chỉ nữ
eligibility-men-only = Chỉ nam

## How strictly a rule holds

hardness-may-be-broken-weight = Có thể vi phạm (trọng số { $w })

## Kinds of plan problems

problem-kind-file-cannot-be-read = Không đọc được tệp
problem-kind-unsupported-file-version = Phiên bản tệp không được hỗ trợ
problem-kind-id-is-empty = Mã đang để trống
problem-kind-id-is-used-twice = Mã bị trùng
problem-kind-refers-to-something-that = Tham chiếu tới mục không tồn tại
problem-kind-value-is-missing = Thiếu giá trị
problem-kind-not-valid-number = Không phải số hợp lệ
problem-kind-must-not-be-negative = Không được âm
problem-kind-out-of-allowed-range = Nằm ngoài khoảng cho phép
problem-kind-minimum-is-above-maximum = Giá trị tối thiểu lớn hơn tối đa
problem-kind-ends-before-it-starts = Ngày kết thúc trước ngày bắt đầu
problem-kind-travel-time-missing = Thiếu thời gian đi lại
problem-kind-refers-to-itself-in = Tham chiếu vòng tròn tới chính nó

## Solve statuses

status-optimal = Tối ưu
status-feasible-time-limit = Khả thi (hết thời gian)
status-infeasible = Không khả thi
status-cancelled = Đã dừng
status-no-plan-found-in = Không tìm được phương án trong thời gian cho phép

## Why a solve could not run

solve-error-there-is-no-scenario = Không có kịch bản “{ $s }” trong kế hoạch
solve-error-scenario-scenario-measures-moves = Kịch bản “{ $scenario }” tính việc chuyển chỗ so với kịch bản “{ $baseline }”, nhưng kịch bản này chưa có phương án ({ $status }). Hãy giải hoặc sửa “{ $baseline }” trước, hoặc bỏ kịch bản gốc.
solve-error-optimiser-stopped-with-error = Bộ tối ưu dừng do lỗi ({ $detail }). Không có gì bị thay đổi.
solve-error-optimiser-plan-broke-n = Phương án của bộ tối ưu vi phạm { $n } quy tắc bắt buộc nên đã bị loại (đây là lỗi phần mềm, xin báo lại). Không có gì bị thay đổi.

## Export labels (core/report)

label-report-title = PHƯƠNG ÁN BỐ TRÍ TRỤ SỞ, PHƯƠNG TIỆN ĐI LẠI VÀ NHÀ Ở CHO CÁN BỘ
label-report-subtitle = Tài liệu trình Ban Thường vụ xem xét
label-plan = Kế hoạch
label-scenario = Phương án
label-period = Thời gian áp dụng
label-export-date = Ngày xuất
label-solver-status = Kết quả tối ưu
label-gap = Sai số tối ưu (gap)
label-objective = Giá trị mục tiêu
label-solve-seconds = Thời gian giải (giây)
label-audit-stamp = Dấu kiểm tra
label-plan-hash = SHA-256 tệp kế hoạch
label-result-hash = SHA-256 kết quả bố trí
label-stamp-id = Mã kiểm tra
label-app-version = Phiên bản HQ Planner
label-solver-settings = Thiết lập bộ giải
label-exported-at = Thời điểm xuất
label-anonymised-note = Bản ẩn danh: họ tên thay bằng mã cán bộ; không có ngày sinh, giới tính.
label-indicator = Chỉ tiêu
label-value = Giá trị
label-staff = Tổng số cán bộ
label-daily-commuters = Đi lại hằng ngày
label-housed = Ở nhà công vụ / ký túc xá
label-disrupted = Thay đổi nơi làm việc
label-preference-mismatches = Khác nguyện vọng
label-commute-mean-before = Thời gian đi lại TB hiện nay (phút)
label-commute-mean-after = Thời gian đi lại TB theo phương án (phút)
label-commute-p95-before = Thời gian đi lại P95 hiện nay (phút)
label-commute-p95-after = Thời gian đi lại P95 theo phương án (phút)
label-commute-max-after = Thời gian đi lại dài nhất (phút)
label-monthly-cost = Kinh phí hằng tháng (đồng)
label-cost-vehicles = Thuê phương tiện
label-cost-tickets = Vé theo người
label-cost-allowances = Hỗ trợ tự túc
label-cost-housing = Nhà ở
label-cost-weekly-travel = Đi lại cuối tuần
label-cost-total = Tổng kinh phí hằng tháng
label-budget = Trần kinh phí hằng tháng
label-no-budget = không giới hạn
label-sheet-summary = Tóm tắt
label-sheet-sites = Trụ sở
label-sheet-units = Đơn vị
label-sheet-cadres = Cán bộ
label-sheet-transport = Phương tiện
label-sheet-housing = Nhà ở
label-sheet-rules = Quy tắc
label-sheet-comparison = So sánh
label-code = Mã cán bộ
label-name = Họ và tên
label-birth-date = Ngày sinh
label-gender = Giới tính
label-unit = Đơn vị
label-grade = Chức vụ
label-zone = Nơi ở
label-current-site = Trụ sở hiện nay
label-site = Trụ sở
label-arrangement = Hình thức
label-service-or-housing = Tuyến / nhà ở
label-commute-before = Đi lại hiện nay (phút)
label-commute-after = Đi lại theo phương án (phút)
label-cost-per-month = Kinh phí/tháng (đồng)
label-pinned = Chỉ định
label-reason = Lý do
label-people = Số người
label-desks = Chỗ làm việc
label-desk-fill = Tỷ lệ sử dụng chỗ
label-area-used = Diện tích sử dụng (m²)
label-area-available = Diện tích làm việc (m²)
label-area-fill = Tỷ lệ diện tích
label-total = Tổng
label-service = Tuyến
label-mode = Loại
label-riders = Người đi
label-vehicles = Số xe
label-seats-per-vehicle = Chỗ/xe
label-seats = Tổng chỗ
label-seat-fill = Tỷ lệ lấp đầy
label-housing = Nhà ở
label-beds = Số giường
label-beds-used = Đã bố trí
label-beds-free = Còn trống
label-rule = Quy tắc
label-kind = Loại
label-weight = Trọng số
label-status = Tình trạng
label-amount = Mức vi phạm
label-details = Chi tiết
label-daily = Đi về hằng ngày
label-weekly = Ở lại, về hằng tuần
label-yes = Có
label-no = Không
label-male = Nam
label-female = Nữ
label-hard = Bắt buộc
label-soft = Mềm
label-off = Không áp dụng
label-satisfied = Đạt
label-violated = Vi phạm
label-status-optimal = Tối ưu
label-status-feasible = Khả thi (dừng do hết giờ)
label-status-infeasible = Không khả thi
label-status-cancelled = Đã hủy
label-status-adjusted = Đã điều chỉnh thủ công
label-status-time-limit = Hết giờ, chưa có phương án
label-mode-bus = Xe buýt đưa đón
label-mode-train = Tàu hỏa + xe trung chuyển
label-mode-car = Xe hợp đồng
label-mode-own = Tự túc (hỗ trợ)
label-decision-summary = Tóm tắt đề xuất
label-key-figures = Các chỉ tiêu chính
label-chart-occupancy = Số người tại mỗi trụ sở, theo đơn vị
label-chart-commute = Phân bố thời gian đi lại một chiều (phút)
label-chart-cost = Kinh phí hằng tháng theo khoản mục (triệu đồng)
label-per-unit = Bố trí theo đơn vị
label-transport-and-housing = Phương tiện và nhà ở
label-violations-and-diagnosis = Quy tắc, vi phạm và chẩn đoán
label-no-violations = Mọi quy tắc đều được đáp ứng.
label-diagnosis = Chẩn đoán
label-sign-off = Xác nhận
label-prepared-by = Người lập
label-reviewed-by = Người kiểm tra
label-approved-by = Người phê duyệt
label-date-line = Ngày ...../...../........
label-signed-on = Ngày
label-signature-line = (Ký, ghi rõ họ tên)
label-page = Trang
label-before = Hiện nay
label-after = Theo phương án
label-minutes = phút
label-at-most = tối đa
label-contents = Nội dung
label-rule-desks = Chỗ làm việc mỗi trụ sở
label-rule-area = Diện tích làm việc (NĐ 152)
label-rule-beds = Số giường nhà ở
label-rule-eligibility = Đối tượng được bố trí nhà ở
label-rule-seats = Số chỗ trên phương tiện
label-rule-vehicles = Số xe sẵn có
label-rule-ride-time = Thời gian đi xe tối đa
label-rule-max-commute = Thời gian đi lại hằng ngày tối đa
label-rule-pins = Cán bộ được chỉ định trụ sở
label-rule-unit-placement = Bố trí đơn vị
label-rule-opening-dates = Ngày đưa vào sử dụng
label-rule-site-share = Tỷ lệ cán bộ tại trụ sở
label-rule-budget = Trần kinh phí
label-rule-priority = Nhóm ưu tiên
label-rule-other = Quy tắc khác
label-no-plan = Chưa có phương án bố trí (xem chẩn đoán).
label-no-staff = Kế hoạch chưa có cán bộ nào: hãy nhập danh sách cán bộ rồi giải lại.
label-more-rows = ... và {"{"}n{"}"} dòng khác
label-others = Khác
label-units-by-site = Số người theo trụ sở
label-rule-no-option = Có cách đi làm khả thi
label-rule-invalid = Phân công hợp lệ
label-rule-objective = Kiểm tra giá trị mục tiêu
label-rule-unknown = Chưa xác định được nguyên nhân
label-staff-list = Phụ lục: Danh sách cán bộ
label-staff-list-continued = Phụ lục: Danh sách cán bộ (tiếp theo)
label-staff-list-note = Mỗi cán bộ một dòng, theo đơn vị rồi theo họ tên; đi lại là thời gian một chiều (phút), hiện nay › theo phương án; kinh phí tính theo tháng (đồng).
label-commute-before-after = Đi lại (phút)
label-continued = tiếp theo
label-people-short = người

## Reasons and findings (core/text/reasons.rs)

reason-finding-at-least = Trong đó, ít nhất: { $sentence }
reason-binding = { $name }: thêm 1 { $unit } thì điểm mục tiêu giảm { $value }
reason-binding-unit-desks = chỗ làm việc
reason-binding-unit-area = m² diện tích làm việc
reason-binding-unit-beds = giường
reason-binding-unit-vehicles = xe
reason-binding-unit-budget = triệu ₫ kinh phí
reason-binding-unit-other = đơn vị
reason-binding-monthly-budget = Kinh phí hằng tháng
reason-preference-daily-commute = đi lại hằng ngày
reason-preference-weekly-with-housing = ở lại, về nhà hằng tuần
reason-preference-move-home = chuyển nhà
reason-preference-none = không trả lời
reason-pinned = Được chỉ định làm việc tại { $site }
reason-pin-not-kept = Được chỉ định tại { $site } nhưng không thể bố trí đúng chỉ định
reason-unit-at-site = Đơn vị phải làm việc tại { $site }
reason-unit-at-site-not-kept = Đơn vị bố trí tại { $site } nhưng người này làm việc ở trụ sở khác
reason-unit-whole = Đơn vị làm việc tập trung tại một trụ sở
reason-unit-share = Đơn vị giữ { $min }–{ $max }% nhân sự tại { $site }
reason-priority-group = Thuộc nhóm ưu tiên { $group }: được bố trí trụ sở có thời gian đi lại ngắn nhất
reason-priority-group-not-nearest = Thuộc nhóm ưu tiên { $group } nhưng không ở trụ sở gần nhất
reason-matches-preference = Đúng nguyện vọng khảo sát ({ $preference })
reason-preference-mismatch = Khác nguyện vọng khảo sát ({ $preference })
reason-keeps-site = Tiếp tục làm việc tại { $site }
reason-moved = Chuyển nơi làm việc từ { $from } đến { $to }
reason-none = Không có quy tắc nào bắt buộc: bộ tối ưu chọn vì tổng chi phí của phương án thấp nhất
whynot-breaks-hard-rules = Vi phạm quy tắc bắt buộc: { $rules }
whynot-no-room = Không còn chỗ: { $rules }
whynot-breaks-plan-rules = Vi phạm quy tắc bắt buộc của phương án: { $rules }
whynot-costs-more = Kém hơn: điểm mục tiêu tăng { $delta } (đi lại { $minutes } phút mỗi chiều, chi phí cả phương án { $cost } ₫/tháng)
whynot-as-good = Tương đương khi xét riêng (điểm mục tiêu { $delta }): ngang bằng, hoặc nằm trong sai số cho phép của bộ tối ưu
whynot-better = Tốt hơn: điểm mục tiêu giảm { $delta } (chi phí cả phương án { $cost } ₫/tháng); phương án đã được điều chỉnh thủ công hoặc dừng trước khi tối ưu
