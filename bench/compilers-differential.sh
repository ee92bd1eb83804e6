#!/usr/bin/env bash
# Differential run: every shipped pack compiled with Drools' classic compiler — for an edit (serve --watch, test
# --watch: actions compiled as Java) and for one run (test, validate on a pack missing from the cache: actions
# interpreted by MVEL) — against the executable model, on N random queries each (all facts, unknown facts, assume).
# mvn verify runs 1,000 per pack (ClassicCompileEqualityTest); this runs 100,000.
#   usage: bench/compilers-differential.sh [N] [SEED]     (default 100000 2026)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
java -Dpledgescope.cache=target/compiled-rules-cache -cp "$PWD/target/test-classes:$PWD/target/classes:$(cat target/bench-classpath.txt)" \
  org.pledgescope.engine.tables.CompilersDifferentialRun "${1:-100000}" "${2:-2026}"
