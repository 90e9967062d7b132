#!/usr/bin/env bash
# npm run test:image: builds the committed Dockerfile with buildah (no Docker engine needed) from a
# local stand-in for its base image, then runs the image's entrypoint the ways docker run, GitLab CI
# and Jenkins do (docs/docker.md, docs/gitlab-ci.md, docs/jenkins.md show the same commands), and
# reports the image's size.
#
# Needs root, buildah and debootstrap, and the npm registry and Debian's mirror on the network.
# Outside CI it skips when those tools are missing; with CI=true it fails instead.
set -euo pipefail
cd "$(dirname "$0")/../.."

say() { printf 'test:image: %s\n' "$*"; }
fail() {
  say "FAIL: $*" >&2
  exit 1
}
skip() {
  [ "${CI:-}" = true ] && fail "$* (CI=true, so this cannot be skipped)"
  say "SKIPPED: $*"
  exit 0
}
[ "$(id -u)" = 0 ] || skip 'needs root (buildah with chroot isolation and vfs storage)'
for tool in buildah debootstrap; do
  command -v "$tool" >/dev/null || skip "$tool is not installed (apt-get install buildah debootstrap)"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/wasi-virt-image.XXXXXX")
export BUILDAH_OPTS="--storage-driver vfs --root $work/storage --runroot $work/run"
read -r -a buildah_opts <<<"$BUILDAH_OPTS"
bah() { buildah "${buildah_opts[@]}" "$@"; }
containers=()
cleanup() {
  for c in "${containers[@]}"; do bah rm "$c" >/dev/null 2>&1 || true; done
  rm -rf "$work"
}
trap cleanup EXIT

base=localhost/wasi-virt-base:test
image=localhost/wasi-virt:test
seconds() { echo $(($(date +%s) - $1)); }

start=$(date +%s)
scripts/image/make-base.sh "$work/base" "$base"
say "base image built in $(seconds "$start") s"

start=$(date +%s)
revision=$(git rev-parse HEAD 2>/dev/null || echo unknown)
bah build --isolation chroot --build-arg BASE_IMAGE="$base" --build-arg VERSION=0.0.0-test \
  --build-arg REVISION="$revision" --build-arg SOURCE=https://example.com/wasi-virt \
  -t "$image" -f Dockerfile . \
  >"$work/build.log" 2>&1 || {
  tail -n 40 "$work/build.log"
  fail 'buildah build of the Dockerfile failed'
}
say "Dockerfile built in $(seconds "$start") s"

config() { bah inspect --type image --format "{{$1}}" "$image"; }
user=$(config .OCIv1.Config.User)
[ "$user" = node ] || fail "the image runs as '$user', not the non-root user node"
entrypoint=$(config .OCIv1.Config.Entrypoint)
[ "$entrypoint" = '[/usr/bin/tini -s -- wasi-virt-entrypoint]' ] || fail "unexpected entrypoint $entrypoint"
read -r -a entrypoint <<<"${entrypoint:1:-1}"
# The OCI labels the build arguments set (the workflow sets them for a release), beside the fixed ones.
label() { config "index .OCIv1.Config.Labels \"org.opencontainers.image.$1\""; }
license=$(node -p "require('./package.json').license")
for pair in version=0.0.0-test "revision=$revision" source=https://example.com/wasi-virt \
  title=wasi-virt "licenses=$license"; do
  [ "$(label "${pair%%=*}")" = "${pair#*=}" ] || fail "label org.opencontainers.image.${pair%%=*} is '$(label "${pair%%=*}")', not '${pair#*=}'"
done

# The working directory the image's commands see, as `docker run -v "$PWD:/work"` gives it.
io=$work/io
mkdir -p "$io"
chmod 0777 "$io"
cp fixtures/env-args.wasm "$io/app.wasm"

container=$(bah from --pull=false "$image")
containers+=("$container")
# Runs the image as `docker run [OPTIONS] IMAGE ARGS...` would: its entrypoint (tini, then
# wasi-virt-entrypoint) with ARGS, as its user, in /work. Options before `--` go to buildah run
# (--env, --user).
run_image() {
  local options=()
  while [ "$1" != -- ]; do
    options+=("$1")
    shift
  done
  shift
  bah run --isolation chroot --volume "$io:/work" "${options[@]}" "$container" -- \
    "${entrypoint[@]}" "$@"
}
# expect CODE OPTIONS -- ARGS...: runs the image and checks its exit code; its output is in $out.
out=$work/out.txt
expect() {
  local want=$1 got=0
  shift
  run_image "$@" >"$out" 2>&1 </dev/null || got=$?
  [ "$got" = "$want" ] || {
    cat "$out"
    fail "exit $got, not $want: $*"
  }
}
# junit FILE FAILURES: FILE is a JUnit report whose one suite has that many failures.
junit() {
  grep -Eq "<testsuite name=\"wasi-virt check [^\"]*\"[^>]* failures=\"$2\"" "$io/$1" || {
    cat "$io/$1"
    fail "$1 is not a JUnit report with $2 failure(s)"
  }
}

say 'no arguments: the help'
expect 0 -- && grep -q '^Usage: wasi-virt' "$out" || fail 'no help without arguments'

say 'pass-through: sh (GitLab CI), cat with stdin (Jenkins), as the non-root user'
expect 0 -- sh -c 'id -u; pwd'
[ "$(tr '\n' ' ' <"$out")" = '1000 /work ' ] || fail "sh -c 'id -u; pwd' printed $(cat "$out")"
[ "$(echo kept open | run_image -- cat)" = 'kept open' ] || fail 'cat did not pass stdin through'

say 'tini: the entrypoint execs the command as its child, and a SIGTERM sent to tini reaches it'
expect 0 -- sh -c 'cat /proc/$PPID/comm'
[ "$(cat "$out")" = tini ] || fail "the command's parent is $(cat "$out"), not tini"
expect 0 -- sh -c 'sleep 60 & pid=$!
  trap "kill \$pid; echo terminated; exit 0" TERM
  kill -TERM $PPID
  wait $pid'
[ "$(cat "$out")" = terminated ] || fail "SIGTERM to tini did not reach the command: $(cat "$out")"

say 'docker run IMAGE app.wasm -o app.virt.wasm ... --format junit --report-file (docs/docker.md)'
expect 0 -- app.wasm -o app.virt.wasm --allow-env=HOME --format junit --report-file wasi-virt.xml
grep -q '^PASS: app.virt.wasm' "$out" || fail "no passing gate in: $(cat "$out")"
junit wasi-virt.xml 0
[ -s "$io/app.virt.wasm" ] || fail 'no app.virt.wasm'

say 'GitLab CI: variables and a sh script (docs/gitlab-ci.md)'
rm -f "$io"/*.xml "$io/app.virt.wasm"
gitlab_env=(--env WASI_VIRT_ALLOW_ENV=HOME --env WASI_VIRT_FORMAT=junit
  --env WASI_VIRT_REPORT_FILE=wasi-virt.xml)
expect 0 "${gitlab_env[@]}" -- sh -c "wasi-virt app.wasm -o app.virt.wasm &&
  wasi-virt check app.virt.wasm --deny 'wasi:sockets/*' --format junit --report-file check.xml"
junit wasi-virt.xml 0
junit check.xml 0

say 'Jenkins: environment {} and sh steps as the agent user 4242 (docs/jenkins.md)'
rm -f "$io"/*.xml "$io/app.virt.wasm"
expect 0 --user 4242:4242 "${gitlab_env[@]}" -- sh -c 'id -u && wasi-virt app.wasm -o app.virt.wasm'
grep -qx 4242 "$out" || fail "not run as 4242: $(cat "$out")"
junit wasi-virt.xml 0

say 'a violated gate fails its job: exit 1 and failed JUnit cases'
expect 1 -- check app.wasm --deny '*' --format junit --report-file denied.xml
junit denied.xml '[1-9][0-9]*'
expect 2 --env WASI_VIRT_ALOW_ENV=HOME -- app.wasm -o typo.wasm
grep -q 'did you mean WASI_VIRT_ALLOW_ENV' "$out" || fail "no typo error: $(cat "$out")"

size=$(bah images --format '{{.Size}}' "$image")
base_size=$(bah images --format '{{.Size}}' "$base")
say "PASS: image size $size (its base, the node:*-bookworm-slim stand-in, $base_size)"
