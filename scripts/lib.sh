# Shared by the bench and check scripts: build the release binary and run it on a loopback port.
# Usage: source scripts/lib.sh; start_release_server PORT  (sets $server_pid; stopped on exit)

start_release_server() {
  local port=$1
  swift build -c release --product lede >/dev/null
  local bin
  bin="$(swift build -c release --show-bin-path)/lede"
  "$bin" serve --port "$port" --access-log false 2>/dev/null &
  server_pid=$!
  trap 'kill $server_pid 2>/dev/null || true' EXIT
  for _ in $(seq 50); do
    curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && return 0
    sleep 0.1
  done
  echo "the server did not start on port $port" >&2
  return 1
}
