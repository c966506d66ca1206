#!/usr/bin/env bash
# Configures an unpacked WildFly for Enterprise Connect: the server profile (configure.cli), the
# PostgreSQL driver module and the two datasources. Idempotent: does nothing when the server is
# already provisioned for the same database choice.
#
#   provision.sh WILDFLY_HOME POSTGRESQL_DRIVER_JAR
#
# Database: file-based H2 under the server's data directory, unless EC_INSTANCE_DB_URL is set, in
# which case both applications use PostgreSQL with EC_{INSTANCE,CLOUD}_DB_{URL,USER,PASSWORD}
# (resolved by the server at start, so they can change without provisioning again).
set -euo pipefail
home=$1
driver_jar=$2
here=$(cd "$(dirname "$0")" && pwd)
cfg="$home/standalone/configuration"

# password_attr APP: the password attribute, only when one is set (WildFly refuses an empty one;
# PostgreSQL with trust authentication needs none).
password_attr() {
    local var="EC_${1}_DB_PASSWORD"
    [ -n "${!var:-}" ] && echo ", password=\"\${env.$var}\""
    return 0
}

if [ -n "${EC_INSTANCE_DB_URL:-}" ]; then
    [ -n "${EC_CLOUD_DB_URL:-}" ] || { echo "EC_INSTANCE_DB_URL is set but EC_CLOUD_DB_URL is not: set both to use PostgreSQL" >&2; exit 2; }
    db=postgresql
    instance_ds='connection-url="${env.EC_INSTANCE_DB_URL}", user-name="${env.EC_INSTANCE_DB_USER:postgres}"'$(password_attr INSTANCE)
    cloud_ds='connection-url="${env.EC_CLOUD_DB_URL}", user-name="${env.EC_CLOUD_DB_USER:postgres}"'$(password_attr CLOUD)
else
    db=h2
    instance_ds='connection-url="jdbc:h2:file:${jboss.server.data.dir}/enterprise-connect/instance", user-name=sa, password=sa'
    cloud_ds='connection-url="jdbc:h2:file:${jboss.server.data.dir}/enterprise-connect/cloud", user-name=sa, password=sa'
fi

stamp="$db ${EC_INSTANCE_DB_PASSWORD:+instance-password} ${EC_CLOUD_DB_PASSWORD:+cloud-password} $(cat "$here/configure.cli" "$0" | sha256sum | cut -c1-16)"
if [ "$(cat "$cfg/.enterprise-connect-provisioned" 2>/dev/null)" = "$stamp" ]; then
    exit 0
fi

echo "Provisioning $home for Enterprise Connect ($db)"
cp "$cfg/standalone.xml" "$cfg/enterprise-connect.xml"
rm -rf "$home/modules/org/postgresql"
JAVA_OPTS="-Xmx256m" "$home/bin/jboss-cli.sh" --file="$here/configure.cli" >/dev/null

datasources=$(mktemp)
trap 'rm -f "$datasources"' EXIT
cat > "$datasources" <<CLI
embed-server --server-config=enterprise-connect.xml --std-out=discard
module add --name=org.postgresql --resources=$driver_jar --dependencies=jakarta.transaction.api
/subsystem=datasources/jdbc-driver=postgresql:add(driver-name=postgresql, driver-module-name=org.postgresql, driver-xa-datasource-class-name=org.postgresql.xa.PGXADataSource)
/subsystem=datasources/data-source=InstanceDS:add(jndi-name=java:jboss/datasources/InstanceDS, driver-name=$db, $instance_ds, min-pool-size=1, max-pool-size=20, validate-on-match=true)
/subsystem=datasources/data-source=CloudDS:add(jndi-name=java:jboss/datasources/CloudDS, driver-name=$db, $cloud_ds, min-pool-size=1, max-pool-size=20, validate-on-match=true)
/subsystem=ee/service=default-bindings:write-attribute(name=datasource, value=java:jboss/datasources/InstanceDS)
stop-embedded-server
CLI
JAVA_OPTS="-Xmx256m" "$home/bin/jboss-cli.sh" --file="$datasources" >/dev/null
echo "$stamp" > "$cfg/.enterprise-connect-provisioned"
