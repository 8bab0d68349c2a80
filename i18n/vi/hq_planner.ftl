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
