#!/usr/bin/env python3
"""Writes N random, distinct, fully specified NDJSON queries (default 100,000; seed 1): every fact at random, the
use, known and contract days at random over 2019-2026, about one of the three shipped pledges. No two lines are
equal, and few share a world: what a batch of real, varied uses looks like, not one body repeated."""
import datetime
import json
import random
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
PLEDGES = ["amazon-rekognition-moratorium", "ibm-facial-recognition-exit", "microsoft-police-sales"]
AGENCY = ["MUNICIPAL_POLICE", "SHERIFF", "STATE_POLICE", "FEDERAL_LAW_ENFORCEMENT", "IMMIGRATION_ENFORCEMENT",
          "BORDER_PROTECTION", "OTHER_GOVERNMENT", "NONPROFIT", "COMMERCIAL", "RESEARCH"]
ACTIVITY = ["SALE", "RENEWAL", "PILOT", "USE", "SUPPORT", "DEVELOPMENT"]
CAPABILITY = ["FACE_COMPARISON", "FACE_DETECTION", "FACE_ANALYSIS", "OTHER_IMAGE_ANALYSIS"]
PURPOSE = ["CRIMINAL_INVESTIGATION", "MISSING_PERSONS", "HUMAN_TRAFFICKING_VICTIMS", "SURVEILLANCE", "IMMIGRATION",
           "IDENTITY_VERIFICATION", "OTHER"]
COUNTRY = ["US", "US", "US", "GB", "FR", "CA", "JP"]
START = datetime.date(2019, 1, 1)


def day():
    return (START + datetime.timedelta(days=rng.randrange(8 * 365))).isoformat()


seen = set()
out = sys.stdout
while len(seen) < n:
    q = {"pledge": rng.choice(PLEDGES), "useDate": day(), "asKnownOn": day(),
         "agency": {"type": rng.choice(AGENCY), "country": rng.choice(COUNTRY)}, "activity": rng.choice(ACTIVITY),
         "capability": rng.choice(CAPABILITY), "purpose": rng.choice(PURPOSE), "contract": {"signedOn": day()}}
    line = json.dumps(q, separators=(",", ":"))
    if line in seen:
        continue
    seen.add(line)
    out.write(line)
    out.write("\n")
