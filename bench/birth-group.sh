#!/usr/bin/env bash
# Birth-group benchmark (issue 5): the whole birth group against a bare Camunda process of the same shape,
# in one run on PostgreSQL, tasks completed programmatically. Usage: bench/birth-group.sh [-Dthreads=4 -Drounds=3 -DperRound=120]
set -euo pipefail
cd "$(dirname "$0")/.."
db=${MOTCUA_BENCH_DB:-motcua_bench_bg}
. bench/fresh-database.sh
fresh_database "$db"
export MOTCUA_DB_URL="jdbc:postgresql://localhost:5432/$db" MOTCUA_DB_USER=$db MOTCUA_DB_PASSWORD=$db MOTCUA_ADMIN_PASSWORD=bench
./mvnw -q -B -Pbenchmark -DskipTests test-compile exec:exec ${MOTCUA_BENCH_JVM:+-Dbench.jvm="$MOTCUA_BENCH_JVM"} -Dbench.main="$* vn.motcua.bench.BirthGroupThroughput" 2>&1 \
  | grep -E 'instances/s|RESULT|Exception|ERROR'
