#!/usr/bin/env bash
# Builds the release app and prints the performance figures against today's targets (with
# `--throttle 4`, the app's figures on a CPU slowed four times). Not part of
# the tests: the machine's load moves the numbers, so read them, do not gate on them.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Built into a folder of its own, so a `trunk serve` running beside it changes nothing here.
trunk build --release --dist target/e2e-dist
# The bare stack (Leptos, serde_json, pulldown-cmark) built the same way, to measure against.
(cd bench/skeleton && trunk build --release --dist ../../target/skeleton-dist)
node bench/run.mjs "$@"
# Reading a report's PDF: a 101-page report end to end, and what the reader costs on first use.
node bench/pdf.mjs
node bench/lighthouse.mjs
