#!/usr/bin/env bash
# Measures the time from the README's run command to the first successful request to the instance,
# cold (no local server yet: unpack, provision, first boot, schema creation) and warm (second run,
# server and data kept), next to a bare WildFly booting from a fresh unpack and serving its welcome
# page, measured the same way. Prints one line per case and a summary line. Uses its own directory
# and the run script's default ports (stop a running ./run first).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
wildfly_version=$(sed -n 's:.*<wildfly.version>\(.*\)</wildfly.version>.*:\1:p' pom.xml)
dependency_plugin=$(sed -n 's:.*<dependency-plugin.version>\(.*\)</dependency-plugin.version>.*:\1:p' pom.xml)

./mvnw -q -Dmaven.test.skip=true -pl server,ear,cloud -am package -Dec.server.dir="$work/prefetch" >/dev/null
# The WildFly zip from wherever this Maven keeps its repository (not necessarily ~/.m2).
./mvnw -q -N "org.apache.maven.plugins:maven-dependency-plugin:$dependency_plugin:copy" \
    -Dartifact="org.wildfly:wildfly-dist:$wildfly_version:zip" -DoutputDirectory="$work" >/dev/null
dist="$work/wildfly-dist-$wildfly_version.zip"

# time_until_ok URL COMMAND...: seconds from starting COMMAND until URL answers 200; then stops it.
time_until_ok() {
    local url=$1; shift
    local start end pid
    start=$(date +%s.%N)
    setsid "$@" >"$work/out.log" 2>&1 &
    pid=$!
    until curl -fs -o /dev/null "$url"; do
        kill -0 $pid 2>/dev/null || { echo "command exited; see $work/out.log" >&2; tail -20 "$work/out.log" >&2; return 1; }
        sleep 0.1
    done
    end=$(date +%s.%N)
    # TERM, not INT: a command started in the background by a script ignores SIGINT.
    kill -TERM -- -$pid 2>/dev/null || true
    wait $pid 2>/dev/null || true
    echo "$end - $start" | bc
}

median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m}'; }

cold=() warm=() bare=() bare_warm=()
for i in $(seq "$runs"); do
    rm -rf "$work/local"
    cold+=("$(EC_LOCAL_DIR="$work/local" time_until_ok http://localhost:8080/login.xhtml ./run)")
    warm+=("$(EC_LOCAL_DIR="$work/local" time_until_ok http://localhost:8080/login.xhtml ./run)")
    rm -rf "$work/bare" && mkdir "$work/bare"
    bare+=("$(time_until_ok http://localhost:8080/ bash -c "cd '$work/bare' && jar xf '$dist' && chmod +x wildfly-$wildfly_version/bin/*.sh && exec wildfly-$wildfly_version/bin/standalone.sh")")
    bare_warm+=("$(time_until_ok http://localhost:8080/ "$work/bare/wildfly-$wildfly_version/bin/standalone.sh")")
    echo "run $i: cold ${cold[-1]} s, warm ${warm[-1]} s; bare WildFly cold ${bare[-1]} s, warm ${bare_warm[-1]} s"
done
echo "startup-bench: run command to first request: cold $(printf '%s\n' "${cold[@]}" | median) s, warm $(printf '%s\n' "${warm[@]}" | median) s; bare WildFly cold (unpack + boot) $(printf '%s\n' "${bare[@]}" | median) s, warm $(printf '%s\n' "${bare_warm[@]}" | median) s (medians of $runs)"
