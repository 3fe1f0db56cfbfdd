#!/usr/bin/env python3
"""What the statement stage costs the service: wall time and peak resident memory of one analysis, without and with it.

Starts the packaged service (target/quarkus-app) once per mode, each on its own H2 file under target/statement-cost,
ingests the first MAX documents of a topic of a documents.jsonl, runs one analysis and waits for it. "off" sets
narrative-lens.statements.min-terms out of reach and load-at-startup false, so no sentence is selected and the parser
is never loaded; "on" is the default (the parser loads in the background at startup, while the documents arrive).
Prints, per mode and run, the seconds from the first document sent to the analysis's success, the stage times the
service recorded (/q/metrics), and the process's peak resident set (VmHWM); then the medians, the on/off wall ratio between runs and within each "on" run, and the difference of peak resident memory. Usage:

  python3 src/test/scripts/statement-cost.py [documents.jsonl] [topic] [max documents] [runs] [heap]
  python3 src/test/scripts/statement-cost.py ../shared/data/allsides-dev/documents.jsonl taxes 150 3 2g
"""
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
PORT = int(os.environ.get("PORT", "18106"))
KEY = "statement-cost-key-0123456789"
BASE = f"http://127.0.0.1:{PORT}"


def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(BASE + path, data=data, method=method,
                                     headers={"X-API-Key": KEY, "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=600) as response:
        text = response.read().decode()
        return json.loads(text) if text.startswith(("{", "[")) else text


def documents(path, topic, limit):
    chosen = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row.get("topic") == topic or topic == "all":
                chosen.append({"externalId": str(row["id"]), "source": row["source"], "text": row["text"]})
                if len(chosen) == limit:
                    break
    return chosen


def peak_rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        return int(re.search(r"VmHWM:\s+(\d+) kB", f.read()).group(1)) / 1024


def stage_seconds(metrics):
    seconds = {}
    for line in metrics.splitlines():
        m = re.match(r'narrativelens_analysis_stage_seconds_sum\{.*stage="(\w+)".*\} ([0-9.eE+-]+)', line)
        if m:
            seconds[m.group(1)] = float(m.group(2))
    return seconds


def run(mode, docs, heap, run_index):
    data = os.path.join(ROOT, "target", "statement-cost", f"{mode}-{run_index}")
    shutil.rmtree(data, ignore_errors=True)
    os.makedirs(data)
    args = ["java", f"-Xmx{heap}", f"-Dquarkus.http.port={PORT}", "-Dquarkus.http.host=127.0.0.1",
            f"-Dnarrative-lens.security.api-keys={KEY}:cost",
            "-Dnarrative-lens.security.rate-limit-per-minute=1000000",
            f"-Dquarkus.datasource.jdbc.url=jdbc:h2:file:{data}/db;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"]
    if mode == "off":
        args += ["-Dnarrative-lens.statements.min-terms=1000000", "-Dnarrative-lens.statements.load-at-startup=false"]
    args += ["-jar", os.path.join(ROOT, "target", "quarkus-app", "quarkus-run.jar")]
    with open(os.path.join(data, "service.log"), "w") as log:
        service = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
    try:
        for _ in range(180):
            try:
                urllib.request.urlopen(BASE + "/q/health/ready", timeout=2)
                break
            except Exception:
                if service.poll() is not None:
                    sys.exit(f"the service stopped; see {data}/service.log")
                time.sleep(1)
        corpus = call("POST", "/v1/corpora", {"name": f"statement-cost-{mode}"})["id"]
        start = time.monotonic()
        for i in range(0, len(docs), 200):
            call("POST", f"/v1/corpora/{corpus}/documents", docs[i:i + 200])
        analysis = call("POST", f"/v1/corpora/{corpus}/analyses", {})["id"]
        while True:
            status = call("GET", f"/v1/analyses/{analysis}")["status"]
            if status in ("succeeded", "failed", "cancelled"):
                break
            time.sleep(0.5)
        wall = time.monotonic() - start
        if status != "succeeded":
            sys.exit(f"analysis {status}; see {data}/service.log")
        stages = stage_seconds(call("GET", "/q/metrics"))
        return {"mode": mode, "wall": wall, "rss": peak_rss_mib(service.pid), **stages}
    finally:
        service.terminate()
        service.wait(60)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/allsides-dev/documents.jsonl"
    topic = sys.argv[2] if len(sys.argv) > 2 else "taxes"
    limit = int(sys.argv[3]) if len(sys.argv) > 3 else 150
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    heap = sys.argv[5] if len(sys.argv) > 5 else "2g"
    if not os.path.isfile(os.path.join(ROOT, "target", "quarkus-app", "quarkus-run.jar")):
        subprocess.run([os.path.join(ROOT, "mvnw"), "-B", "-ntp", "-q", "package", "-DskipTests"], cwd=ROOT,
                       check=True)
    docs = documents(path, topic, limit)
    print(f"{len(docs)} documents of {topic} from {path}; heap limit {heap}; {runs} runs per mode, alternating")
    results = []
    for i in range(runs):
        for mode in ("off", "on"):
            r = run(mode, docs, heap, i)
            results.append(r)
            print(" ".join(f"{k}={v:.1f}" if isinstance(v, float) else f"{k}={v}" for k, v in r.items()), flush=True)
    median = {}
    for mode in ("off", "on"):
        rows = [r for r in results if r["mode"] == mode]
        median[mode] = {k: statistics.median(r.get(k, 0.0) for r in rows) for k in rows[0] if k != "mode"}
        print(f"median {mode}: " + ", ".join(f"{k} {v:.1f}" for k, v in median[mode].items()))
    # On a shared machine the load drifts between runs; the ratio within each "on" run (its wall against the same
    # run without the parse and the narratives, plus the sentence split an "off" run does anyway) is steadier.
    split = median["off"].get("statements", 0.0)
    within = [r["wall"] / (r["wall"] - r.get("statements", 0.0) - r.get("narratives", 0.0) + split)
              for r in results if r["mode"] == "on"]
    print(f"on/off: wall {median['on']['wall'] / median['off']['wall']:.2f}x between runs, "
          f"{statistics.median(within):.2f}x within a run ({', '.join(f'{w:.2f}' for w in within)}); "
          f"peak resident +{median['on']['rss'] - median['off']['rss']:.0f} MiB")


if __name__ == "__main__":
    main()
