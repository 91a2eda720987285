# shellcheck shell=bash disable=SC2034  # the variables set here are read by the sourcing scripts
# Shell helpers shared by scripts/bench and bench/http_choice/run.sh (source this file).

# start_listening OUT_FILE PATTERN CMD...: starts CMD in the background with stdout in OUT_FILE,
# waits until a line matching PATTERN ("... listening on http://HOST:PORT") appears, then sets
# STARTED_PID and STARTED_URL. Fails when the process dies or 60 s pass.
start_listening() {
  local out=$1 pattern=$2
  shift 2
  # Emptied first: the background redirection may truncate a previous run's file only after
  # the first grep below has read it.
  : >"$out"
  "$@" >"$out" 2>"$out.err" &
  STARTED_PID=$!
  local waited=0
  while ! grep -q "$pattern" "$out" 2>/dev/null; do
    if ! kill -0 "$STARTED_PID" 2>/dev/null; then
      echo "error: $1 exited before listening; its stderr:" >&2
      cat "$out.err" >&2
      return 1
    fi
    if ((waited >= 600)); then
      echo "error: $1 did not listen within 60 s" >&2
      stop_pid "$STARTED_PID"
      return 1
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
  STARTED_URL=$(grep -o 'http://[0-9.]*:[0-9]*' "$out" | head -n1 || true)
  if [[ -z $STARTED_URL ]]; then
    echo "error: no http://HOST:PORT in the output of $1: $(head -n1 "$out")" >&2
    stop_pid "$STARTED_PID"
    return 1
  fi
}

# stop_pid PID: SIGTERM, then SIGKILL after 10 s; waits for it.
stop_pid() {
  local pid=$1 waited=0
  kill -TERM "$pid" 2>/dev/null || return 0
  while kill -0 "$pid" 2>/dev/null && ((waited < 100)); do
    sleep 0.1
    waited=$((waited + 1))
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# run_wrk OUT_FILE THREADS CONNECTIONS DURATION URL: runs wrk with bench/wrk/report.lua and
# sets WRK_REQUESTS, WRK_RPS, WRK_P50_US, WRK_P99_US, WRK_ERRORS, WRK_NON2XX from its
# WRK_RESULT line. Latencies are "-" when no request completed.
run_wrk() {
  local out=$1 threads=$2 connections=$3 duration=$4 url=$5
  local lua
  lua="$(dirname "${BASH_SOURCE[0]}")/report.lua"
  wrk -t"$threads" -c"$connections" -d"$duration" --timeout 5s --latency -s "$lua" "$url" \
    >"$out" 2>&1 || true
  local line
  line=$(grep '^WRK_RESULT' "$out" | tail -n1)
  if [[ -z $line ]]; then
    echo "error: wrk produced no result for $url; see $out" >&2
    WRK_REQUESTS=- WRK_RPS=- WRK_P50_US=- WRK_P99_US=- WRK_ERRORS=- WRK_NON2XX=-
    return 1
  fi
  WRK_REQUESTS=$(sed -E 's/.* requests=([0-9]+).*/\1/' <<<"$line")
  WRK_RPS=$(sed -E 's/.* rps=([0-9.]+).*/\1/' <<<"$line")
  WRK_P50_US=$(sed -E 's/.* p50_us=([0-9]+).*/\1/' <<<"$line")
  WRK_P99_US=$(sed -E 's/.* p99_us=([0-9]+).*/\1/' <<<"$line")
  WRK_ERRORS=$(sed -E 's/.* errors=([0-9]+).*/\1/' <<<"$line")
  WRK_NON2XX=$(sed -E 's/.* non2xx=([0-9]+).*/\1/' <<<"$line")
  if [[ $WRK_REQUESTS == 0 ]]; then WRK_P50_US=- WRK_P99_US=-; fi
}
