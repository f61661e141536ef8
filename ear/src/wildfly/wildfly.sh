#!/usr/bin/env bash
# Starts, configures and stops the WildFly that the build unpacks into ear/target/wildfly-test, for the smoke suite on
# WildFly (ear/pom.xml, profile wildfly). What it configures is what docs/servers.md tells a council's IT team to do.
#
#   wildfly.sh start-for-tests WILDFLY_HOME LIB_DIR   EclipseLink installed as WildFly's module from LIB_DIR, WildFly
#                                                     started, the tests' PostgreSQL database, mail session and settings
#   wildfly.sh deploy-for-tests WILDFLY_HOME EAR      the EAR deployed once for all the tests that drive it from
#                                                     outside, waited for until it answers
#   wildfly.sh undeploy-for-tests WILDFLY_HOME        that deployment removed
#   wildfly.sh stop WILDFLY_HOME
#
# Environment: LN_PG_HOST/LN_PG_PORT/LN_PG_DATABASE/LN_PG_USER/LN_PG_PASSWORD, LN_TEST_HEAP (default 1536m).
set -euo pipefail

# shellcheck source=../test-database.sh
source "$(dirname "${BASH_SOURCE[0]}")/../test-database.sh"

command=${1:?usage: wildfly.sh start-for-tests|deploy-for-tests|undeploy-for-tests|stop WILDFLY_HOME [LIB_DIR|EAR]}
wf_home=${2:?WildFly home required}
cli=("$wf_home/bin/jboss-cli.sh" --connect --controller=127.0.0.1:9990)

log() { printf '[learning-network] %s\n' "$*"; }

# The EclipseLink the application names in persistence.xml, as the module WildFly ships empty but for its integration.
install_eclipselink() {
  local module="$wf_home/modules/system/layers/base/org/eclipse/persistence/main" jar
  jar=$(basename "$(ls "$1"/eclipselink-*.jar)")
  cp "$1/$jar" "$module/"
  if ! grep -q "$jar" "$module/module.xml"; then
    sed -i -E "s#(<resource-root path=\"jipijapa-eclipselink[^\"]*\"/>)#\1\n        <resource-root path=\"$jar\"><filter><exclude path=\"jakarta/**\"/></filter></resource-root>#" "$module/module.xml"
    sed -i -E 's#(<module name="java.naming"/>)#\1\n        <module name="java.rmi"/>\n        <module name="java.sql"/>\n        <module name="java.desktop"/>\n        <module name="java.xml"/>#' "$module/module.xml"
  fi
}

wait_for_server() {
  for _ in $(seq 120); do
    if "${cli[@]}" --command=":read-attribute(name=server-state)" 2>/dev/null | grep -q '"running"'; then
      return 0
    fi
    sleep 1
  done
  log "WildFly did not start: see $wf_home/standalone/log/server.log"
  exit 1
}

case "$command" in
  start-for-tests)
    lib=${3:?the folder with eclipselink and the JDBC driver required}
    pg_settings
    log "Creating PostgreSQL database $pg_db on $pg_host:$pg_port"
    recreate_postgresql_database "$pg_db" "$pg_user" "$pg_password"
    install_eclipselink "$lib"
    log "Starting WildFly ($wf_home)"
    JAVA_OPTS="-Xms256m -Xmx${LN_TEST_HEAP:-1536m} -Djava.net.preferIPv4Stack=true" \
      nohup "$wf_home/bin/standalone.sh" > "$wf_home/standalone-console.out" 2>&1 &
    wait_for_server
    driver=$(basename "$(ls "$lib"/postgresql-*.jar)")
    "${cli[@]}" > /dev/null <<CLI
deploy $lib/$driver
data-source add --name=LearningNetworkDS --jndi-name=java:/jdbc/learningnetwork --driver-name=$driver --connection-url=jdbc:postgresql://$pg_host:$pg_port/$pg_db --user-name=$pg_user --password=$pg_password --validate-on-match=true --valid-connection-checker-class-name=org.jboss.jca.adapters.jdbc.extensions.postgres.PostgreSQLValidConnectionChecker
/socket-binding-group=standard-sockets/remote-destination-outbound-socket-binding=learningnetwork-smtp:add(host=127.0.0.1, port=2525)
/subsystem=mail/mail-session=learningnetwork:add(jndi-name=java:/mail/learningnetwork, from=learning-network@localhost)
/subsystem=mail/mail-session=learningnetwork/server=smtp:add(outbound-socket-binding-ref=learningnetwork-smtp)
/subsystem=undertow/application-security-domain=other:write-attribute(name=integrated-jaspi, value=false)
/subsystem=transactions:write-attribute(name=node-identifier, value=learning-tests)
/system-property=learningnetwork.demo:add(value=true)
/system-property=learningnetwork.cluster.lease-seconds:add(value=20)
/system-property=learningnetwork.mail.resource:add(value=java:/mail/learningnetwork)
/system-property=learningnetwork.base-url:add(value=http://localhost:8080/learning)
/system-property=learningnetwork.audit.key:add(value=learning-network-tests-audit-key-0123456789)
/system-property=learningnetwork.controller:add(value="Example Council, 1 High Street, Exampletown EX1 1AA")
/system-property=learningnetwork.dpo-contact:add(value=dpo@example.gov.uk)
CLI
    # Some of these (the transactions' node identifier) take effect only after a restart.
    "${cli[@]}" --command="shutdown --restart=true" > /dev/null
    sleep 3
    wait_for_server
    log "WildFly is running for the tests with the postgresql database"
    ;;

  deploy-for-tests)
    ear=${3:?EAR required}
    "${cli[@]}" --command="deploy $ear --name=learning-network.ear --force" > /dev/null
    for _ in $(seq 180); do
      if curl -fsS -o /dev/null "http://localhost:8080/learning/" 2>/dev/null; then
        exit 0
      fi
      sleep 1
    done
    log "The application did not answer: see $wf_home/standalone/log/server.log"
    exit 1
    ;;

  undeploy-for-tests)
    "${cli[@]}" --command="undeploy learning-network.ear" > /dev/null 2>&1 || true
    ;;

  stop)
    "${cli[@]}" --command=shutdown > /dev/null 2>&1 || true
    ;;

  *)
    echo "unknown command: $command" >&2
    exit 2
    ;;
esac
