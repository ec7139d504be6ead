#!/usr/bin/env bash
# Builds the runtime's class-data-sharing archive from what sendready loads at start.
#
# Usage: cds-archive.sh RUNTIME IMAGE_ARGS
#   RUNTIME     the jlink'd runtime (target/installer/runtime)
#   IMAGE_ARGS  the jpackage args file whose --java-options the launcher will pass
#
# Training runs, with the launcher's java options: --version, dkim keygen, records, and the
# wizard's first window on JavaFX's headless platform. Their class lists are merged and dumped
# (-Xshare:dump) over the runtime's default archive (lib/server/classes.jsa, bin/server on
# Windows), which the JVM maps on every start without any option: the JDK's own start-up
# classes plus the CLI's and the wizard's. The archive only holds classes from the runtime
# image, so it stays valid wherever the image is installed.
#
# On Linux it also writes the wizard's ahead-of-time cache (JEP 483/514/515, JDK 25) beside it,
# lib/server/wizard.aot, from one more training run to the first window: classes loaded and
# linked ahead of time plus the run's method profiles, about a fifth off the wizard's start.
# The launch script (packaging/linux/sendready-launch) passes it for wizard starts only: it
# holds no command-line classes, and a JVM maps one archive, so the CLI keeps the default
# one. jpackage's native launchers (Windows, macOS) pass the same options to every start.
set -euo pipefail

runtime=$1
image_args=$2
java="$runtime/bin/java"
work="$(dirname "$runtime")/cds"
rm -rf "$work"
mkdir -p "$work/keys"

# The launcher's JVM options and main module, from the one place they are written.
java_options=()
main=
while read -r option value; do
  case $option in
    --java-options) java_options+=("$value") ;;
    --module) main=$value ;;
  esac
done <"$image_args"

jvm_dir=$(dirname "$(find "$runtime" -name 'libjvm.so' -o -name 'libjvm.dylib' -o -name 'jvm.dll' | head -n 1)")
n=0
train() {
  n=$((n + 1))
  "$java" "${java_options[@]}" -Dsendready.settings.dir="$work/settings" \
    -XX:DumpLoadedClassList="$work/run$n.classlist" "$@" >"$work/run$n.out" 2>&1 || {
    echo "cds-archive.sh: training run $n failed: $*" >&2
    cat "$work/run$n.out" >&2
    exit 1
  }
}
train -m "$main" --version
train -m "$main" dkim keygen --domain example.com --selector s1 --out "$work/keys"
train -m "$main" records --domain example.com --hostname mail.example.com --ip 192.0.2.10 \
  --selector s1 --dkim-key "$work/keys/s1.private"
train -Dglass.platform=Headless -Dprism.order=sw -Dsendready.exitAfterFirstWindow=true -m "$main"

# One list: the ids each run numbered its classes with differ, so drop them and keep the first
# occurrence of each line. picocli is compiled for Java 5: CDS archives such old classes only
# if the dump does not link them, and pre-resolving their constants and lambdas would, so
# those entries go.
cat "$work"/run*.classlist | grep -v '^#' | grep -v '^@.*picocli/' | sed 's/ id: [0-9]*$//' |
  awk '!seen[$0]++' >"$work/sendready.classlist"

# With the launcher's main module and options, so the archived module graph matches its start.
"$java" "${java_options[@]}" -Xshare:dump -XX:SharedClassListFile="$work/sendready.classlist" \
  -XX:SharedArchiveFile="$jvm_dir/classes.jsa" -m "$main" >"$work/dump.out" 2>&1 || {
  echo "cds-archive.sh: -Xshare:dump failed" >&2
  cat "$work/dump.out" >&2
  exit 1
}
echo "cds-archive.sh: $(grep -c . "$work/sendready.classlist") class-list lines archived in $jvm_dir/classes.jsa"

if [ "$(uname -s)" = Linux ]; then
  # Trained on an X display of its own when Xvfb is installed, so GTK's classes and a real
  # window's profile come with the cache (30 ms off a desktop start); headless otherwise.
  where=(-Dglass.platform=Headless -Dprism.order=sw)
  trained_on=headless
  xvfb_pid=
  if command -v Xvfb >/dev/null; then
    Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
    if [ -s "$work/display" ]; then
      export DISPLAY=":$(head -n 1 "$work/display")"
      where=()
      trained_on="Xvfb $DISPLAY"
    fi
  fi
  rm -f "$jvm_dir/wizard.aot"
  status=0
  "$java" "${java_options[@]}" "${where[@]}" -Dsendready.settings.dir="$work/settings" \
    -Dsendready.exitAfterFirstWindow=true -XX:AOTCacheOutput="$jvm_dir/wizard.aot" \
    -m "$main" >"$work/aot.out" 2>&1 || status=$?
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  if [ "$status" -ne 0 ] || [ ! -s "$jvm_dir/wizard.aot" ]; then
    echo "cds-archive.sh: the wizard's ahead-of-time cache was not written" >&2
    cat "$work/aot.out" >&2
    exit 1
  fi
  echo "cds-archive.sh: the wizard's ahead-of-time cache is $jvm_dir/wizard.aot (trained on $trained_on)"
fi
