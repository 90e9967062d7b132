#!/bin/sh
# The image's entrypoint. wasi-virt runs for its own subcommands, for flags and for a .wasm path;
# anything else (sh, bash, cat, a script) runs as given. So GitLab CI needs no `entrypoint: [""]`
# (its runner starts `sh`), Jenkins' docker.image().inside (which starts `cat`) works, and
# `docker run IMAGE app.wasm -o out.wasm` virtualizes.
set -e

# wasi-virt's subcommands; __tests__/docker-entrypoint.test.ts keeps this list equal to the CLI's.
subcommands='imports check compose'

if [ "$#" -eq 0 ]; then
  exec wasi-virt --help
fi
case "$1" in
  -* | *.wasm) exec wasi-virt "$@" ;;
esac
for subcommand in $subcommands; do
  if [ "$1" = "$subcommand" ]; then
    exec wasi-virt "$@"
  fi
done
exec "$@"
