#!/usr/bin/env bash
# The fast path (answers by class of world) against firing the rules afresh for every world, on N random queries
# over the shipped packs: every fact known, known as a value set, or unknown; random days and the packs' own
# edges; assumed readings. Exit 1 on any difference (the first ten are printed).
# Usage: bench/differential.sh [N=1000000] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.pledgescope.bench.Differential "${1:-1000000}" "${2:-20261128}"
