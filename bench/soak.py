#!/usr/bin/env python3
"""The hostile load of bench/soak.sh, beside wrk's normal queries: for DURATION seconds

  - a map flood: FLOOD clients at a time, each asking for a map no one asked before (packs, days and where= picked
    at random; a third of them of many-cells, the test fixture packs/large-map copied beside the shipped packs:
    8,856 to 35,424 cells, around the limit a 256 MiB heap sets, nearly a region a cell) and giving up after 1 s,
    so most maps are refused (429, or 400 past the limit) or stopped when their client leaves;
  - slow NDJSON senders: SLOW chunked streams, each sending one query every 5 s for as long as it is taken (a
    refused one, 429, tries again after its Retry-After);
  - reloads: every 2 s (SOAK_RELOAD_EVERY) a comment in Amazon's pack.yaml is changed (SOAK_RELOAD_EDIT=rules: in its
    decisions.drl, which the reload must compile) and the rules reloaded.

Prints what each answered, by status, and exits 1 if any 5xx other than a map's 503 (its time limit) was answered.
Usage: soak.py BASE RULES_DIR ADMIN_TOKEN DURATION_SECONDS [FLOOD=16] [SLOW=40]
"""
import collections
import http.client
import json
import os
import random
import socket
import sys
import threading
import time
import urllib.parse

base, rules, token, duration = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
flood = int(sys.argv[5]) if len(sys.argv) > 5 else 16
slow = int(sys.argv[6]) if len(sys.argv) > 6 else 40
host, port = urllib.parse.urlparse(base).hostname, urllib.parse.urlparse(base).port
stop_at = time.time() + duration
counts = collections.defaultdict(collections.Counter)
lock = threading.Lock()
query = json.dumps(json.load(open("examples/queries/police-face-search.json")))


def count(what, status):
    with lock:
        counts[what][status] += 1


def map_path(rng):
    if rng.random() < 1 / 3:
        day = f"20{rng.randint(20, 23)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        values = ",".join(f"A{i}" for i in range(1, rng.randint(1, 4) + 1))
        return f"/v1/pledges/many-cells/map?asKnownOn={day}&where=sample.a={values}"
    pack = rng.choice(["amazon-rekognition-moratorium", "ibm-facial-recognition-exit", "google-cloud-face-apis",
                       "microsoft-police-sales"])
    day = f"20{rng.randint(20, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    use = f"20{rng.randint(20, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    where = rng.choice(["", "&where=agency.type=police", "&where=activity=USE", "&where=purpose=OTHER"])
    if rng.random() < 0.2:
        return f"/v1/pledges/{pack}/diff?asKnownOn={day}&vs={use}&useDate={use}"
    return f"/v1/pledges/{pack}/map?asKnownOn={day}&useDate={use}{where}"


def flooder(seed):
    rng = random.Random(seed)
    while time.time() < stop_at:
        conn = http.client.HTTPConnection(host, port, timeout=1)
        try:
            conn.request("GET", map_path(rng))
            count("map", conn.getresponse().status)
        except (socket.timeout, TimeoutError):
            count("map", "gave up after 1 s")
        except OSError as e:
            count("map", type(e).__name__)
        finally:
            conn.close()


def slow_sender(n):
    line = (query + "\n").encode()
    chunk = b"%x\r\n%s\r\n" % (len(line), line)
    while time.time() < stop_at:
        s = socket.create_connection((host, port))
        try:
            s.sendall(b"POST /v1/coverage/batch HTTP/1.1\r\nHost: %s:%d\r\nContent-Type: application/x-ndjson\r\n"
                      b"Transfer-Encoding: chunked\r\n\r\n" % (host.encode(), port) + chunk)
            s.settimeout(0.5)
            try:
                answer = s.recv(4096).decode(errors="replace")
                status = int(answer[9:12]) if answer.startswith("HTTP/1.1 ") else "no answer"
                count("ndjson stream", status)
                retry = 1
                for header in answer.split("\r\n"):
                    if header.lower().startswith("retry-after:"):
                        retry = int(header.split(":")[1])
                time.sleep(retry)
                continue
            except socket.timeout:
                pass  # taken: send a line every 5 s while the soak lasts
            while time.time() < stop_at:
                time.sleep(5)
                s.sendall(chunk)
            s.sendall(b"0\r\n\r\n")
            s.settimeout(30)
            answer = b""
            while not answer.endswith(b"0\r\n\r\n"):
                data = s.recv(65536)
                if not data:
                    break
                answer += data
            count("ndjson stream", int(answer[9:12]) if answer.startswith(b"HTTP/1.1 ") else "no answer")
        except OSError as e:
            count("ndjson stream", type(e).__name__)
        finally:
            s.close()


def reloader():
    # SOAK_RELOAD_EDIT=comment (default): a comment in Amazon's pack.yaml, an edit that changes no meaning (the reload
    # keeps the pack's compiled rules and table); =rules: a comment in its decisions.drl, which the reload compiles
    # afresh (its table then refills in the background, from the rules meanwhile).
    edit = os.environ.get("SOAK_RELOAD_EDIT", "comment")
    name, mark = ("decisions.drl", "//") if edit == "rules" else ("pack.yaml", "#")
    path = os.path.join(rules, "amazon-rekognition-moratorium", name)
    original = open(path).read()
    n = 0
    while time.time() < stop_at:
        n += 1
        with open(path, "w") as f:
            f.write(original + f"\n{mark} soak reload {n % 2}\n")
        conn = http.client.HTTPConnection(host, port, timeout=60)
        try:
            conn.request("POST", "/v1/ruleset/reload", headers={"Authorization": "Bearer " + token})
            count("reload", conn.getresponse().status)
        except OSError as e:
            count("reload", type(e).__name__)
        finally:
            conn.close()
        time.sleep(float(os.environ.get("SOAK_RELOAD_EVERY", "2")))
    with open(path, "w") as f:
        f.write(original)


threads = [threading.Thread(target=flooder, args=(i,)) for i in range(flood)]
threads += [threading.Thread(target=slow_sender, args=(i,)) for i in range(slow)]
threads.append(threading.Thread(target=reloader))
for t in threads:
    t.daemon = True
    t.start()
for t in threads:
    t.join(duration + 60)
bad = 0
for what, statuses in sorted(counts.items()):
    print(f"{what}: " + ", ".join(f"{s}: {n}" for s, n in sorted(statuses.items(), key=str)))
    bad += sum(n for s, n in statuses.items() if isinstance(s, int) and s >= 500 and not (what == "map" and s == 503))
sys.exit(1 if bad else 0)
