#!/usr/bin/env python3
"""Posts the seed articles (../shared/data/seeds) to a running Narrative Lens and prints its per-source table.

Usage: python3 src/main/scripts/seeds_table.py [base-url] [anchored|guided] [api-key]
The API key may also come from the environment variable NARRATIVE_LENS_API_KEY (a service without keys needs none).
Standard library only. Prints Markdown.
"""
import json
import os
import pathlib
import sys
import urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
MODE = sys.argv[2] if len(sys.argv) > 2 else "guided"
API_KEY = sys.argv[3] if len(sys.argv) > 3 else os.environ.get("NARRATIVE_LENS_API_KEY")
SEEDS = pathlib.Path(__file__).resolve().parents[3].parent / "shared" / "data" / "seeds"


def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    headers = {"Content-Type": "application/json"}
    if API_KEY:
        headers["X-API-Key"] = API_KEY
    request = urllib.request.Request(BASE + path, data=data, method=method, headers=headers)
    with urllib.request.urlopen(request, timeout=600) as response:
        return json.loads(response.read())


documents = [json.loads(line) for line in (SEEDS / "documents.jsonl").read_text().splitlines() if line.strip()]
expected = json.loads((SEEDS / "expected.json").read_text())
corpus = call("POST", "/v1/corpora", {"name": "seeds"})["id"]
call("POST", f"/v1/corpora/{corpus}/documents",
     [{"externalId": d["id"], "source": d["source"], "text": d["text"]} for d in documents])
if MODE == "anchored":
    request = {"anchors": {"A": ["seed-000"]}}
else:
    request = {"frames": [{"label": label, "description": text} for label, text in expected["frames"].items()]}
analysis = call("POST", f"/v1/corpora/{corpus}/analyses?wait=true", request)
result = analysis["result"]
axis = result["axes"][0]
labels = {f["id"]: f["label"] for f in result["frames"]}
print(f"Mode: {MODE} ({json.dumps(request)[:80]}...); model {result['model']['name']}; "
      f"axis {labels[axis['frameA']]} (-1) vs {labels[axis['frameB']]} (+1), p = {axis['pValue']:.3f}\n")
# Evidence is shown by its character offsets only: the seed texts are not ours to reprint.
print("| source | expected | stance | 95% interval | passages | strongest evidence (offsets) |")
print("|---|---|---|---|---|---|")
for source in result["sources"]:
    evidence = ", ".join(f"{e['start']}-{e['end']}" for e in source["evidence"][:3])
    print(f"| {source['source']} | {expected['sources'].get(source['source'], '?')} | {source['stance']:+.3f} | "
          f"[{source['interval']['low']:+.3f}, {source['interval']['high']:+.3f}] | {source['passages']} | {evidence} |")
