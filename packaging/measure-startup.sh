#!/usr/bin/env bash
# Measures the installed app's start-up: --version, and the time from launch to the first
# window for the wizard and for a bare JavaFX window (startup/HelloWindow.java) on the same
# runtime, on a real X display (Xvfb) and on JavaFX's headless platform. Median of RUNS each.
#
# Usage: packaging/measure-startup.sh [RUNS]   after mvn -Pinstaller package
# Needs: Xvfb and GTK 3 (apt-get install xvfb libgtk-3-0), JDK 25 (JAVA_HOME) for javac.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
javac="${JAVA_HOME:?set JAVA_HOME to JDK 25}/bin/javac"

work=$(mktemp -d)
xvfb_pid=
cleanup() {
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

debs=(target/installer/sendready_*.deb)
dpkg-deb -x "${debs[0]}" "$work/root"
app=$work/root/opt/sendready
launcher=$app/bin/sendready
cli=$app/lib/sendready-cli
java=$app/lib/runtime/bin/java

"$javac" -d "$work/hello" --module-path target/lib --add-modules javafx.controls \
  packaging/startup/HelloWindow.java

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }
first_window_ms() { # first_window_ms COMMAND...: ms from launch to the first window
  local start shown
  start=$(now_ms)
  shown=$("$@" 2>/dev/null | sed -n 's/^sendready: first window shown at \([0-9]*\) epoch ms$/\1/p')
  [ -n "$shown" ] || { echo "measure-startup.sh: no first window from: $*" >&2; exit 1; }
  echo $((shown - start))
}
repeat() { # repeat COMMAND...: the median over $runs runs of first_window_ms
  for _ in $(seq "$runs"); do first_window_ms "$@"; done | median
}
version_ms() { # version_ms LAUNCHER
  for _ in $(seq "$runs"); do
    local start
    start=$(now_ms)
    "$1" --version >/dev/null
    echo $(($(now_ms) - start))
  done | median
}

app_options="-Dsendready.exitAfterFirstWindow=true -Dsendready.settings.dir=$work/settings"
hello=("$java" --enable-native-access=javafx.graphics -cp "$work/hello" HelloWindow)
headless="-Dglass.platform=Headless -Dprism.order=sw"

echo "--version (/usr/bin/sendready):     $(version_ms "$cli") ms"
echo "--version (native launcher):        $(version_ms "$launcher") ms"
echo "headless, wizard:                   $(JAVA_TOOL_OPTIONS="$headless $app_options" repeat "$launcher") ms"
echo "headless, bare JavaFX window:       $(JAVA_TOOL_OPTIONS="$headless" repeat "${hello[@]}") ms"

Xvfb :97 -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY=:97
sleep 1
echo "Xvfb (GTK), wizard:                 $(JAVA_TOOL_OPTIONS="$app_options" repeat "$launcher") ms"
echo "Xvfb (GTK), bare JavaFX window:     $(repeat "${hello[@]}") ms"
echo "(median of $runs runs each; from launch to the first window's WINDOW_SHOWN)"
