# The wasi-virt CLI for CI systems other than GitHub Actions: GitLab CI, Jenkins, `docker run`.
# See docs/docker.md. BASE_IMAGE is a build argument only so that `npm run test:image` can build
# this file, offline, from a local stand-in for the same image (scripts/image/make-base.sh).
ARG BASE_IMAGE=node:24.21.0-bookworm-slim

# Build stage: the locked dependencies, the CLI bundle, then the runtime's own node_modules.
FROM ${BASE_IMAGE} AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.types.json ./
COPY scripts/bundle.mjs scripts/
COPY src/ src/
RUN node scripts/bundle.mjs /opt/wasi-virt/dist \
 && rm -r /opt/wasi-virt/dist/action.js /opt/wasi-virt/dist/index.js /opt/wasi-virt/dist/types
WORKDIR /opt/wasi-virt
# Only what the CLI bundle keeps external, which is all package.json's dependencies are:
# jco-transpile, with its dependencies, as locked (everything else is bundled).
RUN cp /src/package.json /src/package-lock.json ./ \
 && npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
 && rm -f package-lock.json

# Runtime stage: Node, the bundle, its node_modules and the virtual adapter, run as `node` (1000).
FROM ${BASE_IMAGE}
LABEL org.opencontainers.image.title="wasi-virt" \
      org.opencontainers.image.description="Virtualize WASI in WebAssembly components and gate their imports" \
      org.opencontainers.image.licenses="Apache-2.0 WITH LLVM-exception"
COPY --from=build /opt/wasi-virt/ /opt/wasi-virt/
COPY adapter/virtual-adapter.wasm /opt/wasi-virt/adapter/
COPY docker/entrypoint.sh /usr/local/bin/wasi-virt-entrypoint
RUN chmod 0755 /usr/local/bin/wasi-virt-entrypoint /opt/wasi-virt/dist/cli.js \
 && ln -s /opt/wasi-virt/dist/cli.js /usr/local/bin/wasi-virt \
 && mkdir -p /work && chown node:node /work
USER node
WORKDIR /work
ENTRYPOINT ["wasi-virt-entrypoint"]
CMD []
