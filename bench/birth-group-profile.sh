#!/usr/bin/env bash
# Profiling aid for the birth-group benchmark (issue 5): SQL statements per instance of the birth group and of the bare
# process, CPU time per instance of the JVM and of PostgreSQL in alternating rounds, and with -Dceiling=true the birth
# group's model run by the engine alone (every call into our code a no-op). See docs/benchmarks.md.
# Usage: bench/birth-group-profile.sh [-Dinstances=40 -Drounds=3 -Dtop=40 -Dceiling=true -Dsoak=birth -DsoakInstances=400]
# A JFR recording: MOTCUA_BENCH_JVM="-Xmx1g -XX:StartFlightRecording=filename=birth.jfr,settings=profile" bench/birth-group-profile.sh -Dsoak=birth
set -euo pipefail
cd "$(dirname "$0")/.."
db=${MOTCUA_BENCH_DB:-motcua_bench_bg}
. bench/fresh-database.sh
fresh_database "$db"
export MOTCUA_DB_URL="jdbc:postgresql://localhost:5432/$db" MOTCUA_DB_USER=$db MOTCUA_DB_PASSWORD=$db MOTCUA_ADMIN_PASSWORD=bench
./mvnw -q -B -Pbenchmark -DskipTests test-compile exec:exec ${MOTCUA_BENCH_JVM:+-Dbench.jvm="$MOTCUA_BENCH_JVM"} -Dbench.main="$* vn.motcua.bench.BirthGroupProfile" 2>&1 \
  | grep --line-buffered -E 'instances/s|statements|^ +[0-9.]+ +[a-zA-Z]|CPU|Exception|ERROR'
