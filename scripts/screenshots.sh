#!/usr/bin/env bash
# Photographs the main views of the real app under Xvfb into docs/screenshots/.
#
# The app runs its screenshot tour (HQ_PLANNER_TOUR, see src/gui/tour.rs): it
# opens the built-in sample, solves two scenarios and shows each view in
# English, Vietnamese and the dark theme; for each view it writes NAME.ready
# and waits until this script has taken the picture and written NAME.done.
# Needs: Xvfb and ImageMagick's `import`.
set -euo pipefail
cd "$(dirname "$0")/.."

out=docs/screenshots
display=${SCREENSHOT_DISPLAY:-:97}
mkdir -p "$out"
cargo build --quiet

work=$(mktemp -d)
cleanup() {
    [[ -n ${app:-} ]] && kill "$app" 2>/dev/null || true
    [[ -n ${xvfb:-} ]] && kill "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1

# A private HOME: no remembered settings or recovery file from a real session.
HOME="$work/home" DISPLAY="$display" HQ_PLANNER_TOUR="$work/tour" \
    ./target/debug/hq-planner gui >"$work/app.log" 2>&1 &
app=$!

deadline=$((SECONDS + 600))
while [[ ! -e $work/tour/finished ]]; do
    if ! kill -0 "$app" 2>/dev/null; then
        echo "the app stopped before the tour finished:" >&2
        cat "$work/app.log" >&2
        exit 1
    fi
    if ((SECONDS > deadline)); then
        echo "the tour did not finish in 10 minutes" >&2
        exit 1
    fi
    for ready in "$work"/tour/*.ready; do
        [[ -e $ready ]] || continue
        name=$(basename "$ready" .ready)
        [[ -e $work/tour/$name.done ]] && continue
        sleep 0.3
        import -display "$display" -window root "$out/$name.png"
        echo "saved $out/$name.png"
        touch "$work/tour/$name.done"
    done
    sleep 0.2
done
wait "$app" || true
app=
