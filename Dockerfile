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

# Runtime stage: Node and the single-file bundle, run as an unprivileged user.
FROM node:24-bookworm-slim
COPY --from=build /out/cli.js /opt/wasi-virt/cli.js
RUN ln -s /opt/wasi-virt/cli.js /usr/local/bin/wasi-virt && chmod 0755 /opt/wasi-virt/cli.js
USER node
WORKDIR /work
ENTRYPOINT ["wasi-virt"]
CMD ["--help"]
