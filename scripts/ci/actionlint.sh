#!/usr/bin/env bash
# Lints every workflow: the live ones in .github/workflows/ and the examples to copy in
# docs/examples/. actionlint (pinned) is built with `go install` into .cache/go-bin/ once and reused.
# actionlint also runs shellcheck on `run:` scripts when shellcheck is on PATH (GitHub's runners
# have it); without it, that part is skipped.
set -euo pipefail
cd "$(dirname "$0")/../.."

version=v1.7.12
bin="$PWD/.cache/go-bin"
if ! "$bin/actionlint" -version 2>/dev/null | grep -qx "$version"; then
  GOBIN="$bin" go install "github.com/rhysd/actionlint/cmd/actionlint@$version"
fi
command -v shellcheck >/dev/null || echo 'actionlint: shellcheck is not installed; run: scripts are not checked'
workflows=(.github/workflows/*.yml docs/examples/*.yml)
"$bin/actionlint" "${workflows[@]}"
echo "actionlint $version: ${#workflows[@]} workflows pass"
