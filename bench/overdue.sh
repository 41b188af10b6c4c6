#!/usr/bin/env bash
# Overdue list benchmark (issue 8): the packaged application on PostgreSQL with 100,000 open dossiers of the
# demo province (bench/overdue-data.sql), asked GET /api/reports/overdue by the provincial supervisor.
# Usage: bench/overdue.sh [WARMUP=50] [MEASURED=300]   (needs a local PostgreSQL 15)
# BENCH_DB and BENCH_PORT name the throw-away database and the port (defaults motcua_overdue_bench, 8093), so that
# two runs on one machine do not meet; BENCH_JAR another build to measure (default target/motcua.jar, built if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
warmup=${1:-50}; measured=${2:-300}
db=${BENCH_DB:-motcua_overdue_bench}
port=${BENCH_PORT:-8093}
jar=$(realpath -m "${BENCH_JAR:-target/motcua.jar}")
work=$(mktemp -d)

. bench/fresh-database.sh
fresh_database "$db"

[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
cp -r processes forms config "$work"/
(cd "$work" && SPRING_PROFILES_ACTIVE=postgres,demo MOTCUA_DB_URL="jdbc:postgresql://localhost:5432/$db" \
  MOTCUA_DB_USER=$db MOTCUA_DB_PASSWORD=$db MOTCUA_ADMIN_PASSWORD=bench MOTCUA_PAYMENT_SECRET=bench \
  exec java -Xms512m -Xmx512m -XX:+UseG1GC -jar "$jar" --server.port=$port \
  --camunda.bpm.job-execution.enabled=false --logging.level.root=warn > app.log 2>&1) &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -fs localhost:$port/actuator/health/readiness >/dev/null && break; sleep 1; done

echo "generating 100,000 open and 50,000 finished dossiers ..."
start=$(date +%s)
PGPASSWORD=$db psql -q -h localhost -U $db -d $db -f bench/overdue-data.sql
echo "generated in $(( $(date +%s) - start )) s: $(PGPASSWORD=$db psql -tA -h localhost -U $db -d $db -c \
  "select count(*) from mc_dossier where finished_at is null") open dossiers"

java bench/OverdueLoad.java "http://localhost:$port" giamsat demo "$warmup" "$measured" \
  "" "stage=STAGE_POLICE" "office=xa-an-phu&state=overdue&sort=due" "group=tiep-nhan&limit=500" "offset=5000&weeks=52"
