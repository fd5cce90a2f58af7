#!/usr/bin/env bash
# Where the bytes of the app's wasm go: builds it once with its names kept (the release
# profile, before wasm-bindgen and wasm-opt strip them) and prints the largest crates and the
# largest functions, so every change shows its cost. Not a test: read it.
# Usage: bench/bytes.sh [how many functions, 25 by default]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
command -v twiggy >/dev/null || cargo install twiggy --locked --version 0.8.0
# A target folder of its own, so a build or test beside it changes nothing here.
CARGO_TARGET_DIR=target/bytes cargo build --release --target wasm32-unknown-unknown -p response-drafter
wasm=target/bytes/wasm32-unknown-unknown/release/response-drafter.wasm
twiggy top -n 1000000 --format csv "$wasm" > target/bytes/top.csv
node bench/bytes.mjs target/bytes/top.csv "${1:-25}"
