#!/usr/bin/env bash
# Faults against the three-broker cluster of three-brokers.sh, with TinRadar's demo running on it, counted from the
# committed records of articles.raw and articles.scored (CountArticles.java). Not part of the test suite: one run
# takes 10 minutes or more on a shared 2-core machine. Run it niced:
#
#   nice -n 10 deploy/ops/cluster/faults.sh broker [DIR]
#
#   broker   start the cluster and `run --demo --bootstrap`; once 30 or more articles are scored, kill -9 broker 3;
#            wait until the demo's articles stop arriving; print the counts, the time from the kill until an
#            article is scored again, and the replicas; then stop everything this script started.
#
# DIR defaults to ./fault-data (deleted first: every run starts from empty brokers). Needs deploy/target/tinradar.jar
# (./mvnw -B -q package -DskipTests) and free ports 19092-19094, 19192-19194 and 18080.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="${TINRADAR_JAR:-$here/../../target/tinradar.jar}"
scenario="${1:-}"
dir="${2:-./fault-data}"
bootstrap="127.0.0.1:19092,127.0.0.1:19093,127.0.0.1:19094"
port=18080
[ "$scenario" = broker ] || { sed -n '2,16p' "$0" >&2; exit 2; }
[ -f "$jar" ] || { echo "error: $jar not found: build it with ./mvnw -B -q package -DskipTests" >&2; exit 2; }
for p in 19092 19093 19094 $port; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "error: port $p is in use" >&2; exit 2; fi
done
rm -rf "$dir"; mkdir -p "$dir"; dir="$(cd "$dir" && pwd)"

# compiled once: a sample then takes a JVM start, not a compilation, so the time to recover is resolved finer
javac -nowarn -cp "$jar" -d "$dir/classes" "$here/CountArticles.java"
count() { java -cp "$jar:$dir/classes" CountArticles "$bootstrap" tinradar. 2>/dev/null | tail -1; }
scored_ids() { count | sed -n 's/.*scored_ids=\([0-9]*\).*/\1/p'; }
stamp() { date -u +%H:%M:%S; }
tinradar_pid=""
cleanup() {
  [ -n "$tinradar_pid" ] && kill "$tinradar_pid" 2>/dev/null && wait "$tinradar_pid" 2>/dev/null || true
  "$here/three-brokers.sh" stop "$dir/cluster" >/dev/null 2>&1 || true
}
trap cleanup EXIT

"$here/three-brokers.sh" start "$dir/cluster"
TINRADAR_ADMIN_PASSWORD="fault-run-$(date +%s)" java -Xmx768m -jar "$jar" run --demo --bootstrap "$bootstrap" \
  --data-dir "$dir/tinradar" --port $port > "$dir/tinradar.log" 2>&1 &
tinradar_pid=$!
echo "$(stamp) tinradar started (pid $tinradar_pid, log $dir/tinradar.log)"

before=0
until [ "${before:-0}" -ge 30 ]; do
  sleep 5
  kill -0 "$tinradar_pid" 2>/dev/null || { echo "error: tinradar exited; see $dir/tinradar.log" >&2; exit 1; }
  before="$(scored_ids)"
done
kill -9 "$(cat "$dir/cluster/node-3/pid")"
killed_at=$SECONDS
echo "$(stamp) kill -9 broker 3 with $before articles scored"

after="$before"; recovered=""; last_change=$SECONDS; sampled_at=0
while [ $((SECONDS - last_change)) -lt 120 ]; do
  sleep 1
  now="$(scored_ids)"
  if [ "${now:-0}" -gt "$after" ]; then
    [ -n "$recovered" ] || { recovered=$((SECONDS - killed_at)); echo "$(stamp) scoring again ${recovered} s after the kill (previous sample ${sampled_at} s after it)"; }
    after="$now"; last_change=$SECONDS
  fi
  [ -n "$recovered" ] || sampled_at=$((SECONDS - killed_at))
done
echo "$(stamp) no new article for 120 s: done"
echo "result: $(count) seconds_to_score_again=${recovered:-never}"
"$here/three-brokers.sh" check "$dir/cluster" || true
