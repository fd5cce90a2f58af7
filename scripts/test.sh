#!/usr/bin/env bash
# Sets up what is missing, then runs every test: the core's native tests, then a release
# build driven in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

node scripts/check-links.mjs
node scripts/check-modules.mjs
cargo test -p drafter-core
# Built into a folder of its own, so a `trunk serve` running beside it changes nothing here.
trunk build --release --dist target/e2e-dist
npm run --silent test:e2e
