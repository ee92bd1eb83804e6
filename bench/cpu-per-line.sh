#!/usr/bin/env bash
# CPU time per `batch` line on the shipped packs, read from the benchmark thread's CPU clock (robust on a busy
# machine, where JMH's wall-clock figures are not). Same workloads as bench/jmh.sh.
# Usage: bench/cpu-per-line.sh [repeated|distinct] [WARMUP_LINES] [LINES_PER_ROUND] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.pledgescope.bench.CpuPerLine "${1:-distinct}" "${2:-200000}" "${3:-100000}" "${4:-5}"
