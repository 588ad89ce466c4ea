#!/usr/bin/env bash
# Builds HireWatch's native package with jpackage and a trimmed Java runtime, so users need no JDK.
#   Linux:   target/installer/HireWatch (app image) and target/installer/hirewatch_<version>_<arch>.deb
#   macOS:   target/installer/HireWatch-<version>.dmg
#   Windows: target/installer/HireWatch-<version>.msi   (run in Git Bash; jpackage needs the WiX Toolset 3)
# Usage: installer/build.sh [--skip-maven] [--image-only]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
here="$root/installer"
cd "$root"

skip_maven=false
image_only=false
for arg in "$@"; do
  case "$arg" in
    --skip-maven) skip_maven=true ;;
    --image-only) image_only=true ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

read_props() { grep -v '^\s*#' "$1" | grep '=' ; }
while IFS='=' read -r key value; do declare "$key=$value"; done < <(read_props "$here/common/package.properties")

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=macos ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) echo "unsupported system: $(uname -s)" >&2; exit 1 ;;
esac
while IFS='=' read -r key value; do declare "$key=$value"; done < <(read_props "$here/$os/$os.properties")

for tool in jpackage jlink jdeps; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: it comes with JDK 17 or newer" >&2; exit 1; }
done

if ! $skip_maven; then
  mvn -B -q -ntp -DskipTests package
fi
project_version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)"
# Native installers want a purely numeric version (1.2.3); the Maven version may carry -SNAPSHOT.
app_version="${project_version%%-*}"
main_jar="hirewatch-$project_version.jar"

out="$root/target/installer"
rm -rf "$out"
mkdir -p "$out/input"
cp "target/$main_jar" "$out/input/"
cp target/lib/*.jar "$out/input/"

echo "Finding the Java modules HireWatch uses…"
modules="$(jdeps --ignore-missing-deps --print-module-deps --multi-release 17 \
  --class-path "$out/input/*" "$out/input/$main_jar" | tail -1)"
modules="$modules,$EXTRA_MODULES"
echo "  $modules"

echo "Linking a trimmed runtime…"
jlink --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --generate-cds-archive \
  --output "$out/runtime"

icon="$here/$os/hirewatch.png"
[ "$os" = windows ] && icon="$here/windows/hirewatch.ico"
[ "$os" = macos ] && icon="$here/macos/hirewatch.icns"

echo "Building the app image…"
common_args=(--name "$APP_NAME" --app-version "$app_version" --vendor "$VENDOR" --description "$DESCRIPTION"
  --copyright "$COPYRIGHT" --icon "$icon" --dest "$out")
jpackage --type app-image "${common_args[@]}" --input "$out/input" --main-jar "$main_jar" \
  --main-class "$MAIN_CLASS" --runtime-image "$out/runtime" \
  --java-options '-XX:SharedArchiveFile=$APPDIR/hirewatch.jsa' --java-options '-Xshare:auto' \
  --add-launcher "hirewatch-cli=$here/common/cli-launcher.properties"

case "$os" in
  linux) image="$out/$APP_NAME"; libdir="$image/lib"; appdir="$libdir/app" ;;
  macos) image="$out/$APP_NAME.app"; libdir="$image/Contents"; appdir="$libdir/app" ;;
  windows) image="$out/$APP_NAME"; libdir="$image"; appdir="$image/app" ;;
esac

# The class list names the classes a start-up loads; from it an AppCDS archive is dumped where the app is
# installed (an archive is only valid at the path and with the jar timestamps it was dumped with).
cp "$here/common/hirewatch-cds.sh" "$libdir/hirewatch-cds.sh"
chmod +x "$libdir/hirewatch-cds.sh"
if "$here/common/make-classlist.sh" "$image" "$appdir/hirewatch.classlist"; then
  echo "  class list: $(wc -l < "$appdir/hirewatch.classlist") classes"
else
  echo "  no class list (no display to start the app on): the package starts without AppCDS" >&2
fi

if [ "$os" = linux ]; then
  cp "$here/linux/hirewatch.desktop" "$libdir/hirewatch.desktop"
  cp "$here/linux/hirewatch.png" "$libdir/hirewatch.png"
fi

if ! $image_only; then
  echo "Building the $os package…"
  case "$os" in
    linux)
      resources="$out/resources"
      mkdir -p "$resources"
      cp "$here/linux/postinst" "$here/linux/prerm" "$resources/"
      jpackage --type deb "${common_args[@]}" --app-image "$image" --resource-dir "$resources" \
        --linux-package-name "$PACKAGE_NAME" --linux-package-deps "$LINUX_PACKAGE_DEPS" --linux-app-category "$LINUX_APP_CATEGORY" \
        --linux-deb-maintainer "support@hirewatch.example" ;;
    macos)
      jpackage --type dmg "${common_args[@]}" --app-image "$image" \
        --mac-package-identifier "$MAC_PACKAGE_IDENTIFIER" --mac-package-name "$MAC_PACKAGE_NAME" \
        --mac-app-category "$MAC_APP_CATEGORY" ;;
    windows)
      jpackage --type msi "${common_args[@]}" --app-image "$image" --win-upgrade-uuid "$WIN_UPGRADE_UUID" \
        --win-menu --win-menu-group "$WIN_MENU_GROUP" --win-shortcut --win-dir-chooser ;;
  esac
fi

# The app image itself is ready to run from here: dump its archive at this path.
"$libdir/hirewatch-cds.sh" dump >/dev/null 2>&1 || echo "  the app image runs without AppCDS" >&2
ls -la "$out" | grep -v '^total'
