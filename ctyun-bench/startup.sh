#!/usr/bin/env bash
# Start-up benchmark of the installed ctyun CLI (issue 10): alternates `java -version`,
# `ctyun --version`, a signed `ctyun vpc list-vpcs` against a local emulator and a floor (the
# least a JVM program with the CLI's libraries does for one call: startup-floor/StartupFloor.java,
# compiled here and run with its own AppCDS archive), then prints the median wall time of each and
# its ratio to `java -version` (targets: --version <= 2x, list-vpcs <= 3x). Alternating spreads a busy machine's noise over all three; the load average
# is printed with the result so a reader can judge it.
#
# Usage: ctyun-bench/startup.sh [-n RUNS] [TARBALL]
#   TARBALL  the distribution to measure (default: ctyun-cli/target/ctyun-*.tar.gz; build it with
#            'mvn -B package -DskipTests')
# Needs Linux (GNU date for nanoseconds), a Java 17 JDK (javac, jar) on PATH or JAVA_HOME, tar.
set -euo pipefail

runs=15
if [ "${1:-}" = "-n" ]; then
  runs=$2
  shift 2
fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tarball="${1:-$(ls "$root"/ctyun-cli/target/ctyun-*.tar.gz 2>/dev/null | head -n 1)}"
if [ -z "$tarball" ] || [ ! -f "$tarball" ]; then
  echo "startup.sh: no distribution; run 'mvn -B package -DskipTests' first" >&2
  exit 2
fi
java_cmd=java javac_cmd=javac jar_cmd=jar
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java_cmd="$JAVA_HOME/bin/java" javac_cmd="$JAVA_HOME/bin/javac" jar_cmd="$JAVA_HOME/bin/jar"
fi

work="$(mktemp -d)"
data="$work/data"
cleanup() {
  "$ctyun" local stop --data-dir "$data" >/dev/null 2>&1 || true
  rm -rf "$work"
}
tar xzf "$tarball" -C "$work"
ctyun="$(ls -d "$work"/ctyun-*/bin/ctyun)"
trap cleanup EXIT

# a clean user: its own home, cache (for the AppCDS archive) and a fixed emulator account
export HOME="$work/home" CTYUN_CACHE_DIR="$work/cache"
export CTYUN_LOCAL_AK=AKSTARTUPBENCH000001 CTYUN_LOCAL_SK=SKSTARTUPBENCH00000000000000000001
export CTYUN_AK=$CTYUN_LOCAL_AK CTYUN_SK=$CTYUN_LOCAL_SK
mkdir -p "$HOME"

started="$("$ctyun" local start -d --port 0 --data-dir "$data" --quiet)"
endpoint="$(printf '%s\n' "$started" | sed -n 's/^ *endpoint: *//p' | head -n 1)"
export CTYUN_ENDPOINT_URL="$endpoint"
region=81f7728662dd11ec810800155d307d5b

# the first run records the AppCDS archive in the background: wait for it (bounded)
"$ctyun" --version >/dev/null
for _ in $(seq 1 600); do
  ls "$CTYUN_CACHE_DIR"/*.jsa >/dev/null 2>&1 && break
  sleep 0.2
done
ls "$CTYUN_CACHE_DIR"/*.jsa >/dev/null 2>&1 || echo "startup.sh: warning: no AppCDS archive was recorded" >&2
"$ctyun" vpc list-vpcs --region-id "$region" >/dev/null # warm the page cache

# the floor: compiled against the distribution's jar, with an archive of its own
lib="$(dirname "$ctyun")/../lib/ctyun.jar"
mkdir -p "$work/floor"
"$javac_cmd" -nowarn -cp "$lib" -d "$work/floor" "$root/ctyun-bench/startup-floor/StartupFloor.java"
"$jar_cmd" cf "$work/floor.jar" -C "$work/floor" .
floor=("$java_cmd" -Xshare:auto -XX:TieredStopAtLevel=1 -Xlog:disable -cp "$lib:$work/floor.jar" StartupFloor "$endpoint" --region-id "$region")
"${floor[@]:0:4}" -XX:ArchiveClassesAtExit="$work/floor.jsa" "${floor[@]:4}" >/dev/null 2>&1
floor=("${floor[@]:0:4}" -XX:SharedArchiveFile="$work/floor.jsa" "${floor[@]:4}")

ms() { # wall milliseconds of one run of "$@", output discarded
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

load_before="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
java_ms=() version_ms=() list_ms=() floor_ms=()
for _ in $(seq 1 "$runs"); do
  java_ms+=("$(ms "$java_cmd" -version)")
  version_ms+=("$(ms "$ctyun" --version)")
  list_ms+=("$(ms "$ctyun" vpc list-vpcs --region-id "$region")")
  floor_ms+=("$(ms "${floor[@]}")")
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"

java_med="$(printf '%s\n' "${java_ms[@]}" | median)"
version_med="$(printf '%s\n' "${version_ms[@]}" | median)"
list_med="$(printf '%s\n' "${list_ms[@]}" | median)"
floor_med="$(printf '%s\n' "${floor_ms[@]}" | median)"
ratio() { awk -v a="$1" -v b="$java_med" 'BEGIN { printf "%.1f", a / b }'; }

echo "ctyun start-up: $runs alternating runs of each, $(nproc 2>/dev/null || echo '?') cores"
echo "load average before: $load_before, after: $load_after"
printf '%-28s %10s %8s %8s\n' command "median ms" ratio target
printf '%-28s %10s %8s %8s\n' "java -version" "$java_med" 1.0 ""
printf '%-28s %10s %8s %8s\n' "ctyun --version" "$version_med" "$(ratio "$version_med")" "<= 2.0"
printf '%-28s %10s %8s %8s\n' "ctyun vpc list-vpcs (signed)" "$list_med" "$(ratio "$list_med")" "<= 3.0"
printf '%-28s %10s %8s %8s\n' "floor (same libraries)" "$floor_med" "$(ratio "$floor_med")" ""
echo "all runs (ms): java ${java_ms[*]}"
echo "               --version ${version_ms[*]}"
echo "               list-vpcs ${list_ms[*]}"
echo "               floor ${floor_ms[*]}"
