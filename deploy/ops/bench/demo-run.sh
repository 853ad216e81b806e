#!/usr/bin/env bash
# Measures the demo as a new user runs it: seconds from `java -jar ... run --demo` to the first alert and to
# both demo alerts (the landslide burst and the copied fabricated story), articles indexed, and the process's
# peak resident memory (VmHWM) after it has run for a while.
#
#   deploy/ops/bench/demo-run.sh [seconds-to-run, default 180] [port, default 8090]
#
# Needs the built jar (./mvnw -B -q package -DskipTests), curl, and Linux /proc. Uses a fresh data directory
# and a generated password; the demo's source sites take their usual ports 18801+.
set -euo pipefail
cd "$(dirname "$0")/../../.."
run_for=${1:-180}
port=${2:-8090}
jar=deploy/target/tinradar.jar
[ -f "$jar" ] || { echo "no $jar: build it first (./mvnw -B -q package -DskipTests)" >&2; exit 2; }
data=$(mktemp -d -t tinradar-demo-bench.XXXXXX)
password="bench-$RANDOM$RANDOM"
log="$data/process.log"

now_ms() { date +%s%3N; }
start=$(now_ms)
TINRADAR_ADMIN_PASSWORD="$password" java -jar "$jar" run --demo --data-dir "$data/data" --port "$port" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT

api() { curl -fsS -u "admin:$password" "http://127.0.0.1:$port$1" 2>/dev/null || true; }
first_alert="" both_alerts=""
while [ $(( $(now_ms) - start )) -lt $(( run_for * 1000 )) ]; do
  kill -0 "$pid" 2>/dev/null || { echo "the process stopped; last lines of $log:" >&2; tail -5 "$log" >&2; exit 1; }
  alerts=$(api /api/alerts)
  t=$(( $(now_ms) - start ))
  if [ -z "$first_alert" ] && grep -q '"rule"' <<<"$alerts"; then first_alert=$t; fi
  if [ -z "$both_alerts" ] && grep -q '"rule":"topic-burst"' <<<"$alerts" && grep -q '"rule":"story-spread"' <<<"$alerts"; then
    both_alerts=$t
  fi
  sleep 0.5
done

health=$(api /health)
indexed=$(grep -o '"documents":[0-9]*' <<<"$health" | grep -o '[0-9]*$' || echo 0)
alerts_count=$(api /api/alerts | grep -o '"rule":"' | wc -l)
peak_kb=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
secs() { [ -n "$1" ] && awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }' || echo "none"; }
printf 'bench=demo-run seconds=%s first_alert_s=%s both_demo_alerts_s=%s indexed=%s alerts=%s peak_rss_mb=%d rss_now_mb=%d\n' \
  "$run_for" "$(secs "$first_alert")" "$(secs "$both_alerts")" "$indexed" "$alerts_count" $((peak_kb / 1024)) $((rss_kb / 1024))
kill "$pid"; wait "$pid" 2>/dev/null || true
trap - EXIT
rm -rf "$data"
