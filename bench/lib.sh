# Shared by the bench scripts (source it after `cd` to the project root): tool checks, the jar, one-core
# pinning, and a server on loopback.

# Exit 2 naming the first tool missing (with the Debian package for wrk).
need_tools() {
  local tool hint
  for tool in "$@"; do
    if ! command -v "$tool" >/dev/null; then
      hint=""
      [ "$tool" = wrk ] && hint=" (Debian: apt-get update && apt-get install -y wrk)"
      echo "bench: '$tool' is not installed$hint" >&2
      exit 2
    fi
  done
}

# The jar, or exit 2 saying how to build it; JAR names it.
need_jar() {
  JAR=target/pledgescope.jar
  [ -f "$JAR" ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 2; }
}

# "taskset -c 0" where taskset exists: runs a command on one core.
PIN=""
command -v taskset >/dev/null && PIN="taskset -c 0"

# Starts the jar's service on 127.0.0.1:$1, logging to $2; sets SERVER (its pid) and BASE, stops it on exit,
# and waits up to 180 s for it to be healthy.
start_server() {
  local port=$1 log=$2
  java -jar target/pledgescope.jar serve --port "$port" --server.address=127.0.0.1 >"$log" 2>&1 &
  SERVER=$!
  trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true' EXIT
  BASE="http://127.0.0.1:$port"
  for _ in $(seq 1 180); do
    curl -sf "$BASE/actuator/health" >/dev/null && return 0
    kill -0 "$SERVER" 2>/dev/null || { echo "bench: the server did not start; see $log" >&2; exit 1; }
    sleep 1
  done
  echo "bench: no healthy server after 180 s; see $log" >&2
  exit 1
}
