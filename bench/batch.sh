#!/usr/bin/env bash
# Batch throughput: N fully specified queries (default 100,000) through `pledgescope batch` on one core.
# Usage: bench/batch.sh [N]     (build first: mvn -B package -DskipTests)
# The JVM is pinned to one CPU with taskset when available. Reports the whole run (JVM start, rule loading and
# the JIT's warm-up on that one core included) and, from a second run over 5N lines, the throughput of the
# lines after the first N: what `batch` sustains once warm.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
source bench/lib.sh
need_jar
jar=$JAR
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
awk -v n="$n" 'BEGIN {
  split("MUNICIPAL_POLICE SHERIFF STATE_POLICE FEDERAL_LAW_ENFORCEMENT IMMIGRATION_ENFORCEMENT BORDER_PROTECTION OTHER_GOVERNMENT NONPROFIT COMMERCIAL RESEARCH", agency, " ");
  split("SALE RENEWAL PILOT USE SUPPORT DEVELOPMENT", activity, " ");
  split("FACE_COMPARISON FACE_DETECTION FACE_ANALYSIS OTHER_IMAGE_ANALYSIS", capability, " ");
  split("CRIMINAL_INVESTIGATION MISSING_PERSONS HUMAN_TRAFFICKING_VICTIMS SURVEILLANCE IMMIGRATION IDENTITY_VERIFICATION OTHER", purpose, " ");
  split("US US US GB", country, " ");
  split("2017-10-01 2020-08-01 2021-03-15", signed, " ");
  split("2020-07-15 2021-07-01 2024-02-01", known, " ");
  for (i = 0; i < 5 * n; i++) {
    printf "{\"pledge\":\"amazon-rekognition-moratorium\",\"useDate\":\"2020-07-15\",\"asKnownOn\":\"%s\",\"agency\":{\"type\":\"%s\",\"country\":\"%s\"},\"activity\":\"%s\",\"capability\":\"%s\",\"purpose\":\"%s\",\"contract\":{\"signedOn\":\"%s\"}}\n",
      known[i % 3 + 1], agency[i % 10 + 1], country[int(i / 10) % 4 + 1], activity[int(i / 40) % 6 + 1],
      capability[int(i / 7) % 4 + 1], purpose[int(i / 3) % 7 + 1], signed[int(i / 11) % 3 + 1];
  }
}' > "$work/queries-5n.ndjson"
head -n "$n" "$work/queries-5n.ndjson" > "$work/queries.ndjson"
pin=$PIN
echo "queries: $n (generated in $work/queries.ndjson)"
# Start-up (JVM, rule compilation) measured alone on one query, then the whole batch.
s0=$(date +%s.%N)
head -1 "$work/queries.ndjson" | $pin java -jar "$jar" batch > /dev/null
s1=$(date +%s.%N)
$pin java -jar "$jar" batch < "$work/queries.ndjson" > "$work/answers.ndjson"
s2=$(date +%s.%N)
lines=$(wc -l < "$work/answers.ndjson")
errors=$(grep -c '^{"line"' "$work/answers.ndjson" || true)
awk -v a="$s0" -v b="$s1" -v c="$s2" -v n="$lines" -v err="$errors" 'BEGIN {
  startup = b - a; total = c - b
  printf "answers: %d (errors: %d)\n", n, err
  printf "wall time: %.2f s, of which start-up (JVM + rule compilation): %.2f s\n", total, startup
  printf "throughput: %.0f decisions/s overall, %.0f decisions/s after start-up\n", n / total, n / (total - startup) }'
s3=$(date +%s.%N)
$pin java -jar "$jar" batch < "$work/queries-5n.ndjson" > "$work/answers-5n.ndjson"
s4=$(date +%s.%N)
lines5=$(wc -l < "$work/answers-5n.ndjson")
awk -v a="$s1" -v b="$s2" -v c="$s3" -v d="$s4" -v n="$lines" -v n5="$lines5" 'BEGIN {
  printf "warm: %d lines in %.2f s; the %d lines after the first %d: %.0f decisions/s\n", n5, d - c, n5 - n, n,
    (n5 - n) / ((d - c) - (b - a)) }'
