#!/usr/bin/env bash
# JMH: throughput of `pledgescope batch` per input line once warm (parse, evaluate, write the Decision JSON),
# on the shipped packs, one benchmark thread on one CPU (taskset when available).
# Usage: [BENCH=EvaluateBenchmark] bench/jmh.sh [JMH options]     e.g. bench/jmh.sh -p workload=distinct -wi 3 -w 10s -i 3 -r 10s
# Without options: 1 fork, 5 warm-up iterations of 10 s, 5 measured iterations of 10 s, both workloads.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
pin=""
command -v taskset >/dev/null && pin="taskset -c 0"
opts=("$@")
[ ${#opts[@]} -eq 0 ] && opts=(-wi 5 -w 10s -i 5 -r 10s)
exec $pin java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.openjdk.jmh.Main "${BENCH:-BatchLineBenchmark}" -t 1 -f 1 "${opts[@]}"
