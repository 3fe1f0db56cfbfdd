#!/usr/bin/env bash
# Load test (README, "Load and faults"): starts the packaged service on loopback with its own H2 data under target/,
# runs LoadTest against it (CLIENTS clients for LOAD_SECONDS seconds), prints the figures and stops the service.
set -euo pipefail
cd "$(dirname "$0")/../../.."
PORT=${PORT:-18105}
CLIENTS=${CLIENTS:-50}
LOAD_SECONDS=${LOAD_SECONDS:-60}
HEAP=${HEAP:-1g}
# One key for every client, with the rate limit set out of reach: this measures the service, not the limiter.
API_KEY=${API_KEY:-load-test-key-0123456789}
export NARRATIVE_LENS_LOAD_API_KEY="$API_KEY"
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -ntp -q package -DskipTests
[ -f target/test-classes/org/narrativelens/load/LoadTest.class ] || ./mvnw -B -ntp -q test-compile
data=target/load-data
rm -rf "$data" && mkdir -p "$data"
nice java -Xmx"$HEAP" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
  -Dnarrative-lens.security.api-keys="$API_KEY:load" -Dnarrative-lens.security.rate-limit-per-minute=1000000 \
  -Dquarkus.datasource.jdbc.url="jdbc:h2:file:./$data/narrative-lens;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0" \
  -jar target/quarkus-app/quarkus-run.jar > "$data/service.log" 2>&1 &
service=$!
trap 'kill "$service" 2>/dev/null || true; wait "$service" 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break
  kill -0 "$service" 2>/dev/null || { cat "$data/service.log"; exit 1; }
  sleep 1
done
echo "service up (heap limit $HEAP); load: $CLIENTS clients, $LOAD_SECONDS s"
nice java -cp "target/test-classes:target/quarkus-app/lib/main/*" org.narrativelens.load.LoadTest \
  "http://127.0.0.1:$PORT" --clients "$CLIENTS" --seconds "$LOAD_SECONDS"
echo "service errors logged: $(grep -c ' ERROR ' "$data/service.log" || true)"
