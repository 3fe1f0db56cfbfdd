#!/usr/bin/env python3
"""Checks that a key past its rate limit does not slow other keys, against a running Narrative Lens.

Usage: python3 src/main/scripts/rate_limit_check.py BASE_URL FLOOD_KEY CALM_KEY [SECONDS] [THREADS] [INTERVAL]
Loopback use only; bounded: SECONDS (default 10, at most 60) of flooding by THREADS (default 8, at most 32).
Both keys GET a corpus id that does not exist (a real database look-up, answered 404). The calm key calls
every INTERVAL seconds (default 0.2; keep it within the key's limit) for 5 s before and SECONDS during the
flood. Prints the calm key's latency percentiles in both phases and the flood's answers by status; exits 1
if the calm key got anything but 404 (a 429 would mean one key's flood limited another).
Standard library only.
"""
import collections
import statistics
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid

BASE, FLOOD_KEY, CALM_KEY = sys.argv[1], sys.argv[2], sys.argv[3]
SECONDS = min(float(sys.argv[4]) if len(sys.argv) > 4 else 10.0, 60.0)
THREADS = min(int(sys.argv[5]) if len(sys.argv) > 5 else 8, 32)
INTERVAL = float(sys.argv[6]) if len(sys.argv) > 6 else 0.2
PATH = f"/v1/corpora/{uuid.uuid4()}"


def get(key):
    request = urllib.request.Request(BASE + PATH, headers={"X-API-Key": key})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status = response.status
    except urllib.error.HTTPError as e:
        status = e.code
    return status, (time.perf_counter() - started) * 1000


def calm_phase(seconds):
    latencies, statuses = [], collections.Counter()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        status, ms = get(CALM_KEY)
        statuses[status] += 1
        latencies.append(ms)
        time.sleep(INTERVAL)
    return latencies, statuses


def flood(stop, counts, lock):
    while not stop.is_set():
        status, _ = get(FLOOD_KEY)
        with lock:
            counts[status] += 1


def percentiles(latencies):
    q = statistics.quantiles(latencies, n=100, method="inclusive")
    return f"p50 {q[49]:.1f} ms, p95 {q[94]:.1f} ms, max {max(latencies):.1f} ms ({len(latencies)} calls)"


quiet_latencies, quiet_statuses = calm_phase(min(SECONDS, 5.0))
stop, lock, counts = threading.Event(), threading.Lock(), collections.Counter()
threads = [threading.Thread(target=flood, args=(stop, counts, lock)) for _ in range(THREADS)]
flood_started = time.monotonic()
for thread in threads:
    thread.start()
busy_latencies, busy_statuses = calm_phase(SECONDS)
stop.set()
for thread in threads:
    thread.join()
elapsed = time.monotonic() - flood_started

print(f"calm key, no flood:   {percentiles(quiet_latencies)}; answers {dict(quiet_statuses)}")
print(f"calm key, with flood: {percentiles(busy_latencies)}; answers {dict(busy_statuses)}")
print(f"flooding key: {sum(counts.values())} calls in {elapsed:.1f} s by {THREADS} threads "
      f"({sum(counts.values()) / elapsed:.0f}/s); answers {dict(sorted(counts.items()))}")
bad = {s for s in list(quiet_statuses) + list(busy_statuses) if s != 404}
sys.exit(1 if bad else 0)
