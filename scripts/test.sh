#!/usr/bin/env bash
# Sets up what is missing, then runs every test: the core's native tests, then a release
# build driven in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

cargo test -p drafter-core
trunk build --release
npm run --silent test:e2e
