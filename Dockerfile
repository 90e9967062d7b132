# The wasi-virt CLI for CI systems other than GitHub Actions.
# Build stage: install exactly the locked dependencies and bundle the CLI.
FROM node:24-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts/bundle.mjs scripts/
COPY src/ src/
RUN node scripts/bundle.mjs /out

# Runtime stage: Node, the bundle, the virtual adapter and the runtime dependencies the bundle
# keeps external (jco's wasm-tools and binaryen ship their own .wasm files), as a non-root user.
FROM node:24-bookworm-slim
WORKDIR /opt/wasi-virt
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /out/ dist/
COPY adapter/virtual-adapter.wasm adapter/
RUN ln -s /opt/wasi-virt/dist/cli.js /usr/local/bin/wasi-virt && chmod 0755 dist/cli.js
USER node
WORKDIR /work
ENTRYPOINT ["wasi-virt"]
CMD ["--help"]
