#!/usr/bin/env bash
# A three-broker Kafka cluster (KRaft) on this machine, as separate JVMs started from the Kafka classes inside
# tinradar.jar: a production-shaped cluster to run TinRadar against.
#
#   deploy/ops/cluster/three-brokers.sh start  [DIR]   format (first time) and start the nodes not running
#   deploy/ops/cluster/three-brokers.sh status [DIR]   which nodes answer
#   deploy/ops/cluster/three-brokers.sh check  [DIR] [PREFIX]   replicas and retention of every topic (CheckTopics.java)
#   deploy/ops/cluster/three-brokers.sh stop   [DIR]   stop the nodes this script started (by their pid files)
#
# DIR defaults to ./cluster-data. Bootstrap: 127.0.0.1:19092,127.0.0.1:19093,127.0.0.1:19094. The brokers
# default to 3 replicas and min.insync.replicas=2, like a production cluster. Heap per node: KAFKA_HEAP (-Xmx384m);
# start waits TINRADAR_CLUSTER_WAIT seconds (180) for the nodes to answer.
# TINRADAR_CLUSTER_PORT moves the ports, so two clusters can run on one machine: TINRADAR_CLUSTER_PORT=29092 gives
# brokers on 29092-29094 and controllers on 29192-29194 (default 19092: 19092-19094 and 19192-19194).
# TINRADAR_CLUSTER_SHAPE picks how the controller quorum is run:
#   combined    (default) nodes 1-3 are each broker and controller: three JVMs, the quorum needs two of them
#   controller  nodes 1-3 are brokers only and node 4 a dedicated controller (port base+103, e.g. 19195), the
#               way production KRaft is run (there with three controllers; one here, to spare the machine): two
#               brokers of three can be down while the metadata still changes (ISR shrinks, leaders move),
#               which the combined shape cannot show, since two nodes down there is the quorum lost too.
# Then, for example:
#   java -jar deploy/target/tinradar.jar run --demo --bootstrap 127.0.0.1:19092,127.0.0.1:19093,127.0.0.1:19094
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="${TINRADAR_JAR:-$here/../../target/tinradar.jar}"
command="${1:-}"
dir="$(mkdir -p "${2:-./cluster-data}" && cd "${2:-./cluster-data}" && pwd)"
heap="${KAFKA_HEAP:--Xmx384m}"
# how long start waits for the nodes to answer: a node restarted after kill -9 on a loaded machine took more than 180 s
wait_s="${TINRADAR_CLUSTER_WAIT:-180}"
brokers=(1 2 3)
shape="${TINRADAR_CLUSTER_SHAPE:-combined}"
case "$shape" in
  combined) nodes=(1 2 3) controllers=(1 2 3) ;;
  controller) nodes=(1 2 3 4) controllers=(4) ;;
  *) echo "error: TINRADAR_CLUSTER_SHAPE must be combined or controller but was '$shape'" >&2; exit 2 ;;
esac
base="${TINRADAR_CLUSTER_PORT:-19092}"
[[ "$base" =~ ^[0-9]+$ ]] && [ "$base" -ge 1024 ] && [ "$base" -le 65300 ] \
  || { echo "error: TINRADAR_CLUSTER_PORT must be a port from 1024 to 65300 but was '$base'" >&2; exit 2; }
broker_port() { echo $((base - 1 + $1)); }
controller_port() { echo $((base + 99 + $1)); }
bootstrap="127.0.0.1:$base,127.0.0.1:$((base + 1)),127.0.0.1:$((base + 2))"

[ -f "$jar" ] || { echo "error: $jar not found: build it with ./mvnw -B -q package -DskipTests" >&2; exit 2; }

is_broker() { [ "$1" -le 3 ]; }
is_controller() { [[ " ${controllers[*]} " == *" $1 "* ]]; }

# the lines that differ by a node's roles: what it runs and which ports it listens on
role_properties() {
  local n=$1
  if is_broker "$n" && is_controller "$n"; then
    printf 'process.roles=broker,controller\nlisteners=PLAINTEXT://127.0.0.1:%s,CONTROLLER://127.0.0.1:%s\n' \
      "$(broker_port "$n")" "$(controller_port "$n")"
  elif is_broker "$n"; then
    printf 'process.roles=broker\nlisteners=PLAINTEXT://127.0.0.1:%s\n' "$(broker_port "$n")"
  else
    printf 'process.roles=controller\nlisteners=CONTROLLER://127.0.0.1:%s\n' "$(controller_port "$n")"
  fi
  if is_broker "$n"; then printf 'advertised.listeners=PLAINTEXT://127.0.0.1:%s\n' "$(broker_port "$n")"; fi
}

# the port that tells a node has started: its broker port, or its controller port for a controller only
node_port() { if is_broker "$1"; then broker_port "$1"; else controller_port "$1"; fi; }

write_properties() {
  local n=$1 voters=""
  for m in "${controllers[@]}"; do voters+="${voters:+,}$m@127.0.0.1:$(controller_port "$m")"; done
  mkdir -p "$dir/node-$n"
  # the replication defaults go to the controller too: in KRaft it is the controller that creates a topic
  cat > "$dir/node-$n/server.properties" <<PROPS
$(role_properties "$n")
node.id=$n
controller.quorum.voters=$voters
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$dir/node-$n/log
# as on a production cluster: three copies of everything, a write needs two of them
default.replication.factor=3
min.insync.replicas=2
offsets.topic.replication.factor=3
transaction.state.log.replication.factor=3
transaction.state.log.min.isr=2
share.coordinator.state.topic.replication.factor=3
share.coordinator.state.topic.min.isr=2
auto.create.topics.enable=false
group.initial.rebalance.delay.ms=0
# small machine: a modest cleaner buffer and few threads
log.cleaner.dedupe.buffer.size=8388608
num.network.threads=2
num.io.threads=2
PROPS
}

answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
  local cluster_id
  if [ ! -f "$dir/cluster-id" ]; then
    java -cp "$jar" kafka.tools.StorageTool random-uuid > "$dir/cluster-id"
  fi
  cluster_id="$(cat "$dir/cluster-id")"
  for n in "${nodes[@]}"; do
    if [ -f "$dir/node-$n/pid" ] && kill -0 "$(cat "$dir/node-$n/pid")" 2>/dev/null; then
      echo "node $n already running (pid $(cat "$dir/node-$n/pid"))"; continue
    fi
    write_properties "$n"
    if [ ! -f "$dir/node-$n/log/meta.properties" ]; then
      java -cp "$jar" kafka.tools.StorageTool format -t "$cluster_id" -c "$dir/node-$n/server.properties" \
        > "$dir/node-$n/format.log" 2>&1 || { cat "$dir/node-$n/format.log" >&2; exit 1; }
    fi
    nohup java $heap -XX:+UseSerialGC -cp "$jar" kafka.Kafka "$dir/node-$n/server.properties" \
      > "$dir/node-$n/server.log" 2>&1 &
    echo $! > "$dir/node-$n/pid"
    echo "node $n started (pid $!, port $(node_port "$n"), log $dir/node-$n/server.log)"
  done
  local deadline=$((SECONDS + wait_s))
  for n in "${nodes[@]}"; do
    until answers "$(node_port "$n")"; do
      [ $SECONDS -lt $deadline ] || { echo "error: node $n does not answer after $wait_s s; see $dir/node-$n/server.log" >&2; exit 1; }
      sleep 1
    done
  done
  echo "cluster up in ${SECONDS} s ($shape): --bootstrap $bootstrap"
}

stop() {
  # the brokers first, all at once: a node stopped last waits for a controller quorum that is gone and never
  # finishes its controlled shutdown; a dedicated controller goes after them, as they need it to shut down
  stop_nodes $(for n in "${nodes[@]}"; do is_broker "$n" && echo "$n"; done)
  stop_nodes $(for n in "${nodes[@]}"; do is_broker "$n" || echo "$n"; done)
}

stop_nodes() { # N...: ask these nodes together, kill -9 one still there after 60 s
  local pids=()
  for n in "$@"; do
    local pidfile="$dir/node-$n/pid"
    [ -f "$pidfile" ] || continue
    local pid; pid="$(cat "$pidfile")"
    if kill -0 "$pid" 2>/dev/null; then kill "$pid"; pids+=("$n:$pid"); fi
    rm -f "$pidfile"
  done
  for entry in "${pids[@]}"; do
    local n="${entry%%:*}" pid="${entry#*:}"
    for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    if kill -0 "$pid" 2>/dev/null; then
      kill -9 "$pid"; echo "node $n killed after 60 s (pid $pid)"
    else
      echo "node $n stopped (pid $pid)"
    fi
  done
}

status() {
  for n in "${nodes[@]}"; do
    if answers "$(node_port "$n")"; then echo "node $n: up on $(node_port "$n")"; else echo "node $n: down"; fi
  done
}

case "$command" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  check) java -cp "$jar" "$here/CheckTopics.java" "$bootstrap" "${3:-tinradar.}" "${#brokers[@]}" ;;
  *) sed -n '2,22p' "$0" >&2; exit 2 ;;
esac
