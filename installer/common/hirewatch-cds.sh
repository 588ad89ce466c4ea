#!/bin/sh
# Dumps (or removes) HireWatch's AppCDS archive beside its jars. The launcher asks for the archive with
# -Xshare:auto, so a missing or stale archive only costs start-up time, never a failed start.
# An archive is valid only for the jar paths and timestamps it was dumped with, hence dumping where the app is
# installed: the Debian postinst runs "hirewatch-cds.sh dump", prerm runs "hirewatch-cds.sh remove".
set -eu
lib="$(cd "$(dirname "$0")" && pwd)"
app="$lib/app"
java="$lib/runtime/bin/java"
[ -x "$java" ] || java="$lib/runtime/Contents/Home/bin/java"
[ -x "$java" ] || java="$lib/runtime/bin/java.exe"
separator=":"
case "$(uname -s)" in MINGW*|MSYS*|CYGWIN*) separator=";" ;; esac

case "${1:-}" in
  remove)
    rm -f "$app/hirewatch.jsa"
    ;;
  dump)
    [ -f "$app/hirewatch.classlist" ] || { echo "no class list in $app" >&2; exit 1; }
    cfg="$(ls "$app"/*.cfg | head -1)"
    # The class path exactly as the launcher builds it from its .cfg file, in the same order.
    classpath="$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\\\$APPDIR|$app|g" | paste -sd "$separator" -)"
    "$java" -Xshare:dump -XX:SharedClassListFile="$app/hirewatch.classlist" \
      -XX:SharedArchiveFile="$app/hirewatch.jsa" -cp "$classpath" >/dev/null
    ;;
  *)
    echo "usage: hirewatch-cds.sh dump|remove" >&2
    exit 2
    ;;
esac
