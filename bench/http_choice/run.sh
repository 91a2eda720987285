#!/usr/bin/env bash
# Proof of jobmatch's cpp-httplib settings: a hello route under wrk keep-alive load, with and
# without TCP_NODELAY, with httplib's default pool (8 threads on 2 cores) and jobmatch's 32.
#
# Usage: bench/http_choice/run.sh [HELLO_SERVER_BINARY]   (default: build-release/bench/hello_server)
# Env:   DURATION (wrk run length, default 5s). Raw wrk output goes to bench/out/http_choice/.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=../wrk/lib.sh
source "$root/bench/wrk/lib.sh"
binary=${1:-$root/build-release/bench/hello_server}
duration=${DURATION:-5s}
out="$root/bench/out/http_choice"
mkdir -p "$out"
if [[ ! -x $binary ]]; then
  echo "error: $binary not found; build it: cmake --build build-release --target hello_server" >&2
  exit 1
fi

server_pid=
trap 'if [[ -n $server_pid ]]; then stop_pid "$server_pid"; fi' EXIT

table="$out/http_choice.tsv"
printf 'nodelay\tthreads\tconnections\treq/s\tp50\tp99\tsocket errors\n' >"$table"
for config in "off 8" "on 8" "off 32" "on 32"; do
  read -r nodelay threads <<<"$config"
  start_listening "$out/server-$nodelay-$threads.out" "listening on" \
    "$binary" --nodelay "$nodelay" --threads "$threads"
  server_pid=$STARTED_PID
  for connections in 1 64; do
    wrk_threads=$((connections == 1 ? 1 : 2))
    run_wrk "$out/wrk-nodelay-$nodelay-threads-$threads-c$connections.txt" "$wrk_threads" \
      "$connections" "$duration" "$STARTED_URL/hello" || true
    printf '%s\t%s\t%s\t%s\tus:%s\tus:%s\t%s\n' "$nodelay" "$threads" "$connections" \
      "$WRK_RPS" "$WRK_P50_US" "$WRK_P99_US" "$WRK_ERRORS" >>"$table"
  done
  stop_pid "$server_pid"
  server_pid=
done

echo
echo "cpp-httplib $(dpkg-query -W -f='${Version}' libcpp-httplib-dev 2>/dev/null || echo '?'), hello route, keep-alive, wrk -d$duration"
python3 "$root/bench/tables.py" markdown <"$table"
