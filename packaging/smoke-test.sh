#!/usr/bin/env bash
# Installer smoke test for Linux; .ci/run runs it after the unit tests.
#
# Builds the runtime, app image, .deb and .rpm (mvn -Pinstaller), unpacks the .deb with
# dpkg-deb -x into a temporary folder and runs what it installs: the launch script
# (lib/sendready-launch, where /usr/bin/sendready links and the desktop entry points) with
# --version, a DKIM key, a records export and the wizard's first window on JavaFX's headless
# platform from its ahead-of-time cache; jpackage's native launcher (bin/sendready) with
# --version; and the class-data-sharing archive.
# Checks the desktop entry, the file association and the package metadata, and prints the
# sizes and start-up times it measured. Any failed check is named on stderr; then it exits 1.
#
# Usage: packaging/smoke-test.sh [--no-build]   (--no-build: test what target/installer holds)
# Needs: JDK 25 (JAVA_HOME), Maven, dpkg-deb, fakeroot, rpmbuild.
set -euo pipefail
cd "$(dirname "$0")/.."

# The .deb must stay a reasonable download (the issue's target).
readonly MAX_DEB_BYTES=$((60 * 1024 * 1024))
# A headless first window normally takes 1 to 3 s; this only stops a hung start.
readonly GUI_TIMEOUT_SECONDS=120

if [ "${1:-}" != "--no-build" ]; then
  mvn -B -ntp -Pinstaller -DskipTests package
fi

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1" >&2; }
check() { # check NAME COMMAND...: passes when COMMAND succeeds
  local name=$1
  shift
  if "$@"; then pass "$name"; else fail "$name"; fi
}
contains() { grep -qF -- "$2" "$1"; }
# milliseconds since the epoch
now_ms() { echo $(($(date +%s%N) / 1000000)); }

version=$(sed -n 's/^version=//p' target/maven-archiver/pom.properties)
shopt -s nullglob
debs=(target/installer/sendready_*.deb)
rpms=(target/installer/sendready-*.rpm)
shopt -u nullglob
if [ ${#debs[@]} -ne 1 ]; then
  echo "smoke-test.sh: expected one .deb in target/installer, found ${#debs[@]}" >&2
  exit 1
fi
deb=${debs[0]}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root
dpkg-deb -x "$deb" "$root"
dpkg-deb -e "$deb" "$work/DEBIAN"
app=$root/opt/sendready
launcher=$app/bin/sendready     # jpackage's native launcher
cli=$app/lib/sendready-launch  # what /usr/bin/sendready links to and the desktop entry runs

# --- the package
deb_bytes=$(stat -c %s "$deb")
check ".deb is under 60 MB ($deb_bytes bytes)" test "$deb_bytes" -lt "$MAX_DEB_BYTES"
check "launcher is installed at /opt/sendready/bin/sendready" test -x "$launcher"
check "launch script is installed at /opt/sendready/lib/sendready-launch" test -x "$cli"
check "control: depends on GTK 3 (JavaFX loads it at run time)" \
  grep -qE '^Depends:.*libgtk-3-0' "$work/DEBIAN/control"
check "postinst: links /usr/bin/sendready" contains "$work/DEBIAN/postinst" \
  "ln -sf /opt/sendready/lib/sendready-launch /usr/bin/sendready"
check "postinst: installs the desktop entry and the MIME type" \
  grep -q 'xdg-desktop-menu install.*sendready-sendready.desktop' "$work/DEBIAN/postinst"
desktop=$app/lib/sendready-sendready.desktop
check "desktop entry: runs the launch script with the file it is given" contains "$desktop" \
  "Exec=/opt/sendready/lib/sendready-launch %f"
check "desktop entry: categories" contains "$desktop" "Categories=Network;Email;"
check "desktop entry: project file MIME type" contains "$desktop" "MimeType=application/x-sendready-project+json"
check "desktop entry: icon" contains "$desktop" "Icon=/opt/sendready/lib/sendready.png"
check "MIME type: *.sendready.json" contains "$app/lib/sendready-sendready-MimeInfo.xml" \
  '<glob pattern="*.sendready.json"'
check "licence file is installed" contains "$app/share/doc/copyright" "All rights reserved"

# --- the command line
out=$work/out
err=$work/err
run() { # run the installed command line; stdout in $out, stderr in $err
  "$cli" "$@" >"$out" 2>"$err"
}
median_ms() { # median_ms COMMAND...: the median wall time of 5 runs, in ms
  local start times=()
  for _ in 1 2 3 4 5; do
    start=$(now_ms)
    "$@" >/dev/null 2>&1 || true
    times+=($(($(now_ms) - start)))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}
check "--version prints 'sendready $version'" bash -c 'test "$("$0" --version)" = "$1"' \
  "$cli" "sendready $version"
check "--version, native launcher: the same" bash -c 'test "$("$0" --version)" = "$1"' \
  "$launcher" "sendready $version"
mkdir "$work/usr-bin"
ln -s "$cli" "$work/usr-bin/sendready"
check "--version through a link, as /usr/bin/sendready" bash -c \
  'test "$("$0" --version)" = "$1"' "$work/usr-bin/sendready" "sendready $version"
version_cli_ms=$(median_ms "$cli" --version)
version_launcher_ms=$(median_ms "$launcher" --version)

check "dkim keygen writes a key" run dkim keygen --domain example.com --selector s1 --out "$work"
check "records: exports the zone snippet" run records --domain example.com \
  --hostname mail.example.com --ip 192.0.2.10 --selector s1 --dkim-key "$work/s1.private"
all_records() { grep -q 'v=spf1' "$out" && grep -q 's1._domainkey' "$out" && grep -q 'v=DMARC1' "$out"; }
check "records: SPF, DKIM and DMARC are in it" all_records
check "records --format json: Jackson works on the module path" bash -c \
  '"$0" records --domain example.com --hostname mail.example.com --ip 192.0.2.10 --selector s1 \
     --dkim-key "$1" --format json | grep -q "\"zones\""' "$cli" "$work/s1.private"
bad_input() { # a usage error: exit 2, a "sendready: field: reason" line, no stack trace
  local status=0
  run records --domain "bad domain" --hostname mail.example.com --ip 192.0.2.10 || status=$?
  test "$status" -eq 2 && grep -q '^sendready: ' "$err" && ! grep -q 'Exception' "$err"
}
check "bad input: exit 2 with a one-line reason" bad_input

# --- class-data sharing: -Xshare:on fails unless the archive maps; the app's classes come
# from it
check "CDS archive maps and holds the app's classes" bash -c \
  'JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+load=info" "$0" --version 2>&1 |
     grep -q "org.sendready.cli.SendreadyCommand source: shared objects file"' "$cli"

# --- the wizard's first window, headless; -XX:AOTMode=on makes the start fail unless the
# wizard's ahead-of-time cache maps
check "wizard: ahead-of-time cache is installed" test -s "$app/lib/runtime/lib/server/wizard.aot"
start=$(now_ms)
JAVA_TOOL_OPTIONS="-XX:AOTMode=on -Dglass.platform=Headless -Dprism.order=sw -Dsendready.exitAfterFirstWindow=true -Dsendready.settings.dir=$work/settings" \
  timeout "$GUI_TIMEOUT_SECONDS" "$cli" >"$out" 2>"$err" && gui_status=0 || gui_status=$?
gui_total_ms=$(($(now_ms) - start))
check "wizard: first window shown, exit 0 (status $gui_status)" test "$gui_status" -eq 0
check "wizard: reports its first window" grep -q '^sendready: first window shown at [0-9]* epoch ms$' "$out"
if grep -v '^Picked up JAVA_TOOL_OPTIONS' "$err" | grep -q .; then
  fail "wizard: nothing on stderr"
  cat "$err" >&2
else
  pass "wizard: nothing on stderr"
fi
shown_at=$(sed -n 's/^sendready: first window shown at \([0-9]*\) epoch ms$/\1/p' "$out")
gui_first_window_ms=$((${shown_at:-$start} - start))

# --- the .rpm, where one was built
if [ ${#rpms[@]} -eq 1 ] && command -v rpm >/dev/null; then
  check ".rpm: installs the launcher, the launch script and /usr/bin/sendready" bash -c \
    'files=$(rpm -qlp "$0" 2>/dev/null) &&
     grep -qx /usr/bin/sendready <<<"$files" &&
     grep -qx /opt/sendready/bin/sendready <<<"$files" &&
     grep -qx /opt/sendready/lib/sendready-launch <<<"$files"' "${rpms[0]}"
  check ".rpm: requires gtk3" bash -c 'rpm -qp --requires "$0" 2>/dev/null | grep -qx gtk3' "${rpms[0]}"
fi

installed_kb=$(du -sk "$root" | cut -f1)
echo "measured: .deb $((deb_bytes / 1024)) KiB; installed $((installed_kb / 1024)) MiB;" \
  "--version ${version_cli_ms} ms (native launcher ${version_launcher_ms} ms; medians of 5);" \
  "headless first window ${gui_first_window_ms} ms after launch (${gui_total_ms} ms to exit)"
echo "smoke: $passed passed, $failed failed"
test "$failed" -eq 0
