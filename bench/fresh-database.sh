# Sourced by the benchmark scripts: starts the local PostgreSQL 15 if it is down and gives the benchmark a database of
# its own, dropped and created again (role and database both named $1, password the same).
fresh_database() {
  local db=$1
  pg_lsclusters -h | grep -q '^15 *main .* online' || pg_ctlcluster 15 main start
  su postgres -c "psql -q -c 'drop database if exists $db' -c 'drop role if exists $db'" >/dev/null 2>&1
  su postgres -c "psql -q -c \"create role $db login password '$db'\" -c 'create database $db owner $db'"
}
