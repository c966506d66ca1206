#!/usr/bin/env bash
# Backs up an Enterprise Connect instance into one dated folder, like GitHub Enterprise Server's
# backup utilities: the instance database (a consistent pg_dump snapshot on PostgreSQL; a copy of
# the file on H2, which needs the server stopped), the credentials key that seals GitHub Connect's
# stored credentials, and the license. Everything it writes is readable by the operator only.
#
#   server/backup.sh [--data-dir DIR] [--license FILE] [--out DIR]
#
#   --data-dir  the instance's data directory (default: the run command's,
#               .local/wildfly-*/standalone/data/enterprise-connect)
#   --license   the license file (default: $INSTANCE_LICENSE_PATH, else the development license
#               in the data directory)
#   --out       where the dated folder is created (default: ./backups)
#
# Database: EC_INSTANCE_DB_URL (jdbc:postgresql://host:port/database), EC_INSTANCE_DB_USER and
# EC_INSTANCE_DB_PASSWORD as for the server; unset means the embedded H2 file in the data directory.
# Credentials key: $INSTANCE_CREDENTIALS_KEY when the server is given its key that way, else the key
# file in the data directory.
set -euo pipefail
umask 077
here=$(cd "$(dirname "$0")" && pwd)
source "$here/backup-common.sh"

data_dir="" license="${INSTANCE_LICENSE_PATH:-}" out="backups"
while [ $# -gt 0 ]; do
    case $1 in
        --data-dir) data_dir=$2; shift 2 ;;
        --license) license=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        *) fail "unknown argument $1 (see the header of $0)" ;;
    esac
done
data_dir=${data_dir:-$(default_data_dir)}
[ -d "$data_dir" ] || fail "no instance data directory at $data_dir (give --data-dir)"
license=${license:-$data_dir/development-license.properties}

folder="$out/$(date -u +%Y-%m-%dT%H%M%SZ)"
mkdir -p "$folder"
chmod 700 "$out" "$folder"

if [ -n "${EC_INSTANCE_DB_URL:-}" ]; then
    parse_postgresql_url "$EC_INSTANCE_DB_URL"
    PGPASSWORD="${EC_INSTANCE_DB_PASSWORD:-}" pg_dump --format=custom --no-owner \
        -h "$pg_host" -p "$pg_port" -U "${EC_INSTANCE_DB_USER:-postgres}" -f "$folder/instance.pgdump" "$pg_database"
    database="postgresql"
else
    [ -f "$data_dir/instance.mv.db" ] || fail "no H2 database at $data_dir/instance.mv.db"
    # H2 holds a lock file while the server has the database open; a copy taken then may be torn.
    [ ! -e "$data_dir/instance.lock.db" ] || fail "the instance's H2 database is open: stop the server first (PostgreSQL can be backed up online)"
    cp "$data_dir/instance.mv.db" "$folder/instance.mv.db"
    database="h2"
fi

if [ -n "${INSTANCE_CREDENTIALS_KEY:-}" ]; then
    printf '%s\n' "$INSTANCE_CREDENTIALS_KEY" > "$folder/credentials.key"
elif [ -f "$data_dir/credentials.key" ]; then
    cp "$data_dir/credentials.key" "$folder/credentials.key"
else
    fail "no credentials key: set INSTANCE_CREDENTIALS_KEY as the server has it, or give --data-dir"
fi

[ -f "$license" ] || fail "no license file at $license (give --license)"
cp "$license" "$folder/license.properties"

sums=$(cd "$folder" && sha256sum -- * | sed 's/^/sha256 /')
{
    echo "created=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "host=$(hostname)"
    echo "database=$database"
    echo "$sums"
} > "$folder/MANIFEST"
chmod 600 "$folder"/*
echo "$folder"
