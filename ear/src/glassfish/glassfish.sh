#!/usr/bin/env bash
# Starts, configures and stops the GlassFish domains that the build unpacks into ear/target.
#
#   glassfish.sh run GLASSFISH_HOME EAR       the run command: H2 file database and demo data, stays in the
#                                             foreground until Ctrl-C (SIGINT) or SIGTERM, then stops the domain
#   glassfish.sh start-for-tests GLASSFISH_HOME   a fresh test database (LN_DB=h2|postgresql), domain left running
#   glassfish.sh kill-and-start GLASSFISH_HOME    the tests' server killed as a crash would end it, then started again
#                                             with what it had deployed (KpiJobIT: a job interrupted by the server)
#   glassfish.sh stop GLASSFISH_HOME
#   glassfish.sh start-instance GLASSFISH_HOME EAR N   another instance of the same GlassFish (domainN, N from 2: HTTP
#                                             9080 for 2, 9180 for 3...) on the tests' PostgreSQL database, with EAR
#                                             deployed (ClusterIT)
#   glassfish.sh deploy-for-tests GLASSFISH_HOME EAR   the EAR deployed (once for all the tests that drive it from
#                                             outside, instead of once per test class), waited for until it answers
#   glassfish.sh undeploy-for-tests GLASSFISH_HOME     that deployment removed (before the in-server tests deploy theirs)
#   glassfish.sh kill-instance GLASSFISH_HOME N   that instance killed as a crash would end it
#   glassfish.sh stop-instance GLASSFISH_HOME N   that instance stopped and removed
#
# Environment: LN_HTTP_PORT (run; default 8080), LN_DATA_DIR (run; default ~/.learning-network),
# LN_DB and LN_H2_FILE (tests), LN_PG_HOST/LN_PG_PORT/LN_PG_DATABASE/LN_PG_USER/LN_PG_PASSWORD (tests on PostgreSQL),
# LN_TEST_HEAP (the tests' server's heap, default 1536m). The tests' configuration itself is tests.asadmin.
#
# What is here is what no maintained tool does for us: the run command's first start and its shutdown with Maven,
# a fresh test database per run, a start retried when the server locks up, an instance killed as a crash would and
# further instances beside the first (ClusterIT), and the same configured server for the benches (bench/*), which
# run outside any test. Arquillian's GlassFish adapter connects to the server started here.
set -euo pipefail

# shellcheck source=../test-database.sh
here=$(dirname "${BASH_SOURCE[0]}")
source "$here/../test-database.sh"

command=${1:?usage: glassfish.sh run|start-for-tests|stop GLASSFISH_HOME [EAR]}
gf_home=${2:?GlassFish home required}
asadmin="$gf_home/bin/asadmin"
domain_dir="$gf_home/glassfish/domains/domain1"
pool=LearningNetworkPool
resource=jdbc/learningnetwork

log() { printf '[learning-network] %s\n' "$*"; }

# asadmin with its output kept out of the console unless it fails.
quiet_asadmin() {
  local out
  if ! out=$("$asadmin" "$@" 2>&1); then
    printf '%s\n' "$out" >&2
    return 1
  fi
}

# asadmin's property syntax separates with ':' and '=': escape both in values.
escape() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' -e 's/=/\\=/g'; }

set_http_port() {
  local port=$1
  # The listener named http-listener-1 serves the applications; only its port changes.
  sed -i -E "s#(<network-listener [^>]*name=\"http-listener-1\"[^>]*port=\")[0-9]+#\1${port}#; s#(<network-listener [^>]*port=\")[0-9]+(\"[^>]*name=\"http-listener-1\")#\1${port}\2#" \
    "$domain_dir/config/domain.xml"
}

# The tests redeploy the application once per test class (some seventy times a run), and the server holds on to part
# of each undeployed application for a while: the tests' server gets more heap than the 512 MB GlassFish ships with.
set_heap() {
  sed -i -E "s#<jvm-options>-Xmx[0-9]+[mMgG]</jvm-options>#<jvm-options>-Xmx$2</jvm-options>#" "$1/config/domain.xml"
}

# The server says nothing about itself: no product and version in the Server header, in X-Powered-By or on its own
# error pages (GlassFish and Payara read product.name; Payara also has server-header), and its start page at / leads
# to the application. Takes effect at the next start of the domain in $1.
harden_domain() {
  local dir=$1 xml=$1/config/domain.xml
  if ! grep -q -- '-Dproduct.name=' "$xml"; then
    sed -i -E 's#(<jvm-options>-Xmx[0-9]+[mMgG]</jvm-options>)#\1<jvm-options>-Dproduct.name=</jvm-options>#' "$xml"
  fi
  sed -i -E '/<http [^>]*xpowered-by=/! s#<http ([^>]*default-virtual-server=)#<http xpowered-by="false" \1#' "$xml"
  sed -i -E 's#(<http [^>]*)xpowered-by="true"#\1xpowered-by="false"#' "$xml"
  if grep -q 'server-header=' "$xml"; then
    sed -i -E 's#server-header="true"#server-header="false"#' "$xml"
  fi
  cat > "$dir/docroot/index.html" <<'HTML'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Learning Network</title>
<meta http-equiv="refresh" content="0; url=/learning/"></head>
<body><p><a href="/learning/">Learning Network</a></p></body></html>
HTML
}

# Starts the domain named $1 (domain1 unless given), tried twice: now and then the server's module start-up locks up
# and it never answers; that server's process (and only that domain's) is ended and the start tried once more.
start_domain() {
  local name=${1:-domain1} attempt out
  out="$gf_home/start-$name.out"
  for attempt in 1 2; do
    log "Starting GlassFish domain $name ($gf_home), attempt $attempt"
    # Output to a file, not a pipe: the server inherits it and would lose its log when a pipe closes.
    if "$asadmin" start-domain "$name" > "$out" 2>&1; then
      return 0
    fi
    cat "$out" >&2
    pkill -9 -f -- "-domaindir $gf_home/glassfish/domains/$name( |\$)" || true
    sleep 2
  done
  log "GlassFish domain $name did not start; the end of its log follows ($gf_home/glassfish/domains/$name/logs/server.log)"
  tail -n 60 "$gf_home/glassfish/domains/$name/logs/server.log" >&2 || true
  exit 1
}

# LEGACY mode: EclipseLink 4.0 compares boolean columns with 1/0 (eclipse-ee4j/eclipselink#1578),
# which H2 2.x accepts only in this mode. The schema itself is plain SQL shared with PostgreSQL.
h2_url() {
  printf 'jdbc:h2:file:%s;MODE=LEGACY;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000' "$1"
}

# The command that creates the data source's pool: H2 in the file $2, or the PostgreSQL database of pg_settings.
pool_command() {
  if [ "$1" = postgresql ]; then
    printf "create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource"
    printf " --isconnectvalidatereq=true --validateatmostonceperiod=30 --validationmethod=custom-validation"
    printf " --validationclassname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation"
    printf " --property 'serverName=%s:portNumber=%s:databaseName=%s:user=%s:password=%s' %s\n" \
      "$(escape "$pg_host")" "$pg_port" "$(escape "$pg_db")" "$(escape "$pg_user")" "$(escape "$pg_password")" "$pool"
  else
    printf "create-jdbc-connection-pool --datasourceclassname org.h2.jdbcx.JdbcDataSource --restype javax.sql.DataSource"
    printf " --property 'URL=%s:user=sa:password=learningnetwork' %s\n" "$(escape "$(h2_url "$2")")" "$pool"
  fi
}

# Runs the asadmin commands read from standard input in one asadmin process (multimode: one JVM, not one per command),
# with the asadmin options given (--port for another instance). Payara 6 keeps the older name of the mail command.
configure() {
  local file
  file=$(mktemp)
  if [ -e "$gf_home/glassfish/modules/payara-api.jar" ]; then
    sed 's/^create-mail-resource /create-javamail-resource /' > "$file"
  else
    cat > "$file"
  fi
  if ! quiet_asadmin "$@" multimode --file "$file"; then
    rm -f "$file"
    log "Configuring the server failed"
    return 1
  fi
  rm -f "$file"
}

wait_for_url() {
  local url=$1 tries=${2:-120}
  for _ in $(seq "$tries"); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then
      return 0
    fi
    sleep 1
  done
  return 1
}

case "$command" in
  start-instance)
    ear=${3:?EAR file required}
    number=${4:?instance number (2 or more) required}
    pg_settings
    instance=domain$number
    instance_dir="$gf_home/glassfish/domains/$instance"
    portbase=$((9000 + (number - 2) * 100))
    http=$((portbase + 80))
    admin_port=$((portbase + 48))
    "$asadmin" stop-domain --kill=true "$instance" > /dev/null 2>&1 || true
    "$asadmin" delete-domain "$instance" > /dev/null 2>&1 || true
    quiet_asadmin create-domain --nopassword=true --portbase "$portbase" "$instance"
    cp "$domain_dir"/lib/*.jar "$instance_dir/lib/"
    set_heap "$instance_dir" "${LN_INSTANCE_HEAP:-1024m}"
    harden_domain "$instance_dir"
    log "Starting instance $number ($instance, HTTP $http)"
    start_domain "$instance"
    # Configured as the tests' server is, on its PostgreSQL database; mail goes to the demo mailbox of the tests'
    # server (domain1; this one cannot listen on its port). KPI runs pause between parts (so that ClusterIT can kill
    # one under a run); session and pathway reminders, team summaries, calendar updates and registration alerts every minute (so that both
    # instances' timers fire at the same moments).
    { pool_command postgresql; cat "$here/tests.asadmin"
      echo "create-system-properties 'learningnetwork.kpi.pause-millis=3000:learningnetwork.reminders.minutes=*'"
      echo "create-system-properties 'learningnetwork.pathway.reminder-hour=*:learningnetwork.pathway.reminder-minutes=*'"
      echo "create-system-properties 'learningnetwork.team-summary.hour=*:learningnetwork.team-summary.minutes=*'"
      echo "create-system-properties 'learningnetwork.calendar-update.hour=*:learningnetwork.calendar-update.minutes=*'"
      echo "create-system-properties 'learningnetwork.registration.alert-hour=*:learningnetwork.registration.alert-minutes=*'"
      echo "create-system-properties 'learningnetwork.base-url=$(escape "http://localhost:$http/learning")'"
    } | configure --port "$admin_port"
    log "Deploying $(basename "$ear") to instance $number"
    if ! quiet_asadmin --port "$admin_port" deploy --name learning-network "$ear"; then
      log "Deploying to instance $number failed; the end of its log follows ($instance_dir/logs/server.log)"
      tail -n 60 "$instance_dir/logs/server.log" >&2 || true
      exit 1
    fi
    if ! wait_for_url "http://localhost:$http/learning/" 180; then
      log "Instance $number did not answer; the end of its log follows ($instance_dir/logs/server.log)"
      tail -n 60 "$instance_dir/logs/server.log" >&2 || true
      exit 1
    fi
    log "Instance $number is running at http://localhost:$http/learning"
    ;;

  kill-instance)
    # As a crash would end it: no shutdown of the application, no chance to let its leases go.
    pid=$(cat "$gf_home/glassfish/domains/domain${3:?instance number required}/config/pid")
    kill -9 "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    log "Instance $3 was killed"
    ;;

  stop-instance)
    "$asadmin" stop-domain "domain${3:?instance number required}" > /dev/null 2>&1 || true
    "$asadmin" delete-domain "domain$3" > /dev/null 2>&1 || true
    ;;

  start-for-tests)
    db=${LN_DB:-h2}
    if [ "$db" = postgresql ]; then
      pg_settings
      log "Creating PostgreSQL database $pg_db on $pg_host:$pg_port"
      recreate_postgresql_database "$pg_db" "$pg_user" "$pg_password"
    else
      h2_file=${LN_H2_FILE:?LN_H2_FILE required}
      rm -f "$h2_file".*.db
      mkdir -p "$(dirname "$h2_file")"
    fi
    set_heap "$domain_dir" "${LN_TEST_HEAP:-1536m}"
    harden_domain "$domain_dir"
    start_domain
    # The monthly mails' timers fire at 03:xx only here: the tests call that work themselves (TeamFeedbackIT,
    # CalendarUpdateIT) and a firing in the middle of one would send what it is about to; ClusterIT's instances fire
    # them every minute.
    { pool_command "$db" "${h2_file:-}"; cat "$here/tests.asadmin"
      echo "create-system-properties 'learningnetwork.team-summary.hour=3:learningnetwork.calendar-update.hour=3'"
    } | configure
    log "GlassFish is running for the tests with the $db database"
    ;;

  deploy-for-tests)
    ear=${3:?EAR required}
    if ! quiet_asadmin deploy --force=true --name learning-network "$ear"; then
      log "Deployment failed: see $domain_dir/logs/server.log"
      exit 1
    fi
    if ! wait_for_url "http://localhost:8080/learning/" 180; then
      log "The application did not answer: see $domain_dir/logs/server.log"
      exit 1
    fi
    ;;

  undeploy-for-tests)
    quiet_asadmin undeploy learning-network || true
    ;;

  kill-and-start)
    log "Killing GlassFish ($gf_home)"
    "$asadmin" stop-domain --kill=true domain1 > /dev/null 2>&1 || true
    start_domain
    if ! wait_for_url "http://localhost:8080/learning/" 180; then
      log "The application did not answer after the start: see $domain_dir/logs/server.log"
      exit 1
    fi
    log "GlassFish is running again"
    ;;

  run)
    ear=${3:?EAR file required}
    port=${LN_HTTP_PORT:-8080}
    data_dir=${LN_DATA_DIR:-$HOME/.learning-network}
    if ! [[ "$port" =~ ^[0-9]+$ ]] || [ "$port" -lt 1 ] || [ "$port" -gt 65535 ]; then
      log "LN_HTTP_PORT must be a port number (1-65535), not '$port'"
      exit 2
    fi
    if curl -fsS -o /dev/null "http://localhost:4848" 2>/dev/null; then
      log "Another GlassFish is already running (its administration port 4848 answers): stop it first"
      exit 1
    fi
    mkdir -p "$data_dir"
    set_http_port "$port"
    harden_domain "$domain_dir"
    start_domain
    # Stop the domain first, then report: when Maven has gone, writing to its closed pipe would fail.
    stop() {
      trap - INT TERM
      "$asadmin" stop-domain domain1 >/dev/null 2>&1 || true
      log "GlassFish stopped" 2>/dev/null || true
      exit 0
    }
    trap '' PIPE
    trap stop INT TERM
    if ! "$asadmin" list-jdbc-resources 2>/dev/null | grep -qx "$resource"; then
      log "First start: configuring the database, the demo mailbox and demo mode"
      # A key of this installation's own to sign the audit log's chain with (docs/operations.md).
      { pool_command h2 "$data_dir/learningnetwork"
        echo "create-jdbc-resource --connectionpoolid $pool $resource"
        grep '^create-mail-resource ' "$here/tests.asadmin"
        echo "create-system-properties learningnetwork.demo=true"
        echo "create-system-properties learningnetwork.audit.key=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
      } | configure
    else
      # The data folder may differ from last time (LN_DATA_DIR): point the pool at this one.
      quiet_asadmin set "resources.jdbc-connection-pool.$pool.property.URL=$(h2_url "$data_dir/learningnetwork")"
    fi
    # Links in e-mails lead back to this server.
    quiet_asadmin create-system-properties "learningnetwork.base-url=$(escape "http://localhost:$port/learning")"
    log "Database: $data_dir"
    log "Deploying $(basename "$ear")"
    if ! quiet_asadmin deploy --force=true --name learning-network "$ear"; then
      log "Deployment failed: see $domain_dir/logs/server.log"
      stop
    fi
    if ! wait_for_url "http://localhost:$port/learning/"; then
      log "The application did not answer: see $domain_dir/logs/server.log"
      stop
    fi
    echo "Learning Network is ready at http://localhost:$port/learning"
    # Ctrl-C in a terminal reaches this script directly; a signal sent to Maven alone ends Maven, and
    # this script then notices its parent has gone. Either way the domain is stopped.
    pid=$(cat "$domain_dir/config/pid")
    parent=$PPID
    while kill -0 "$pid" 2>/dev/null; do
      if ! kill -0 "$parent" 2>/dev/null; then
        stop
      fi
      sleep 2 &
      wait $! || true
    done
    log "GlassFish has stopped"
    ;;

  stop)
    "$asadmin" stop-domain domain1 >/dev/null 2>&1 || true
    ;;

  *)
    echo "unknown command: $command" >&2
    exit 2
    ;;
esac
