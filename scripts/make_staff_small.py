#!/usr/bin/env python3
"""Writes tests/data/staff_small.xls (Excel 97-2003, BIFF8) and
tests/data/staff_small.ods (OpenDocument) for the staff-import tests.

The rows are those of tests/data/staff_small.csv (TEST-001..TEST-004, the
fourth one bad; TEST-003 gets a birth date, 01/01/1985 as serial 31048) plus
three more bad rows, under a title row and a blank row as
a personnel office would send them, with Vietnamese headers. Birth dates come
in every form an office file has: a real date cell, dd/mm/yyyy text, and a bare
Excel serial number (a date column formatted as a number).

Expected on import into the built-in sample plan (tests/report_import.rs):
header on row 3; rows 4, 5, 6 accepted; rows 7, 8, 9, 10 rejected:
  7  bad preference "sometimes"; unknown pinned site "Nowhere"
  8  unknown unit "Sở Ma"; bad birth date "31/02/1985"
  9  duplicate staff code TEST-002 (first on row 5)
  10 missing staff code

Needs: pip install --user xlwt odfpy
Run from the repository root: python3 scripts/make_staff_small.py
"""

import datetime
import os
import sys

import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P

TITLE = "DANH SÁCH CÁN BỘ, CÔNG CHỨC (trích, để thử nhập dữ liệu)"
HEADERS = [
    "STT",
    "Mã cán bộ",
    "Họ và tên",
    "Đơn vị",
    "Chức vụ",
    "Nơi ở",
    "Ngày sinh",
    "Giới tính",
    "Con dưới 36 tháng",
    "Nguyện vọng",
    "Trụ sở chỉ định",
    "Ghi chú",
]

D = datetime.date


class Serial(int):
    """A birth date written as a bare Excel serial number (no date format)."""


# One row per person; the birth date is a date (real date cell), a str
# (text as typed) or a Serial (number), or None (empty cell).
ROWS = [
    [1, "TEST-001", "Trần  Văn An", "so tai chinh", "Head / deputy head of division",
     "Phường Thanh Bình (TP Hải Dương cũ)", D(1988, 3, 5), "Nam", "x", "hằng ngày",
     "Trung tâm Chính trị - Hành chính Thủy Nguyên", "new hire"],
    [2, "TEST-002", "Lê Thị Hoa", "Sở Y tế", "chuyen-vien", "p-thanh-binh", "23/11/1990",
     "Nữ", "", "Hằng tuần", "", ""],
    [3, "TEST-003", "Phạm Minh Đức", "SỞ XÂY DỰNG", "", "tt-gia-loc", Serial(31048), "", "không",
     "", "", "no grade given"],
    [4, "TEST-004", "Đỗ Văn Bình", "Sở Y tế", "chuyen-vien", "p-thanh-binh", Serial(29221),
     "Nam", "", "sometimes", "Nowhere", ""],
    [5, "TEST-005", "Vũ Thị Mai", "Sở Ma", "chuyen-vien", "p-thanh-binh", "31/02/1985",
     "Nữ", "", "", "", ""],
    [6, "TEST-002", "Hoàng Văn Nam", "Sở Y tế", "chuyen-vien", "p-thanh-binh", Serial(32874),
     "Nam", "", "", "", "same code as row 5"],
    [7, "", "Bùi Thị Lan", "Sở Y tế", "chuyen-vien", "p-thanh-binh", D(1992, 5, 17), "Nữ",
     "", "", "", "code forgotten"],
]


def write_xls(path):
    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("Danh sách")
    bold = xlwt.easyxf("font: bold on")
    date_style = xlwt.easyxf(num_format_str="DD/MM/YYYY")
    ws.write(0, 0, TITLE, bold)
    for c, h in enumerate(HEADERS):
        ws.write(2, c, h, bold)
    for r, row in enumerate(ROWS, start=3):
        for c, v in enumerate(row):
            if v is None or v == "":
                continue
            if isinstance(v, datetime.date):
                ws.write(r, c, v, date_style)
            else:
                ws.write(r, c, int(v) if isinstance(v, int) else v)
    book.save(path)


def ods_cell(v):
    if v is None or v == "":
        return TableCell()
    if isinstance(v, datetime.date):
        cell = TableCell(valuetype="date", datevalue=v.isoformat())
        cell.addElement(P(text=v.strftime("%d/%m/%Y")))
        return cell
    if isinstance(v, int):
        cell = TableCell(valuetype="float", value=int(v))
        cell.addElement(P(text=str(int(v))))
        return cell
    cell = TableCell(valuetype="string")
    cell.addElement(P(text=v))
    return cell


def write_ods(path):
    doc = OpenDocumentSpreadsheet()
    table = Table(name="Danh sách")
    title = TableRow()
    title.addElement(ods_cell(TITLE))
    table.addElement(title)
    table.addElement(TableRow())
    for row in [HEADERS] + ROWS:
        tr = TableRow()
        for v in row:
            tr.addElement(ods_cell(v))
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(path)


def main():
    out = os.path.join("tests", "data")
    if not os.path.isdir(out):
        sys.exit("run from the repository root")
    write_xls(os.path.join(out, "staff_small.xls"))
    write_ods(os.path.join(out, "staff_small.ods"))
    print("wrote tests/data/staff_small.xls and tests/data/staff_small.ods")


if __name__ == "__main__":
    main()
