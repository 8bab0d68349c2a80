#!/usr/bin/env bash
# Installs what a fresh Debian machine with Rust lacks to build, test and run
# HQ Planner. Idempotent: does nothing when everything is already there.
set -euo pipefail

packages=(
  # HiGHS (the MIP solver) builds from source: cmake, and libclang for bindgen.
  cmake libclang-dev g++ pkg-config
  # Window runtime (eframe with OpenGL on X11 or Wayland, software rendering allowed).
  libx11-6 libxcursor1 libxrandr2 libxi6 libxkbcommon0 libxkbcommon-x11-0
  libgl1 libegl1 libgl1-mesa-dri libwayland-client0 libwayland-egl1
  # Headless screenshots and report checks (scripts/, tests that read PDFs).
  xvfb xauth imagemagick poppler-utils
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} Debian packages present"
  exit 0
fi

echo "setup: installing ${missing[*]}"
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  as_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
