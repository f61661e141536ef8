# Sourced by glassfish/glassfish.sh and wildfly/wildfly.sh: the tests' PostgreSQL database.

# The tests' PostgreSQL settings, from the environment.
pg_settings() {
  pg_host=${LN_PG_HOST:-127.0.0.1}; pg_port=${LN_PG_PORT:-5432}
  pg_db=${LN_PG_DATABASE:-learningnetwork_test}; pg_user=${LN_PG_USER:-learningnetwork}
  pg_password=${LN_PG_PASSWORD:-learningnetwork}
}

# A new, empty PostgreSQL database and its owner for the tests (run as root or as a superuser).
recreate_postgresql_database() {
  local db=$1 user=$2 password=$3
  local psql=(psql -v ON_ERROR_STOP=1 -q -d postgres)
  if [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1; then
    psql=(runuser -u postgres -- "${psql[@]}")
  else
    psql+=(-h "${LN_PG_HOST:-127.0.0.1}" -p "${LN_PG_PORT:-5432}" -U "${LN_PG_ADMIN_USER:-postgres}")
  fi
  "${psql[@]}" -c "drop database if exists \"$db\"" \
    -c "do \$\$ begin if not exists (select from pg_roles where rolname = '$user') then create role \"$user\" login password '$password'; end if; end \$\$" \
    -c "create database \"$db\" owner \"$user\""
}
