#!/usr/bin/env bash
# How long a surviving analyze instance takes to take over the partitions of one killed with kill -9, with and without
# a standby replica (issue 12). On the three-broker cluster of three-brokers.sh (ports from TINRADAR_CLUSTER_PORT,
# default here 29092, so a fault drill on the default 19092 can run at the same time), started if it is not up and
# left running for the next run. Not part of the test suite: a 20,000-article run takes several minutes. Run it niced:
#
#   nice -n 10 deploy/ops/cluster/takeover.sh N STANDBYS [DIR]     one run: N articles, kafka.standby-replicas STANDBYS
#   deploy/ops/cluster/takeover.sh stop [DIR]                       stop the cluster
#
# One run: two `analyze` JVMs (A, B) with their own data dirs and the run's own topic prefix; N real articles fed into
# articles.raw (Takeover.java: the replay files under REPLAY_DIR, then VNTC); once the analyze group has no lag, and
# GRACE seconds more for the standbys, a probe article every 200 ms; kill -9 of the instance holding more partitions
# of articles.scored; then, from the kill, the first article the survivor indexes on each partition it gained, and
# what its log says it restored and re-indexed. Prints key=value lines, also kept in DIR/results.txt, then stops the
# survivor, counts articles never scored or scored twice (CountArticles.java) and deletes the run's topics.
#
# SESSION_TIMEOUT_MS sets kafka.client.session.timeout.ms (Kafka's default 45000): how long the group waits for a
# killed member. START_WAIT (default 300) is how many seconds A and B may take to start. DIR defaults to
# ./takeover-data. Needs deploy/target/tinradar.jar (./mvnw -B -q package -DskipTests), free ports 29180-29181,
# REPLAY_DIR (default /work/realdata/replay) and VNTC (default ../shared/data/topic/vntc-train-full.jsonl.gz).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="${TINRADAR_JAR:-$here/../../target/tinradar.jar}"
export TINRADAR_CLUSTER_PORT="${TINRADAR_CLUSTER_PORT:-29092}"
base="$TINRADAR_CLUSTER_PORT"
bootstrap="127.0.0.1:$base,127.0.0.1:$((base + 1)),127.0.0.1:$((base + 2))"
replay="${REPLAY_DIR:-/work/realdata/replay}"
vntc="${VNTC:-$here/../../../../shared/data/topic/vntc-train-full.jsonl.gz}"
grace="${GRACE:-20}"
heap="${ANALYZE_HEAP:--Xmx1g}"
usage() { sed -n '2,20p' "$0" >&2; exit 2; }

if [ "${1:-}" = stop ]; then
  dir="${2:-./takeover-data}"
  exec "$here/three-brokers.sh" stop "$dir/cluster"
fi
n="${1:-}"; standbys="${2:-}"
[[ "$n" =~ ^[0-9]+$ ]] && [ "$n" -ge 1 ] || { echo "error: N must be a number of articles >= 1 but was '$n'" >&2; usage; }
[[ "$standbys" =~ ^[0-9]+$ ]] || { echo "error: STANDBYS must be 0, 1, ... but was '$standbys'" >&2; usage; }
[ -f "$jar" ] || { echo "error: $jar not found: build it with ./mvnw -B -q package -DskipTests" >&2; exit 2; }
[ -d "$replay" ] || { echo "error: REPLAY_DIR $replay not found" >&2; exit 2; }
[ -f "$vntc" ] || { echo "error: VNTC $vntc not found" >&2; exit 2; }
for p in 29180 29181; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "error: port $p is in use" >&2; exit 2; fi
done
dir="$(mkdir -p "${3:-./takeover-data}" && cd "${3:-./takeover-data}" && pwd)"
prefix="takeover-n$n-s$standbys-$(date +%s)."
run="$dir/${prefix%.}"
mkdir -p "$run"
stamp() { date -u +%H:%M:%S; }

"$here/three-brokers.sh" start "$dir/cluster" > "$run/cluster.log"
javac -nowarn -cp "$jar" -d "$dir/classes" "$here/Takeover.java" "$here/CommittedRecords.java" "$here/CountArticles.java"

client_yaml=""
if [ -n "${SESSION_TIMEOUT_MS:-}" ]; then
  [[ "$SESSION_TIMEOUT_MS" =~ ^[0-9]+$ ]] || { echo "error: SESSION_TIMEOUT_MS must be milliseconds but was '$SESSION_TIMEOUT_MS'" >&2; exit 2; }
  client_yaml="  client:
    session.timeout.ms: $SESSION_TIMEOUT_MS"
fi
cat > "$run/tinradar.yaml" <<YAML
kafka:
  bootstrap: $bootstrap
  topic-prefix: $prefix
  standby-replicas: $standbys
$client_yaml
web:
  advertised-host: 127.0.0.1
  peer-secret: "takeover-$(date +%s)-$RANDOM"
YAML

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT
start_analyze() {
  TINRADAR_ADMIN_PASSWORD="takeover-$RANDOM-$RANDOM" java "$heap" -jar "$jar" analyze --config "$run/tinradar.yaml" \
    --data-dir "$run/$1" --port "$2" > "$run/$1.log" 2>&1 &
  pids+=($!)
  echo $! > "$run/$1.pid"
}
running() { grep -q "event=streams-state from=REBALANCING to=RUNNING" "$run/$1.log" 2>/dev/null; }
start_analyze a 29180
start_analyze b 29181
echo "$(stamp) analyze A (pid $(cat "$run/a.pid")) and B (pid $(cat "$run/b.pid")) starting; logs under $run"
start_wait="${START_WAIT:-300}"
deadline=$((SECONDS + start_wait))
until running a && running b; do
  [ $SECONDS -lt $deadline ] || { echo "error: analyze not running after $start_wait s; see $run/a.log, $run/b.log" >&2; exit 1; }
  for x in a b; do
    kill -0 "$(cat "$run/$x.pid")" 2>/dev/null || { echo "error: analyze $x exited; see $run/$x.log" >&2; exit 1; }
  done
  sleep 2
done

{
  echo "run=${prefix%.} n=$n standby_replicas=$standbys session_timeout_ms=${SESSION_TIMEOUT_MS:-45000} started=$(date -u +%FT%TZ) load_before=\"$(cut -d' ' -f1-3 /proc/loadavg)\""
  java -cp "$jar:$dir/classes" Takeover "$bootstrap" "$prefix" "$n" "$replay" "$vntc" "$grace" \
    "$(cat "$run/a.pid")" "$run/a" "$run/a.log" "$(cat "$run/b.pid")" "$run/b" "$run/b.log" 2>"$run/takeover.err"
  echo "load_after=\"$(cut -d' ' -f1-3 /proc/loadavg)\""
} | tee "$run/result.txt"
cleanup
pids=()
# lost or scored twice across the kill: committed records of articles.raw against articles.scored, fed and probes
java -cp "$jar:$dir/classes" CountArticles "$bootstrap" "$prefix" 2>>"$run/takeover.err" | tail -1 | tee -a "$run/result.txt"
java -cp "$jar:$dir/classes" Takeover delete-topics "$bootstrap" "$prefix" 2>>"$run/takeover.err" | tee -a "$run/result.txt"
rm -rf "$run/a" "$run/b"
{ echo; cat "$run/result.txt"; } >> "$dir/results.txt"
