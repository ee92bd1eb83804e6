#!/usr/bin/env python3
"""Writes N NDJSON queries (default 100,000): the example query and variations of its facts and dates."""
import json
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
with open("examples/queries/police-face-search.json") as f:
    base = json.load(f)
variants = []
for use_date in ("2020-07-15", "2021-08-01", "2024-03-01"):
    for agency in ("MUNICIPAL_POLICE", "FEDERAL_LAW_ENFORCEMENT", "NONPROFIT"):
        for purpose in ("CRIMINAL_INVESTIGATION", "MISSING_PERSONS"):
            q = json.loads(json.dumps(base))
            q["useDate"] = q["asKnownOn"] = use_date
            q["agency"]["type"] = agency
            q["purpose"] = purpose
            variants.append(json.dumps(q, separators=(",", ":")))
out = sys.stdout
for i in range(n):
    out.write(variants[i % len(variants)])
    out.write("\n")
