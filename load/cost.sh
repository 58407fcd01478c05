#!/usr/bin/env bash
# CPU cost per request of the running service, robust to other load on the machine: runs wrk for DURATION
# against one endpoint and divides the service process's CPU time (user + system, from /proc) by the number
# of requests answered. Useful for A/B comparisons on a busy machine, where latencies mean little.
#   load/cost.sh <service pid> <wrk args...>      e.g. load/cost.sh 1234 -c4 -s load/speaker.lua http://127.0.0.1:18280
# DURATION (10s). The database server's own CPU is not included.
set -euo pipefail
PID=${1:?usage: load/cost.sh <pid> <wrk args...>}; shift
ticks() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
HZ=$(getconf CLK_TCK)
before=$(ticks)
out=$(wrk -t1 -d"${DURATION:-10s}" "$@")
after=$(ticks)
requests=$(echo "$out" | awk '/requests in/ {print $1}')
non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
echo "$out" | grep -E "Latency  |Requests/sec" || true
awk -v b="$before" -v a="$after" -v n="$requests" -v hz="$HZ" -v bad="${non2xx:-0}" \
  'BEGIN { printf "requests %d (non-2xx %d), service CPU %.2f s, %.2f ms CPU per request\n", n, bad, (a-b)/hz, 1000*(a-b)/hz/n }'
