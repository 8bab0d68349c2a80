#!/usr/bin/env bash
# Renders pages of the sample's PDF committee report to PNG for the README.
#
#   scripts/render_report.sh [PAGES...]      default pages: 2 3 (summary, charts)
#
# Writes docs/screenshots/report-vi-pN.png and report-en-pN.png (60 dpi, as the
# README shows them) and keeps the PDFs in target/report-sample/. Needs
# pdftoppm (poppler-utils). Uses a fixed export time so reruns give the same images.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v pdftoppm >/dev/null || {
    echo "pdftoppm not found: install poppler-utils (apt-get install poppler-utils)" >&2
    exit 1
}
pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=(2 3)

cargo build --quiet --bin hq-planner
bin=target/debug/hq-planner
plan=saved_plans/hai-duong-hai-phong-2025.ron
out=target/report-sample
shots=docs/screenshots
mkdir -p "$out" "$shots"

for lang in vi en; do
    "$bin" export "$plan" --format pdf --lang "$lang" -o "$out/report-$lang.pdf" \
        --export-time "2025-06-20 09:30:00" --prepared-by "Ban Tổ chức Thành ủy"
    for p in "${pages[@]}"; do
        pdftoppm -png -r 60 -f "$p" -l "$p" -singlefile "$out/report-$lang.pdf" "$shots/report-$lang-p$p"
        echo "wrote $shots/report-$lang-p$p.png"
    done
done
