#!/usr/bin/env bash
# Configures Payara Server 6 for the Enterprise Connect instance and deploys the EAR.
#
#   provision.sh PAYARA_HOME [EAR [-Dname=value ...]]
#
# Creates the domain once (ports from EC_PAYARA_PORTBASE: HTTP base+80, admin base+48), starts it
# unless it is running, points jdbc/__default (the instance's java:comp/DefaultDataSource) at the
# instance database, sets the server properties the EAR needs, and deploys EAR as
# "enterprise-connect" at "/". Each -Dname=value becomes a system property of the server, read by
# MicroProfile Config (e.g. -Dinstance.admin.password=…, -Dinstance.cloud.url=…). Safe to run again.
# The domain keeps running: stop it with
#   PAYARA_HOME/bin/asadmin stop-domain --domaindir DOMAIN_DIR enterprise-connect
#
# Database: an H2 file under the domain's data directory, unless EC_INSTANCE_DB_URL is set: then
# PostgreSQL with EC_INSTANCE_DB_USER (default postgres), EC_INSTANCE_DB_PASSWORD and the driver jar
# EC_POSTGRESQL_JAR.
#
# Environment: EC_PAYARA_DOMAIN_DIR (default PAYARA_HOME/glassfish/domains),
# EC_PAYARA_DOMAIN (default enterprise-connect), EC_PAYARA_PORTBASE (default 8000).
set -euo pipefail
home=$(cd "$1" && pwd)
ear=${2:-}
shift $(( $# < 2 ? $# : 2 ))

domain=${EC_PAYARA_DOMAIN:-enterprise-connect}
domain_dir=${EC_PAYARA_DOMAIN_DIR:-$home/glassfish/domains}
portbase=${EC_PAYARA_PORTBASE:-8000}
admin_port=$((portbase + 48))
pool=EnterpriseConnectInstance

asadmin() { "$home/bin/asadmin" --interactive=false "$@"; }
remote() { asadmin --port "$admin_port" "$@"; }
# asadmin splits property lists at ':' and '=' after the first; a backslash keeps them.
escape() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' -e 's/=/\\=/g'; }

mkdir -p "$domain_dir"
if [ ! -d "$domain_dir/$domain" ]; then
    echo "Creating Payara domain $domain in $domain_dir (HTTP port $((portbase + 80)), admin port $admin_port)"
    asadmin create-domain --nopassword=true --portbase "$portbase" --domaindir "$domain_dir" "$domain" >/dev/null
fi

if [ -n "${EC_INSTANCE_DB_URL:-}" ]; then
    [ -f "${EC_POSTGRESQL_JAR:-}" ] || { echo "EC_INSTANCE_DB_URL is set: EC_POSTGRESQL_JAR must name the PostgreSQL driver jar" >&2; exit 2; }
    # In the domain's lib before the server starts, so that the connection pool finds the driver.
    if ! cmp -s "$EC_POSTGRESQL_JAR" "$domain_dir/$domain/lib/postgresql.jar"; then
        cp "$EC_POSTGRESQL_JAR" "$domain_dir/$domain/lib/postgresql.jar"
        remote stop-domain --domaindir "$domain_dir" "$domain" >/dev/null 2>&1 || true
    fi
    datasource=org.postgresql.ds.PGSimpleDataSource
    # "()" is asadmin's empty value: a user without a password (trust authentication).
    password=${EC_INSTANCE_DB_PASSWORD:+$(escape "$EC_INSTANCE_DB_PASSWORD")}
    properties="URL=$(escape "$EC_INSTANCE_DB_URL"):user=$(escape "${EC_INSTANCE_DB_USER:-postgres}"):password=${password:-()}"
else
    datasource=org.h2.jdbcx.JdbcDataSource
    properties='URL=jdbc\:h2\:${com.sun.aas.instanceRoot}/data/enterprise-connect/instance:user=sa:password=sa'
fi

started_here=false
if ! asadmin list-domains --domaindir "$domain_dir" | grep -q "^$domain running"; then
    asadmin start-domain --domaindir "$domain_dir" "$domain" >/dev/null
    started_here=true
fi
# A domain this script started is stopped again if a later step fails, so nothing is left running.
trap 'status=$?; if [ $status -ne 0 ] && $started_here; then echo "Provisioning failed: stopping $domain; see $domain_dir/$domain/logs/server.log" >&2; asadmin stop-domain --domaindir "$domain_dir" "$domain" >/dev/null 2>&1 || true; fi' EXIT

# The groups the application's identity store reports are its role names: map them one to one.
remote set configs.config.server-config.security-service.activate-default-principal-to-role-mapping=true >/dev/null

# java:comp/DefaultDataSource is jdbc/__default on Payara: point it at the instance's own pool.
remote set resources.jdbc-resource.jdbc/__default.pool-name=H2Pool >/dev/null
remote delete-jdbc-connection-pool "$pool" >/dev/null 2>&1 || true
remote create-jdbc-connection-pool --restype javax.sql.DataSource --datasourceclassname "$datasource" \
    --isconnectvalidatereq=true --validationmethod auto-commit --property "$properties" "$pool" >/dev/null
remote set "resources.jdbc-resource.jdbc/__default.pool-name=$pool" >/dev/null
remote ping-connection-pool "$pool" >/dev/null

# The EAR brings Hibernate (Payara's own JPA provider is EclipseLink); on Payara it must be told how
# to reach the transaction manager. WildFly configures its own Hibernate itself.
system_properties="hibernate.transaction.jta.platform=org.hibernate.engine.transaction.jta.platform.internal.SunOneJtaPlatform"
for arg in "$@"; do
    case $arg in
        -D*=*) name=${arg#-D}; name=${name%%=*}; system_properties+=":$name=$(escape "${arg#*=}")" ;;
        *) echo "Not a -Dname=value argument: $arg" >&2; exit 2 ;;
    esac
done
remote create-system-properties "$system_properties" >/dev/null

if [ -n "$ear" ]; then
    echo "Deploying $ear to Payara domain $domain"
    remote deploy --force=true --name enterprise-connect "$ear" >/dev/null
fi
echo "Payara domain $domain is running: http://localhost:$((portbase + 80))/ (admin port $admin_port)"
