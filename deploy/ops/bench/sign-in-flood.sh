#!/usr/bin/env bash
# Measures what a flood of password guesses costs a running TinRadar: N made-up user names sent at once with HTTP
# Basic from 127.0.0.1, while a real user signs in from 127.0.0.2. Prints how many guesses reached a password check
# (401) or were told to wait (429), the real user's status and time before and during the flood, and the CPU the
# process spent (from /proc).
#
#   deploy/ops/bench/sign-in-flood.sh PORT ADMIN-PASSWORD PID [guesses, default 64]
#
# Needs curl, Linux /proc and a loopback that answers on 127.0.0.2 (Linux does). Start the process first, e.g.
#   TINRADAR_ADMIN_PASSWORD=... java -jar deploy/target/tinradar.jar run --demo --port 18377 --data-dir /tmp/d
set -euo pipefail
port=$1 password=$2 pid=$3 guesses=${4:-64}
base="http://127.0.0.1:$port"
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
real_user() { curl -s -o /dev/null -w "%{http_code} %{time_total}s" --interface 127.0.0.2 -u "admin:$password" "$base/api/me"; }

echo "real user before: $(real_user), $(real_user), $(real_user)"
out=$(mktemp)
c0=$(cpu_ticks) t0=$(date +%s%N)
for i in $(seq 1 "$guesses"); do
  curl -s -o /dev/null -w "%{http_code}\n" -u "nguoi-la-$i-$RANDOM:sai" "$base/api/me" >>"$out" &
done
during=$(real_user)
wait
t1=$(date +%s%N) c1=$(cpu_ticks)
echo "real user during the flood: $during"
echo "guesses: $(grep -c '^401' "$out" || true) checked (401), $(grep -c '^429' "$out" || true) told to wait (429)"
echo "flood wall time: $(( (t1 - t0) / 1000000 )) ms, process CPU: $(( (c1 - c0) * 10 )) ms"
echo "real user after: $(real_user)"
rm -f "$out"
