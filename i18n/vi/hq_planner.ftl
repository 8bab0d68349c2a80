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
