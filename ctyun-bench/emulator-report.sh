#!/usr/bin/env bash
# Reproduces the emulator table of BENCHMARKS.md in one run: closed-loop maxima of the no-op health
# call, signed show-endpoint and durable create-endpoint, then open-loop latency of show and create
# at 50% and 80% of their own maximum, CPU per call, cores, load average and the targets.
# Extra arguments go to the driver, e.g. --seconds 20, --arrivals uniform, or
# --endpoint-url http://127.0.0.1:8080 --profile local (an emulator started separately).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f ctyun-bench/target/benchmarks.jar ]; then
  mvn -q -B -pl ctyun-bench -am install -DskipTests
fi
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
# the JVM flags 'ctyun local start' runs the emulator with (the driver shares this JVM)
exec java -XX:MaxGCPauseMillis=5 -Xms1g -Xmx1g -XX:+AlwaysPreTouch -cp ctyun-bench/target/benchmarks.jar \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  io.github.ctyunjava.bench.EmulatorLoadBenchmark --report "$@"
