# The wasi-virt CLI for CI systems other than GitHub Actions: GitLab CI, Jenkins, `docker run`.
# See docs/docker.md. The base is pinned by the digest of its multi-platform index (linux/amd64 and
# linux/arm64 among its platforms), so every build and every platform starts from the same bytes.
# BASE_IMAGE is a build argument only so that `npm run test:image` can build this file, offline
# from any registry, from a local stand-in for the same image (scripts/image/make-base.sh).
ARG BASE_IMAGE=node:24.21.0-bookworm-slim@sha256:0e0ff40c39bc087845bfb27465a0df4ea419520094bc35842ff83dd8cbe6f9b6

# Build stage: the locked (development) dependencies, then the CLI bundle.
FROM ${BASE_IMAGE} AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.types.json ./
COPY scripts/bundle.mjs scripts/
COPY src/ src/
# The CLI bundle holds everything it runs: the image needs no node_modules.
RUN node scripts/bundle.mjs /opt/wasi-virt/dist \
 && rm -r /opt/wasi-virt/dist/action.js /opt/wasi-virt/dist/index.js /opt/wasi-virt/dist/types \
 && cp /src/package.json /opt/wasi-virt/

# Runtime stage: Node, the bundle and the virtual adapter, run as `node` (1000),
# under tini (Debian's), which forwards signals to the CLI and reaps orphaned processes.
FROM ${BASE_IMAGE}
# What the image was built from; .github/workflows/image.yml sets them for a release.
ARG VERSION=dev
ARG REVISION=unknown
ARG SOURCE=https://github.com/wasi-virt-action/wasi-virt-action
LABEL org.opencontainers.image.title="wasi-virt" \
      org.opencontainers.image.description="Virtualize WASI in WebAssembly components and gate their imports" \
      org.opencontainers.image.licenses="Apache-2.0 WITH LLVM-exception" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.source="${SOURCE}"
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && apt-get clean \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /opt/wasi-virt/ /opt/wasi-virt/
COPY adapter/virtual-adapter.wasm /opt/wasi-virt/adapter/
COPY docker/entrypoint.sh /usr/local/bin/wasi-virt-entrypoint
RUN chmod 0755 /usr/local/bin/wasi-virt-entrypoint /opt/wasi-virt/dist/cli.js \
 && ln -s /opt/wasi-virt/dist/cli.js /usr/local/bin/wasi-virt \
 && mkdir -p /work && chown node:node /work
USER node
WORKDIR /work
# -s: tini registers as a child subreaper when it is not PID 1 (under `docker run --init`), so it
# still reaps and does not warn. The entrypoint execs what it runs, so signals reach it directly.
ENTRYPOINT ["/usr/bin/tini", "-s", "--", "wasi-virt-entrypoint"]
CMD []
