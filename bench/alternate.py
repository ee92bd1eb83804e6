#!/usr/bin/env python3
"""Times shell commands alternately, for a fair comparison on a machine whose speed drifts.

usage: bench/alternate.py ROUNDS 'COMMAND A' 'COMMAND B' ...   (env: PREP='shell command run before each run')

Runs A, B, ... in turn, ROUNDS times, each as a new process with its output discarded, and prints per command
the median, mean, fastest and slowest wall time. A run that exits non-zero is reported on stderr.
Example (bin/pledgescope against plain java -jar on a cold `test --pack`):
  bench/alternate.py 10 'bin/pledgescope test --pack amazon-rekognition-moratorium examples' \
                        'java -jar target/pledgescope.jar test --pack amazon-rekognition-moratorium examples'
"""
import subprocess, sys, time, statistics, os
n = int(sys.argv[1]); cmds = sys.argv[2:]
prep = os.environ.get('PREP')
times = {c: [] for c in cmds}
for r in range(n):
    for c in cmds:
        if prep: subprocess.run(prep, shell=True)
        t = time.monotonic(); p = subprocess.run(c, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); dt = time.monotonic() - t
        if p.returncode not in (0,): print('rc', p.returncode, c, file=sys.stderr)
        times[c].append(dt)
for c in cmds:
    t = times[c]
    print(f"median {statistics.median(t):.3f} s  mean {statistics.mean(t):.3f}  min {min(t):.3f}  max {max(t):.3f}  n={len(t)}  {c[:110]}")
