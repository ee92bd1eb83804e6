#!/usr/bin/env bash
# Times `pledgescope test` on 1,000 generated scenarios (10 suites of 100) in one JVM run.
# Ten known cases (the engine issue's ground truths plus open questions and omitted facts, some needing up to
# ten worlds each), each repeated with 100 use dates inside the one-year term, as known on 2020-07-15.
# Usage: bench/scenarios.sh [COUNT_PER_CASE]   (builds target/pledgescope.jar first if it is missing;
#        KEEP=1 keeps the generated suites and prints their directory)
set -euo pipefail
cd "$(dirname "$0")/.."
per_case=${1:-100}
[ -f target/pledgescope.jar ] || mvn -o -q package -DskipTests
dir=$(mktemp -d)
[ -n "${KEEP:-}" ] && echo "$dir" >&2 || trap 'rm -rf "$dir"' EXIT

police='agency: { type: MUNICIPAL_POLICE, country: US }, activity: USE, capability: FACE_COMPARISON'
cases=(
  "police-face-search|{ $police, purpose: CRIMINAL_INVESTIGATION, contract: { signedOn: 2020-08-01 } }|{ verdict: COVERED, clauses: [amazon-2020-06-10#police-use] }"
  "police-object-analysis|{ agency: { type: MUNICIPAL_POLICE, country: US }, activity: USE, capability: OTHER_IMAGE_ANALYSIS, purpose: CRIMINAL_INVESTIGATION, contract: { signedOn: 2020-08-01 } }|{ verdict: NOT_COVERED }"
  "thorn|{ agency: { name: Thorn, type: NONPROFIT, country: US }, activity: USE, capability: FACE_COMPARISON, purpose: HUMAN_TRAFFICKING_VICTIMS }|{ verdict: NOT_COVERED, clauses: [amazon-2020-06-10#humanitarian-organizations] }"
  "ice|{ agency: { type: IMMIGRATION_ENFORCEMENT, country: US }, activity: USE, capability: FACE_COMPARISON, purpose: IMMIGRATION, contract: { signedOn: 2020-07-01 } }|{ verdict: UNDETERMINED, openQuestions: [amazon-federal-agencies] }"
  "sheriff-2017|{ agency: { type: SHERIFF, country: US }, activity: USE, capability: FACE_COMPARISON, purpose: CRIMINAL_INVESTIGATION, contract: { signedOn: 2017-10-01 } }|{ verdict: UNDETERMINED, openQuestions: [amazon-existing-contracts] }"
  "sheriff-2017-applies|{ agency: { type: SHERIFF, country: US }, activity: USE, capability: FACE_COMPARISON, purpose: CRIMINAL_INVESTIGATION, contract: { signedOn: 2017-10-01 }, assume: { amazon-existing-contracts: applies } }|{ verdict: COVERED, assumed: { amazon-existing-contracts: applies } }"
  "police-sale|{ agency: { type: MUNICIPAL_POLICE, country: US }, activity: SALE, capability: FACE_COMPARISON, purpose: CRIMINAL_INVESTIGATION, contract: { signedOn: 2020-07-01 } }|{ verdict: UNDETERMINED, openQuestions: [amazon-sales] }"
  "purpose-omitted|{ $police, contract: { signedOn: 2020-08-01 } }|{ verdict: UNDETERMINED, missingFacts: [purpose], openQuestions: [amazon-police-humanitarian-use] }"
  "agency-type-omitted|{ agency: { country: US }, activity: USE, capability: FACE_COMPARISON, purpose: CRIMINAL_INVESTIGATION, contract: { signedOn: 2020-08-01 } }|{ verdict: UNDETERMINED, missingFacts: [agency.type], openQuestions: [amazon-federal-agencies] }"
  "uk-police|{ agency: { type: MUNICIPAL_POLICE, country: GB }, activity: USE, capability: FACE_COMPARISON, purpose: CRIMINAL_INVESTIGATION, contract: { signedOn: 2020-08-01 } }|{ verdict: UNDETERMINED, openQuestions: [amazon-foreign-police] }"
)

for c in "${cases[@]}"; do
  IFS='|' read -r id query expect <<<"$c"
  {
    echo "suite: Generated $id"
    echo "pledge: amazon-rekognition-moratorium"
    echo "defaults: { asKnownOn: 2020-07-15 }"
    echo "scenarios:"
    for ((i = 0; i < per_case; i++)); do
      day=$(date -u -d "2020-06-10 + $i days" +%F)
      echo "  - name: $id on $day"
      echo "    query: { useDate: $day, ${query#\{ }"
      echo "    expect: $expect"
    done
  } >"$dir/$id.yaml"
done

total=$((${#cases[@]} * per_case))
echo "running $total scenarios from $dir" >&2
# Wall clock for the whole command: JVM start, rule compilation, reading the suites and running them.
# Extra JVM flags can be tried through JDK_JAVA_OPTIONS (e.g. -XX:TieredStopAtLevel=1).
TIMEFORMAT="$total scenarios: %R s wall clock (%U s user, %S s system CPU)"
status=0
time { java -jar target/pledgescope.jar test --rules rules "$dir" | tail -n 1 || status=$?; }
exit "$status"
