#!/usr/bin/env bash
# Reports benchmark (issue 8): the packaged application on PostgreSQL with 1,000,000 historical and 100,000 open
# dossiers (bench/reports-data.sql), then one client measuring the periodic report, the indicators and (when the
# build has it) the overdue list, and the import of a 100,000-row CSV (bench/ReportsLoad.java).
# Usage: bench/reports.sh [WARMUP=20] [MEASURED=200] [IMPORT_ROWS=100000]   (needs a local PostgreSQL 15; port 18080)
set -euo pipefail
cd "$(dirname "$0")/.."
warmup=${1:-20}; measured=${2:-200}; import_rows=${3:-100000}
db=motcua_bench_reports
port=18080
work=$(mktemp -d)

. bench/fresh-database.sh
fresh_database "$db"

[ -f target/motcua.jar ] || ./mvnw -q -B -DskipTests package
cp -r processes forms config "$work"/
(cd "$work" && SPRING_PROFILES_ACTIVE=postgres,demo MOTCUA_DB_URL="jdbc:postgresql://localhost:5432/$db" \
  MOTCUA_DB_USER=$db MOTCUA_DB_PASSWORD=$db MOTCUA_ADMIN_PASSWORD=bench MOTCUA_PAYMENT_SECRET=bench \
  exec java -Xms512m -Xmx1g ${MOTCUA_BENCH_JVM_OPTS:-} -jar "$OLDPWD/target/motcua.jar" --server.port=$port \
  --camunda.bpm.job-execution.enabled=false --logging.level.root=warn > app.log 2>&1) &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"; true' EXIT
for _ in $(seq 1 120); do curl -fs localhost:$port/actuator/health/readiness >/dev/null && break; sleep 1; done

echo "generating the data set"
PGPASSWORD=$db psql -q -h localhost -U $db -d $db -v now="'$(date -u +%Y-%m-%dT%H:%M:%SZ)'" -f bench/reports-data.sql
java bench/ReportsLoad.java "http://localhost:$port" giamsat demo "$warmup" "$measured" "$import_rows"
echo "reporting rows: $(PGPASSWORD=$db psql -tA -h localhost -U $db -d $db -c 'select count(*) from mc_report_dossier')"
