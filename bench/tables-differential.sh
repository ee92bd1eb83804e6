#!/usr/bin/env bash
# Differential run: the IBM and Microsoft packs as decision tables against their DRL versions
# (src/test/resources/packs/drl-versions) on N random queries each (all facts, unknown facts, assume).
# mvn verify runs 1,000 per pack (ConvertedPacksEqualityTest); this runs 100,000.
#   usage: bench/tables-differential.sh [N] [SEED]     (default 100000 2026)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
java -Dpledgescope.cache=target/compiled-rules-cache -cp "$PWD/target/test-classes:$PWD/target/classes:$(cat target/bench-classpath.txt)" \
  org.pledgescope.engine.tables.DifferentialRun "${1:-100000}" "${2:-2026}"
