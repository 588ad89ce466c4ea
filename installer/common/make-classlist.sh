#!/usr/bin/env bash
# Starts a freshly built app image once, on a throwaway workspace folder, until its first window frame, and records
# the classes it loaded. Needs a display: uses $DISPLAY, or xvfb-run when there is none.
# Usage: make-classlist.sh APP_IMAGE OUT_FILE
set -euo pipefail
image="$1"
out="$2"
launcher="$image/bin/HireWatch"
[ -x "$launcher" ] || launcher="$image/Contents/MacOS/HireWatch"
[ -x "$launcher" ] || launcher="$image/HireWatch.exe"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
run=("$launcher" --db "$scratch/workspace")
if [ -z "${DISPLAY:-}" ] && [ "$(uname -s)" = Linux ]; then
  command -v xvfb-run >/dev/null || exit 1
  run=(xvfb-run -a -s "-screen 0 1280x800x24" "${run[@]}")
fi
HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" HIREWATCH_EXIT_AFTER_FIRST_FRAME=1 \
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$out -Dprism.order=sw" \
  timeout 120 "${run[@]}" >"$scratch/log" 2>&1 || { cat "$scratch/log" >&2; exit 1; }
grep -q "first-frame-epoch-ms" "$scratch/log" || { cat "$scratch/log" >&2; exit 1; }
[ -s "$out" ]
