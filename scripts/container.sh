#!/usr/bin/env bash
# Builds the project's Dockerfile with podman, runs the image and probes it from the host: /healthz,
# /readyz and an analysis of the seed article must answer byte for byte as a release build on the
# host does; prints the image's size, the container's idle RSS, its user and its models.
#
# No registry need be reachable but Debian's: the Dockerfile's two base images are replaced by local
# stand-ins under the same names, so the Dockerfile itself is what gets built.
#   debian:bookworm-slim    a `debootstrap --variant=minbase bookworm` root, `podman import`ed
#   swift:6.3-bookworm      the same plus the packages the official image adds and this machine's
#                           Swift toolchain (SWIFT_TOOLCHAIN); where GitHub is unreachable, the bare
#                           git copies of the packages Package.swift names (SWIFT_PACKAGES/OWNER/NAME.git)
#                           and a git rule that reads github.com addresses from them
# Stand-ins already in the store are reused (LEDE_REBASE=1 makes them anew).
#
# Then the Indexed Job's pod command (deploy/kubernetes/batch-job.yaml) runs in two containers, as
# pods 0 and 1 of 2, over CORPUS: their parts, sorted by id, must equal the host's `lede batch`.
#
# Usage: scripts/container.sh [SEED_ARTICLE] [CORPUS.jsonl]
#   (defaults: the test fixture; a corpus of 24 articles cut from the seed article)
# Environment: JOBS (swift build jobs inside the build, default 1), LEDE_PORTABLE (0),
#   PORT (the container's port on the host network, 18095), HOST_PORT (the host build's, 18096),
#   LEDE_HOST_BIN (the host build to compare with; default: `swift build -c release -j JOBS`),
#   LEDE_CONTAINER_WORK (the roots and containers.conf, /var/tmp/lede-container),
#   SWIFT_TOOLCHAIN (/opt/swift), SWIFT_PACKAGES (/opt/swift-packages), IMAGE (localhost/lede:latest).
# Needs root (debootstrap, podman's store); installs podman, runc and debootstrap with apt-get if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
article=${1:-Tests/ServerTests/Fixtures/seed-article.txt}
corpus=${2:-}
jobs=${JOBS:-1}
port=${PORT:-18095}
host_port=${HOST_PORT:-18096}
work=${LEDE_CONTAINER_WORK:-/var/tmp/lede-container}
toolchain=${SWIFT_TOOLCHAIN:-/opt/swift}
packages=${SWIFT_PACKAGES:-/opt/swift-packages}
image=${IMAGE:-localhost/lede:latest}
runtime_base=docker.io/library/debian:bookworm-slim
build_base=docker.io/library/swift:6.3-bookworm
container=lede-probe-$$

[ -r "$article" ] || { echo "cannot read the seed article $article" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "run as root: debootstrap and podman's store need it" >&2; exit 2; }
[ -x "$toolchain/usr/bin/swift" ] || { echo "no Swift toolchain at $toolchain (set SWIFT_TOOLCHAIN)" >&2; exit 2; }

missing=()
for tool in podman runc debootstrap; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${missing[@]}"
fi

# What ran a container on this machine: runc, no overlay (vfs), the host's network, no default
# ulimits (raising them is refused in this sandbox), cgroups by hand (no systemd).
mkdir -p "$work"
cat > "$work/containers.conf" <<'CONF'
[containers]
default_ulimits = []
netns = "host"

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
CONF
export CONTAINERS_CONF="$work/containers.conf"
# A store of its own: vfs copies every layer whole (the build stage is 4.4 GB a copy), so images
# left untagged are pruned after the build, and `rm -rf $work` removes everything.
pm() { podman --storage-driver vfs --root "$work/storage" --runroot "$work/run" "$@"; }

seconds() { date +%s; }

# --- the runtime base: a minimal Debian bookworm --------------------------------------------------
# What the official -slim images add to a minimal root: apt keeps no package caches, fetches no
# translations, and dpkg installs no documentation, manual pages or translations.
slim() {
  local root=$1
  cat > "$root/etc/apt/apt.conf.d/docker-clean" <<'APT'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
APT
  echo 'Acquire::Languages "none";' > "$root/etc/apt/apt.conf.d/docker-no-languages"
  echo 'Acquire::GzipIndexes "true";' > "$root/etc/apt/apt.conf.d/docker-gzip-indexes"
  echo 'Apt::AutoRemove::SuggestsImportant "false";' > "$root/etc/apt/apt.conf.d/docker-autoremove-suggests"
  mkdir -p "$root/etc/dpkg/dpkg.cfg.d"
  cat > "$root/etc/dpkg/dpkg.cfg.d/docker" <<'DPKG'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/info/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/lintian/overrides/*
path-exclude /usr/share/locale/*
path-exclude /usr/share/man/*
DPKG
  find "$root/usr/share/doc" -type f ! -name copyright -delete
  rm -rf "$root/usr/share/info/"* "$root/usr/share/locale/"* "$root/usr/share/man/"*
  rm -rf "$root/var/cache/apt/"*.bin "$root/var/cache/apt/archives/"*.deb "$root/var/lib/apt/lists/"*
}

if [ "${LEDE_REBASE:-0}" = 1 ] || ! pm image exists "$runtime_base"; then
  echo "== $runtime_base: debootstrap --variant=minbase bookworm"
  rm -rf "$work/bookworm"
  debootstrap --variant=minbase bookworm "$work/bookworm" http://deb.debian.org/debian >"$work/debootstrap.log"
  slim "$work/bookworm"
  tar -C "$work/bookworm" -c . | pm import --change 'CMD ["bash"]' - "$runtime_base" >/dev/null
fi

# --- the build base: the same with the official Swift image's packages and this toolchain --------
if [ "${LEDE_REBASE:-0}" = 1 ] || ! pm image exists "$build_base"; then
  echo "== $build_base: $runtime_base + $toolchain"
  context=$(mktemp -d)
  volumes=(-v "$toolchain:/toolchain:ro")
  mirror=""
  # The packages Package.swift names, read from local git copies when GitHub is out of reach.
  while read -r repo; do
    [ -d "$packages/$repo.git" ] || continue
    volumes+=(-v "$packages/$repo.git:/mirror/$repo.git:ro")
    mirror+=" && mkdir -p /opt/swift-packages/${repo%/*} && git clone -q --bare /mirror/$repo.git /opt/swift-packages/$repo.git"
  done < <(grep -oE 'github\.com/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+' Package.swift | sed -E 's#github\.com/##; s#\.git$##' | sort -u)
  if [ -n "$mirror" ]; then
    mirror+=" && git config --system url./opt/swift-packages/.insteadOf https://github.com/"
  fi
  cat > "$context/Containerfile" <<EOF
FROM $runtime_base
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \\
      binutils ca-certificates gcc git libc6-dev libcurl4-openssl-dev libedit-dev libncurses-dev \\
      libpython3-dev libsqlite3-dev libstdc++-12-dev libxml2-dev pkg-config tzdata uuid-dev zlib1g-dev \\
    && rm -rf /var/lib/apt/lists/* \\
    && cp -a /toolchain/usr/. /usr/ $mirror \\
    && swift --version
EOF
  pm build --layers=false --network host --pull=never "${volumes[@]}" -t "$build_base" "$context"
  rm -rf "$context"
fi

# --- the project's image, from its own Dockerfile -------------------------------------------------
echo "== podman build -t $image . (swift build -j $jobs inside)"
started=$(seconds)
# Docker format keeps the HEALTHCHECK (OCI images have no such field).
# No layer per step (--layers=false): under vfs each would be a full copy of the build stage.
pm build --format docker --layers=false --network host --pull=never \
  --build-arg "SWIFT_BUILD_JOBS=$jobs" --build-arg "LEDE_PORTABLE=${LEDE_PORTABLE:-0}" -t "$image" .
build_seconds=$(($(seconds) - started))
pm image prune -f >/dev/null

# --- the host build, for comparison ---------------------------------------------------------------
host_bin=${LEDE_HOST_BIN:-}
if [ -z "$host_bin" ]; then
  LEDE_PORTABLE=${LEDE_PORTABLE:-0} swift build -c release -j "$jobs" --product lede >/dev/null
  host_bin="$(swift build -c release --show-bin-path)/lede"
fi

scratch=$(mktemp -d)
host_pid=""
cleanup() {
  pm rm -f "$container" >/dev/null 2>&1 || true
  [ -n "$host_pid" ] && kill "$host_pid" 2>/dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT

wait_ready() {
  for _ in $(seq 100); do
    curl -fs "http://127.0.0.1:$1/readyz" >/dev/null && return 0
    sleep 0.1
  done
  echo "nothing answered /readyz on port $1" >&2
  return 1
}

"$host_bin" serve --host 127.0.0.1 --port "$host_port" --access-log false 2>/dev/null &
host_pid=$!
# The image's own LEDE_HOST (0.0.0.0) would listen on every interface of the host network: loopback here.
# The HEALTHCHECK is run below by hand: its timer needs systemd, and podman says so whatever the flags.
pm run -d --name "$container" --network host --health-interval=disable -e LEDE_HOST=127.0.0.1 -e "LEDE_PORT=$port" "$image" \
  2> >(grep -v 'systemd connection' >&2) >/dev/null
wait_ready "$host_port"
wait_ready "$port" || { pm logs "$container" >&2; exit 1; }

# --- probes: each answer from the container against the host build's --------------------------
status=0
probe() { # NAME CURL-ARGS...: status and body from both, compared byte for byte
  local name=$1
  shift
  local c h
  c=$(curl -sS -o "$scratch/container" -w '%{http_code}' "$@" "http://127.0.0.1:$port$name")
  h=$(curl -sS -o "$scratch/host" -w '%{http_code}' "$@" "http://127.0.0.1:$host_port$name")
  if [ "$c" = "$h" ] && cmp -s "$scratch/container" "$scratch/host"; then
    echo "$name: $c, $(wc -c < "$scratch/container") bytes, byte-identical to the host build"
  else
    echo "$name: DIFFERENT (container $c, host $h)"
    status=1
  fi
}
echo "== probes (container on :$port, host build on :$host_port)"
probe /healthz
probe /readyz
probe /v1/analyze -H 'Content-Type: text/plain; charset=utf-8' --data-binary "@$article"
sha=$(sha256sum < "$scratch/container" | cut -c1-16)
echo "   seed analysis sha256 ${sha}…: $(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(len(r["entities"]), "entities,", len(r["quotes"]), "quotes,", len(r["claims"]), "claims")' "$scratch/container")"

# --- the Indexed Job's command, two pods' worth ----------------------------------------------------
mkdir -m 755 "$scratch/in"
mkdir -m 777 "$scratch/out"
if [ -n "$corpus" ]; then
  cp "$corpus" "$scratch/in/corpus.jsonl"
else
  # The seed article's first 1, 2, ... paragraphs, each an article of its own.
  python3 - "$article" > "$scratch/in/corpus.jsonl" <<'PY'
import json, sys
paragraphs = open(sys.argv[1], encoding="utf-8").read().split("\n\n")
for n in range(1, 25):
    print(json.dumps({"id": f"seed-{n:02d}", "text": "\n\n".join(paragraphs[: 1 + n % len(paragraphs)])}))
PY
fi
chmod 644 "$scratch/in/corpus.jsonl"
for index in 0 1; do
  pm run --rm --no-healthcheck --network host -v "$scratch/in:/data/in:ro" -v "$scratch/out:/data/out" \
    -e JOB_COMPLETION_INDEX=$index -e SHARDS=2 -e WORKERS=1 \
    --entrypoint /opt/lede/lede-shard "$image" /data/out /data/in
done
"$host_bin" batch "$scratch/in/corpus.jsonl" > "$scratch/alone.jsonl" 2>/dev/null
by_id() { python3 -c 'import json, sys; sys.stdout.writelines(sorted(sys.stdin, key=lambda l: json.loads(l)["id"]))'; }
if cmp -s <(cat "$scratch/out"/part-*.jsonl | by_id) <(by_id < "$scratch/alone.jsonl"); then
  echo "lede-shard in the image, 2 pods: $(cat "$scratch/out"/part-*.jsonl | wc -l) answers, sorted by id byte-identical to the host's lede batch"
else
  echo "lede-shard in the image, 2 pods: answers DIFFERENT from the host's lede batch"
  status=1
fi

# --- the image and the running container ----------------------------------------------------------
sleep 5 # idle: models loaded, no request in flight
pid=$(pm inspect --format '{{.State.Pid}}' "$container")
host_rss=$(awk '/VmRSS/ {print $2}' "/proc/$host_pid/status")
echo "== figures"
echo "build: ${build_seconds} s (swift build -j $jobs inside)"
echo "image size: $(pm image inspect --format '{{.Size}}' "$image" | awk '{printf "%.1f MB (%d bytes)", $1 / 1e6, $1}')"
echo "idle RSS: container $(awk '/VmRSS/ {printf "%.1f MiB", $2 / 1024}' "/proc/$pid/status"), host build $(awk -v k="$host_rss" 'BEGIN {printf "%.1f MiB", k / 1024}')"
user=$(pm exec "$container" id)
echo "user: $user (image USER $(pm image inspect --format '{{.Config.User}}' "$image"))"
case "$user" in uid=0*) echo "the container runs as root" >&2; status=1 ;; esac
echo "binary: $(pm exec "$container" du -h /opt/lede/lede | cut -f1) (/opt/lede/lede)"
echo "models inside: $(pm exec "$container" sh -c 'find /opt/lede/lede_Models.resources -type f | wc -l; du -sh /opt/lede/lede_Models.resources | cut -f1' | paste -sd' ' | awk '{print $1 " files, " $2 " in /opt/lede/lede_Models.resources"}')"
if pm healthcheck run "$container" >/dev/null; then
  echo "HEALTHCHECK: healthy"
else
  echo "HEALTHCHECK: unhealthy"
  status=1
fi
exit $status
