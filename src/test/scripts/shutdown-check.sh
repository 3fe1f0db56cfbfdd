#!/usr/bin/env bash
# Graceful shutdown check (README, "Load and faults"), on loopback with its own H2 data under target/:
# SIGTERM while a large ingestion request is in flight and an analysis is queued or running; readiness must go
# DOWN first, the request must finish with every document stored, and after a restart the analysis must finish.
set -euo pipefail
cd "$(dirname "$0")/../../.."
PORT=${PORT:-18105}
base="http://127.0.0.1:$PORT"
data=target/shutdown-data
API_KEY=shutdown-check-key-0123456789
TENANT=shutdown
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -ntp -q package -DskipTests
rm -rf "$data" && mkdir -p "$data"
start_service() {
  nice java -Xmx1g -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
    -Dnarrative-lens.security.api-keys="$API_KEY:$TENANT" -Dnarrative-lens.security.rate-limit-per-minute=1000000 \
    -Dquarkus.datasource.jdbc.url="jdbc:h2:file:./$data/narrative-lens;DB_CLOSE_ON_EXIT=FALSE" \
    -jar target/quarkus-app/quarkus-run.jar >> "$data/service.log" 2>&1 &
  service=$!
  for _ in $(seq 1 180); do
    curl -sf "$base/q/health/ready" >/dev/null && return 0
    kill -0 "$service" 2>/dev/null || { tail -50 "$data/service.log"; exit 1; }
    sleep 1
  done
  echo "service did not become ready"; exit 1
}
fail() { echo "FAIL: $*"; exit 1; }
start_service
trap 'kill "$service" 2>/dev/null || true' EXIT

corpus=$(curl -sf -H "X-API-Key: $API_KEY" -XPOST "$base/v1/corpora" -H 'Content-Type: application/json' -d '{"name":"shutdown"}' | sed 's/.*"id":"\([^"]*\)".*/\1/')
python3 - "$data/batch.json" <<'PY'
import json, sys
docs = [{"source": f"outlet-{i % 5}", "text": f"Report {i} on the harbour wall. The council debated the cost again. "
         "Residents asked about the flood risk, and engineers said the design would hold."} for i in range(400)]
json.dump(docs, open(sys.argv[1], "w"))
PY
curl -sf -H "X-API-Key: $API_KEY" -XPOST "$base/v1/corpora/$corpus/documents" -H 'Content-Type: application/json' \
  -d '[{"source":"a","text":"The wall protects the town. Engineers back it."},{"source":"b","text":"The wall costs too much. Shops will close."}]' >/dev/null
analysis=$(curl -sf -H "X-API-Key: $API_KEY" -XPOST "$base/v1/corpora/$corpus/analyses" -H 'Content-Type: application/json' -d '{}' | sed 's/.*"id":"\([^"]*\)".*/\1/')

curl -s -H "X-API-Key: $API_KEY" -o "$data/ingest.out" -w '%{http_code}' -XPOST "$base/v1/corpora/$corpus/documents" \
  -H 'Content-Type: application/json' --data @"$data/batch.json" > "$data/ingest.status" &
ingest=$!
sleep 0.5
t0=$(date +%s.%N)
kill -TERM "$service"
ready=""
for _ in $(seq 1 15); do ready="$ready $(curl -s -o /dev/null -w '%{http_code}' "$base/q/health/ready")"; sleep 0.2; done
wait "$ingest" || true
code=$(cat "$data/ingest.status")
wait "$service" || true
t1=$(date +%s.%N)
echo "readiness after SIGTERM (every 0.2 s):$ready"
echo "in-flight ingestion: HTTP $code $(cat "$data/ingest.out")"
echo "process stopped $(python3 -c "print(round($t1 - $t0, 1))") s after SIGTERM"
[[ "$ready" == *503* ]] || fail "readiness never reported DOWN"
[[ "$code" == 200 ]] || fail "the in-flight request did not finish"
grep -q '"accepted":400' "$data/ingest.out" || fail "not every document of the in-flight request was accepted"
echo "analysis $analysis at shutdown: $(grep -c "$analysis" "$data/service.log" || true) log lines"

start_service
documents=$(curl -sf -H "X-API-Key: $API_KEY" "$base/v1/corpora/$corpus" | sed 's/.*"documents":\([0-9]*\).*/\1/')
echo "after restart: corpus holds $documents documents"
[[ "$documents" == 402 ]] || fail "expected 402 documents"
for _ in $(seq 1 240); do
  status=$(curl -sf -H "X-API-Key: $API_KEY" "$base/v1/analyses/$analysis" | sed 's/.*"status":"\([a-z]*\)".*/\1/')
  [[ "$status" == succeeded || "$status" == failed ]] && break
  sleep 1
done
echo "analysis queued before the shutdown: $status after the restart"
[[ "$status" == succeeded ]] || fail "the analysis did not finish after the restart"
echo "PASS: readiness down first, in-flight request finished, analysis resumed"
