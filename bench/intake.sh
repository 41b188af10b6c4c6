#!/usr/bin/env bash
# Online intake benchmark (issue 4): the packaged application on PostgreSQL with a 512 MB heap,
# loaded through the public API with two distinct ~1 MB PDF components per dossier.
# Usage: bench/intake.sh [THREADS] [WARMUP_SECONDS] [MEASURE_SECONDS]   (needs a local PostgreSQL 15)
set -euo pipefail
cd "$(dirname "$0")/.."
threads=${1:-8}; warmup=${2:-15}; measure=${3:-45}
db=motcua_bench
work=$(mktemp -d)

. bench/fresh-database.sh
fresh_database "$db"

[ -f target/motcua.jar ] || ./mvnw -q -B -DskipTests package
cp -r processes forms config "$work"/
(cd "$work" && SPRING_PROFILES_ACTIVE=postgres,demo MOTCUA_DB_URL="jdbc:postgresql://localhost:5432/$db" \
  MOTCUA_DB_USER=$db MOTCUA_DB_PASSWORD=$db MOTCUA_ADMIN_PASSWORD=bench MOTCUA_DB_POOL_SIZE=20 \
  exec java -Xms512m -Xmx512m -XX:+UseG1GC ${MOTCUA_BENCH_JVM_OPTS:-} -jar "$OLDPWD/target/motcua.jar" --logging.level.root=warn > app.log 2>&1) &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 90); do curl -fs localhost:8080/actuator/health/readiness >/dev/null && break; sleep 1; done

java bench/IntakeLoad.java http://localhost:8080 "$threads" "$warmup" "$measure"
jcmd "$app" GC.heap_info | grep -E 'garbage-first heap' || true
echo "dossiers in the database: $(su postgres -c "psql -tA -d $db -c 'select count(*) from mc_dossier'")"
