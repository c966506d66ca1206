# Shared by backup.sh and restore.sh (sourced, not run).

fail() {
    echo "$(basename "$0"): $*" >&2
    exit 2
}

# The run command's instance data directory.
default_data_dir() {
    local root
    root=$(cd "$here/.." && pwd)
    local version
    version=$(sed -n 's:.*<wildfly.version>\(.*\)</wildfly.version>.*:\1:p' "$root/pom.xml")
    echo "${EC_LOCAL_DIR:-$root/.local}/wildfly-$version/standalone/data/enterprise-connect"
}

# parse_postgresql_url JDBC_URL: sets pg_host, pg_port and pg_database.
parse_postgresql_url() {
    local rest=${1#jdbc:postgresql://}
    [ "$rest" != "$1" ] || fail "EC_INSTANCE_DB_URL is not a jdbc:postgresql:// address: $1"
    rest=${rest%%\?*}
    local hostport=${rest%%/*}
    pg_database=${rest#*/}
    pg_host=${hostport%%:*}
    pg_port=5432
    if [ "$hostport" != "$pg_host" ]; then
        pg_port=${hostport#*:}
    fi
    [ -n "$pg_database" ] && [ "$pg_database" != "$rest" ] || fail "no database name in $1"
}
