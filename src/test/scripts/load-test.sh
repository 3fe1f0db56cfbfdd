#!/usr/bin/env bash
# Load test (README, "Load and faults"): starts the packaged service on loopback with its own H2 data under target/,
# runs LoadTest against it (IDLE_SECONDS of one client reading alone, then CLIENTS clients for LOAD_SECONDS seconds
# while an analysis embeds), prints the figures and stops the service. With LOAD_PG_URL set (a database the load may
# empty: every table and sequence the role owns in its schema public is dropped first) it runs on PostgreSQL; the jar must then have been built
# with -Ppostgresql (the database kind is fixed at build time).
set -euo pipefail
cd "$(dirname "$0")/../../.."
PORT=${PORT:-18105}
CLIENTS=${CLIENTS:-50}
LOAD_SECONDS=${LOAD_SECONDS:-60}
IDLE_SECONDS=${IDLE_SECONDS:-10}
HEAP=${HEAP:-1g}
# One key for every client, with the rate limit set out of reach: this measures the service, not the limiter.
API_KEY=${API_KEY:-load-test-key-0123456789}
export NARRATIVE_LENS_LOAD_API_KEY="$API_KEY"
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -ntp -q package -DskipTests
[ -f target/test-classes/org/narrativelens/load/LoadTest.class ] || ./mvnw -B -ntp -q test-compile
data=target/load-data
rm -rf "$data" && mkdir -p "$data"
if [ -n "${LOAD_PG_URL:-}" ]; then
  PG_USER=${PG_USER:-narrative_lens}; PG_PASSWORD=${PG_PASSWORD:-narrative_lens}
  pg=${LOAD_PG_URL#jdbc:postgresql://}
  # only this database's tables in schema public (DROP OWNED would also touch the role's grants elsewhere)
  PGPASSWORD="$PG_PASSWORD" psql -q "postgresql://$PG_USER@${pg%%/*}/${pg#*/}" -c "DO \$\$ DECLARE t text; BEGIN
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user LOOP
      EXECUTE 'DROP TABLE IF EXISTS public.' || quote_ident(t) || ' CASCADE'; END LOOP;
    FOR t IN SELECT sequencename FROM pg_sequences WHERE schemaname = 'public' AND sequenceowner = current_user LOOP
      EXECUTE 'DROP SEQUENCE IF EXISTS public.' || quote_ident(t) || ' CASCADE'; END LOOP; END \$\$"
  database=(-Dquarkus.datasource.jdbc.url="$LOAD_PG_URL" -Dquarkus.datasource.username="$PG_USER"
    -Dquarkus.datasource.password="$PG_PASSWORD")
else
  database=(-Dquarkus.datasource.jdbc.url="jdbc:h2:file:./$data/narrative-lens;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0")
fi
nice java -Xmx"$HEAP" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
  -Dnarrative-lens.security.api-keys="$API_KEY:load" -Dnarrative-lens.security.rate-limit-per-minute=1000000 \
  "${database[@]}" -jar target/quarkus-app/quarkus-run.jar > "$data/service.log" 2>&1 &
service=$!
trap 'kill "$service" 2>/dev/null || true; wait "$service" 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break
  kill -0 "$service" 2>/dev/null || { cat "$data/service.log"; exit 1; }
  sleep 1
done
echo "service up (heap limit $HEAP, ${LOAD_PG_URL:-H2}); idle: 1 client, $IDLE_SECONDS s; load: $CLIENTS clients, $LOAD_SECONDS s"
nice java -cp "target/test-classes:target/quarkus-app/lib/main/*" org.narrativelens.load.LoadTest \
  "http://127.0.0.1:$PORT" --clients "$CLIENTS" --seconds "$LOAD_SECONDS" --idle-seconds "$IDLE_SECONDS"
echo "service errors logged: $(grep -c ' ERROR ' "$data/service.log" || true)"
