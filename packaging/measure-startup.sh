#!/usr/bin/env bash
# Measures the installed app's start-up: --version, and the time from launch to the first
# window for the wizard and for a bare JavaFX window (startup/HelloWindow.java), on a real X
# display (Xvfb) and on JavaFX's headless platform. Median of RUNS each.
#
# The wizard starts as the desktop entry starts it (lib/sendready-launch, with its
# ahead-of-time cache). The bare window runs three ways:
#   stock      JDK 25 (JAVA_HOME) with the JavaFX 26 jars from Maven on the module path: a bare
#              JavaFX window as anyone runs one, without an archive of JavaFX's classes
#   runtime    on sendready's installed runtime, whose default class-data archive holds the
#              JavaFX classes the wizard's training loaded
#   own cache  on that runtime with an ahead-of-time cache of its own, trained as the wizard's
#              is (on Xvfb): the best a bare window gets with the same treatment
#
# Usage: packaging/measure-startup.sh [RUNS]   after mvn -Pinstaller package
# Needs: Xvfb and GTK 3 (apt-get install xvfb libgtk-3-0), JDK 25 (JAVA_HOME).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
jdk="${JAVA_HOME:?set JAVA_HOME to JDK 25}/bin"

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
launch=$app/lib/sendready-launch
launcher=$app/bin/sendready
java=$app/lib/runtime/bin/java

javafx=$(ls target/lib/javafx-{base,graphics,controls}-*-linux.jar | paste -sd:)
"$jdk/javac" -d "$work/hello" --module-path "$javafx" --add-modules javafx.controls \
  packaging/startup/HelloWindow.java
"$jdk/jar" --create --file "$work/hello.jar" -C "$work/hello" .
hello_options=(--enable-native-access=javafx.graphics -cp "$work/hello.jar" HelloWindow)
stock=("$jdk/java" --module-path "$javafx" --add-modules javafx.controls "${hello_options[@]}")
on_runtime=("$java" "${hello_options[@]}")
own_cache=("$java" -XX:AOTCache="$work/hello.aot" "${hello_options[@]}")
headless="-Dglass.platform=Headless -Dprism.order=sw"

Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
display=":$(head -n 1 "$work/display")"
# Trained as the build trains the wizard's (packaging/cds-archive.sh): on an Xvfb display.
DISPLAY=$display "$java" -XX:AOTCacheOutput="$work/hello.aot" "${hello_options[@]}" >/dev/null 2>&1

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }
first_window_ms() { # first_window_ms COMMAND...: ms from launch to the first window
  local start shown
  start=$(now_ms)
  shown=$("$@" 2>/dev/null | sed -n 's/^sendready: first window shown at \([0-9]*\) epoch ms$/\1/p')
  [ -n "$shown" ] || { echo "measure-startup.sh: no first window from: $*" >&2; exit 1; }
  echo $((shown - start))
}
version_ms() { # version_ms LAUNCHER
  for _ in $(seq "$runs"); do
    local start
    start=$(now_ms)
    "$1" --version >/dev/null
    echo $(($(now_ms) - start))
  done | median
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; }
first_windows() { # first_windows LABEL: the wizard and the three bare windows, with ratios
  # Interleaved, one run of each in turn, so a slower spell of a shared machine slows all four.
  local times=$work/times wizard stock_ms runtime_ms own_ms
  : >"$times"
  for _ in $(seq "$runs"); do
    echo "wizard $(JAVA_TOOL_OPTIONS="$extra $app_options" first_window_ms "$launch")" >>"$times"
    echo "stock $(JAVA_TOOL_OPTIONS="$extra" first_window_ms "${stock[@]}")" >>"$times"
    echo "runtime $(JAVA_TOOL_OPTIONS="$extra" first_window_ms "${on_runtime[@]}")" >>"$times"
    echo "own $(JAVA_TOOL_OPTIONS="$extra" first_window_ms "${own_cache[@]}")" >>"$times"
  done
  of() { awk -v k="$1" '$1 == k { print $2 }' "$times" | median; }
  wizard=$(of wizard)
  stock_ms=$(of stock)
  runtime_ms=$(of runtime)
  own_ms=$(of own)
  echo "$1, wizard:                       $wizard ms"
  echo "$1, bare window, stock:           $stock_ms ms (wizard $(ratio "$wizard" "$stock_ms"))"
  echo "$1, bare window, runtime:         $runtime_ms ms (wizard $(ratio "$wizard" "$runtime_ms"))"
  echo "$1, bare window, own cache:       $own_ms ms (wizard $(ratio "$wizard" "$own_ms"))"
}

app_options="-Dsendready.exitAfterFirstWindow=true -Dsendready.settings.dir=$work/settings"
echo "--version (/usr/bin/sendready):         $(version_ms "$launch") ms"
echo "--version (native launcher):            $(version_ms "$launcher") ms"
extra=$headless first_windows "headless"

export DISPLAY=$display
extra="" first_windows "Xvfb (GTK)"
echo "(median of $runs interleaved runs each; from launch to the first window's WINDOW_SHOWN)"
