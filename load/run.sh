#!/usr/bin/env bash
# Load measurement: fill a database to ~1M quotes, then measure the running service with wrk.
#   load/run.sh postgresql   # needs target/quarkus-app built with -Dquarkus.datasource.db-kind=postgresql
#   load/run.sh h2           # needs target/quarkus-app built by a plain `mvn package -DskipTests`
# SKIP_FILL=1 measures the database filled by the previous run again (e.g. after a code change).
# Environment: ARTICLES_FILL (62500) x PER_ARTICLE (16) quotes; DURATION (20s); WARMUP (20s); INGEST_ARTICLES (6000).
# APP (target/quarkus-app): the packaged application to run, e.g. a copy kept for an A/B comparison.
# LOAD_DB (newsquotes_load): the PostgreSQL database, dropped and re-created unless SKIP_FILL=1.
# Traffic goes to 127.0.0.1 only; every wrk run is bounded by DURATION. Results: load/out/results-<db>.txt
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:?usage: load/run.sh postgresql|h2}
PORT=${PORT:-18280}
ARTICLES_FILL=${ARTICLES_FILL:-62500}
PER_ARTICLE=${PER_ARTICLE:-16}
DURATION=${DURATION:-20s}
INGEST_ARTICLES=${INGEST_ARTICLES:-6000}
# Ingested articles are numbered from INGEST_START: a new number each run, so that they are new to the database.
# Single ingest takes INGEST_ARTICLES numbers from there, batch ingest the next INGEST_ARTICLES; a run a second
# later starts 20 000 higher (a step of 1 000 with batch at +500 000 met an earlier run's batch articles 500 s later).
INGEST_START=${INGEST_START:-$(( $(date +%s) % 100000 * 20000 + 5000000 ))}
MEASURE=${MEASURE:-health speaker search ingest batch}
APP=${APP:-target/quarkus-app}
LOAD_DB=${LOAD_DB:-newsquotes_load}
OUT=load/out
mkdir -p "$OUT"
RESULTS="$OUT/results-$DB.txt"
BASE="http://127.0.0.1:$PORT"
export QUOTES_API_KEY=${QUOTES_API_KEY:-load-test-key}
PG="psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U newsquotes $LOAD_DB"
H2_URL="jdbc:h2:file:$(pwd)/$OUT/h2/quotes"
H2_JAR=$(ls $APP/lib/main/com.h2database.h2-*.jar 2>/dev/null | head -n1 || true)

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

# psql as the PostgreSQL superuser: over the local socket as user postgres, else over TCP (trust auth).
pg_super() {
  if id postgres >/dev/null 2>&1; then runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 "$@"
  else psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres "$@"; fi
}

start_service() {
  local env=(QUARKUS_HTTP_PORT="$PORT" QUOTES_SEEDS_ENABLED=false QUOTES_API_KEYS="$QUOTES_API_KEY"
             QUARKUS_LOG_LEVEL=WARN QUARKUS_DATASOURCE_JDBC_MAX_SIZE=32)
  if [ "$DB" = postgresql ]; then
    env+=(QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$LOAD_DB"
          QUARKUS_DATASOURCE_USERNAME=newsquotes QUARKUS_DATASOURCE_PASSWORD=newsquotes)
  else
    env+=(QUARKUS_DATASOURCE_JDBC_URL="$H2_URL;DB_CLOSE_ON_EXIT=FALSE")
  fi
  env "${env[@]}" java -Xmx2g -jar "$APP/quarkus-run.jar" >"$OUT/service-$DB.log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 240); do
    curl -fsS "$BASE/q/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$SERVICE_PID" 2>/dev/null || { tail -n 30 "$OUT/service-$DB.log"; exit 1; }
    sleep 1
  done
  echo "service did not become ready" >&2; exit 1
}
stop_service() { kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; }
trap stop_service EXIT

echo "== $(date -u +%FT%TZ) load run on $DB" | tee "$RESULTS"
if [ "${SKIP_FILL:-}" = 1 ]; then
  echo "-- database kept from the previous run (SKIP_FILL=1)" | tee -a "$RESULTS"
  if [ "$DB" = postgresql ] && [ ! -s "$OUT/speakers-full.txt" ]; then   # a fresh checkout has no load/out
    $PG -Atc "SELECT name FROM speaker ORDER BY id LIMIT 2000" > "$OUT/speakers-full.txt"
  fi
  start_service
elif [ "$DB" = postgresql ]; then
  pg_super -c "DROP DATABASE IF EXISTS $LOAD_DB" -c "CREATE DATABASE $LOAD_DB OWNER newsquotes"
  start_service
  echo "-- fill: $ARTICLES_FILL articles x $PER_ARTICLE quotes (load/fill-postgresql.sql)" | tee -a "$RESULTS"
  /usr/bin/time -f "fill took %e s" $PG -v articles="$ARTICLES_FILL" -v per_article="$PER_ARTICLE" -f load/fill-postgresql.sql 2>&1 | tee -a "$RESULTS"
  $PG -Atc "SELECT name FROM speaker ORDER BY id LIMIT 2000" > "$OUT/speakers-full.txt"
else
  rm -rf "$OUT/h2"
  start_service; stop_service   # Flyway creates the schema; H2 file databases allow one process at a time
  echo "-- fill: $ARTICLES_FILL articles x $PER_ARTICLE quotes (load/fill-h2.sql)" | tee -a "$RESULTS"
  /usr/bin/time -f "fill took %e s" java -cp "$H2_JAR" org.h2.tools.RunScript -url "$H2_URL" -user sa \
    -script load/fill-h2.sql 2>&1 | grep -v '^\s*at ' | tail -n 5 | tee -a "$RESULTS"
  java -cp "$H2_JAR" org.h2.tools.Shell -url "$H2_URL" -user sa -sql "SELECT name FROM speaker ORDER BY id LIMIT 2000" \
    | sed '1d;/^(/d;s/ *$//' > "$OUT/speakers-full.txt"
  start_service
fi
count_quotes() { # label
  if [ "$DB" = postgresql ]; then echo "quotes stored $1: $($PG -Atc 'SELECT count(*) FROM quote')"
  else curl -fsS "$BASE/api/v1/quotes?pageSize=1" | python3 -c 'import json,sys; p=json.load(sys.stdin); print("quotes stored '"$1"':", p["total"], "" if p.get("totalExact", True) else "or more")'; fi | tee -a "$RESULTS"
}
count_quotes before

ingest() {
  echo "-- ingest: POST /api/v1/articles, $INGEST_ARTICLES new newsgen.py articles available, wrk -t2 -c8 -d$DURATION" | tee -a "$RESULTS"
  python3 load/newsgen.py --count "$INGEST_ARTICLES" --start "$INGEST_START" --seed 3 > "$OUT/ingest.jsonl"
  ARTICLES="$OUT/ingest.jsonl" WRK_THREADS=2 wrk -t2 -c8 -d"$DURATION" --latency -s load/ingest.lua "$BASE" 2>&1 \
    | grep -E "Latency  |50%|99%|Requests/sec|ingest:|Socket errors" | tee -a "$RESULTS"
}

ingest_batch() {
  local batch=${BATCH:-50}
  echo "-- batch ingest: POST /api/v1/articles/batch, $batch articles a request, $INGEST_ARTICLES new newsgen.py articles available, wrk -t2 -c4 -d$DURATION" | tee -a "$RESULTS"
  python3 load/newsgen.py --count "$INGEST_ARTICLES" --start "$((INGEST_START + INGEST_ARTICLES))" --seed 4 > "$OUT/ingest-batch.jsonl"
  ARTICLES="$OUT/ingest-batch.jsonl" BATCH=$batch WRK_THREADS=2 wrk -t2 -c4 -d"$DURATION" --latency --timeout 30s -s load/ingest.lua "$BASE" 2>&1 \
    | grep -E "Latency  |50%|99%|Requests/sec|ingest:|Socket errors" | tee -a "$RESULTS"
}

measure() { # name, wrk args...
  local name=$1; shift
  curl -fsS -o /dev/null "$BASE/q/health/live"
  echo "-- $name: wrk -t2 -c32 -d$DURATION --latency $*" | tee -a "$RESULTS"
  wrk -t2 -c32 -d"$DURATION" --latency "$@" 2>&1 | grep -E "Latency  |50%|99%|Requests/sec|Non-2xx|Socket errors|requests in" | tee -a "$RESULTS"
}
# warm-up (JIT, connection pool, page cache): 5 s left the JIT cold and halved the first read figures
SPEAKERS="$OUT/speakers-full.txt" wrk -t2 -c8 -d"${WARMUP:-20s}" -s load/speaker.lua "$BASE" >/dev/null 2>&1 || true
wrk -t2 -c8 -d"${WARMUP:-20s}" -s load/search.lua "$BASE" >/dev/null 2>&1 || true
for m in $MEASURE; do
  case $m in
    health) measure "health/live" "$BASE/q/health/live" ;;
    speaker) SPEAKERS="$OUT/speakers-full.txt" measure "quotes?speaker=<full name of one of the 2000 most quoted>" -s load/speaker.lua "$BASE" ;;
    search) measure "quotes?q=<word(s)>" -s load/search.lua "$BASE" ;;
    ingest) ingest ;;
    batch) ingest_batch ;;
  esac
done
count_quotes after
