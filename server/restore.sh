#!/usr/bin/env bash
# Restores a folder written by backup.sh into a fresh instance: checks the folder against its
# MANIFEST, loads the database into an EMPTY database (PostgreSQL) or an empty data directory (H2),
# and puts the credentials key and the license in the data directory, readable by the operator only.
# The key is never printed. Start the server afterwards.
#
#   server/restore.sh BACKUP_FOLDER [--data-dir DIR]
#
# Database and data directory as for backup.sh (EC_INSTANCE_DB_URL, _USER, _PASSWORD).
set -euo pipefail
umask 077
here=$(cd "$(dirname "$0")" && pwd)
source "$here/backup-common.sh"

[ $# -ge 1 ] || fail "usage: $0 BACKUP_FOLDER [--data-dir DIR]"
folder=$1; shift
data_dir=""
while [ $# -gt 0 ]; do
    case $1 in
        --data-dir) data_dir=$2; shift 2 ;;
        *) fail "unknown argument $1 (see the header of $0)" ;;
    esac
done
data_dir=${data_dir:-$(default_data_dir)}

[ -f "$folder/MANIFEST" ] || fail "$folder is not a backup (no MANIFEST)"
if [ -n "$(find "$folder" -maxdepth 1 -perm /077 -print -quit)" ]; then
    fail "$folder or a file in it is readable by others than its owner: the credentials key must not be; fix with chmod -R go= $folder"
fi
(cd "$folder" && sed -n 's/^sha256 //p' MANIFEST | sha256sum --check --quiet) \
    || fail "$folder does not match its MANIFEST"
database=$(sed -n 's/^database=//p' "$folder/MANIFEST")

mkdir -p "$data_dir"
[ ! -e "$data_dir/credentials.key" ] || fail "$data_dir already has a credentials key: restore into a fresh instance"

case $database in
    postgresql)
        [ -n "${EC_INSTANCE_DB_URL:-}" ] || fail "the backup is of a PostgreSQL database: set EC_INSTANCE_DB_URL to an empty one"
        parse_postgresql_url "$EC_INSTANCE_DB_URL"
        export PGPASSWORD="${EC_INSTANCE_DB_PASSWORD:-}"
        user="${EC_INSTANCE_DB_USER:-postgres}"
        tables=$(psql -h "$pg_host" -p "$pg_port" -U "$user" -d "$pg_database" -Atc \
            "select count(*) from information_schema.tables where table_schema = current_schema()")
        [ "$tables" = 0 ] || fail "database $pg_database is not empty ($tables tables): restore into a fresh one"
        pg_restore --no-owner --exit-on-error -h "$pg_host" -p "$pg_port" -U "$user" -d "$pg_database" "$folder/instance.pgdump"
        ;;
    h2)
        [ -z "${EC_INSTANCE_DB_URL:-}" ] || fail "the backup is of the embedded H2 database, but EC_INSTANCE_DB_URL is set"
        [ ! -e "$data_dir/instance.mv.db" ] || fail "$data_dir already has a database: restore into a fresh instance"
        cp "$folder/instance.mv.db" "$data_dir/instance.mv.db"
        ;;
    *) fail "unknown database '$database' in $folder/MANIFEST" ;;
esac

cp "$folder/credentials.key" "$data_dir/credentials.key"
cp "$folder/license.properties" "$data_dir/restored-license.properties"
chmod 600 "$data_dir/credentials.key" "$data_dir/restored-license.properties"
cat <<DONE
Restored $folder (taken $(sed -n 's/^created=//p' "$folder/MANIFEST") on $(sed -n 's/^host=//p' "$folder/MANIFEST")).
Start the server with -Dinstance.license.path=$data_dir/restored-license.properties and the
credentials key in $data_dir/credentials.key: found there by default in development mode
(-Dinstance.credentials.key-path=... elsewhere); in production mode give the file's content as
instance.credentials.key, the way the original server had it.
DONE
