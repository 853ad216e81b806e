#!/usr/bin/env bash
# A three-node Kafka cluster (KRaft, each node broker and controller) on this machine, as separate JVMs started
# from the Kafka classes inside tinradar.jar: a production-shaped cluster to run TinRadar against.
#
#   deploy/ops/cluster/three-brokers.sh start  [DIR]   format (first time) and start the three nodes
#   deploy/ops/cluster/three-brokers.sh status [DIR]   which nodes answer
#   deploy/ops/cluster/three-brokers.sh check  [DIR] [PREFIX]   replicas and retention of every topic (CheckTopics.java)
#   deploy/ops/cluster/three-brokers.sh stop   [DIR]   stop the nodes this script started (by their pid files)
#
# DIR defaults to ./cluster-data. Bootstrap: 127.0.0.1:19092,127.0.0.1:19093,127.0.0.1:19094. The brokers
# default to 3 replicas and min.insync.replicas=2, like a production cluster. Heap per node: KAFKA_HEAP (-Xmx384m);
# start waits TINRADAR_CLUSTER_WAIT seconds (180) for the nodes to answer.
# TINRADAR_CLUSTER_PORT moves the ports, so two clusters can run on one machine: TINRADAR_CLUSTER_PORT=29092 gives
# brokers on 29092-29094 and controllers on 29192-29194 (default 19092: 19092-19094 and 19192-19194).
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
nodes=(1 2 3)
base="${TINRADAR_CLUSTER_PORT:-19092}"
[[ "$base" =~ ^[0-9]+$ ]] && [ "$base" -ge 1024 ] && [ "$base" -le 65300 ] \
  || { echo "error: TINRADAR_CLUSTER_PORT must be a port from 1024 to 65300 but was '$base'" >&2; exit 2; }
broker_port() { echo $((base - 1 + $1)); }
controller_port() { echo $((base + 99 + $1)); }
bootstrap="127.0.0.1:$base,127.0.0.1:$((base + 1)),127.0.0.1:$((base + 2))"

[ -f "$jar" ] || { echo "error: $jar not found: build it with ./mvnw -B -q package -DskipTests" >&2; exit 2; }

write_properties() {
  local n=$1 voters=""
  for m in "${nodes[@]}"; do voters+="${voters:+,}$m@127.0.0.1:$(controller_port "$m")"; done
  mkdir -p "$dir/node-$n"
  cat > "$dir/node-$n/server.properties" <<PROPS
process.roles=broker,controller
node.id=$n
controller.quorum.voters=$voters
listeners=PLAINTEXT://127.0.0.1:$(broker_port "$n"),CONTROLLER://127.0.0.1:$(controller_port "$n")
advertised.listeners=PLAINTEXT://127.0.0.1:$(broker_port "$n")
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
    echo "node $n started (pid $!, port $(broker_port "$n"), log $dir/node-$n/server.log)"
  done
  local deadline=$((SECONDS + wait_s))
  for n in "${nodes[@]}"; do
    until answers "$(broker_port "$n")"; do
      [ $SECONDS -lt $deadline ] || { echo "error: node $n does not answer after $wait_s s; see $dir/node-$n/server.log" >&2; exit 1; }
      sleep 1
    done
  done
  echo "cluster up in ${SECONDS} s: --bootstrap $bootstrap"
}

stop() {
  # all at once: a node stopped last waits for a controller quorum that is gone and never finishes its
  # controlled shutdown, so every node is asked together, and one still there after 60 s is killed
  local pids=()
  for n in "${nodes[@]}"; do
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
    if answers "$(broker_port "$n")"; then echo "node $n: up on $(broker_port "$n")"; else echo "node $n: down"; fi
  done
}

case "$command" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  check) java -cp "$jar" "$here/CheckTopics.java" "$bootstrap" "${3:-tinradar.}" "${#nodes[@]}" ;;
  *) sed -n '2,16p' "$0" >&2; exit 2 ;;
esac
