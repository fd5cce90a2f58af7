#!/usr/bin/env bash
# Installs what building the app needs, skipping whatever is already present:
# the wasm target, pinned Trunk and wasm-bindgen-cli, and npm packages (wasm-opt, test driver).
# With --browser it also installs Chromium for the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

# One setup at a time in a checkout: `scripts/serve.sh` and `scripts/test.sh` started side by side
# on a fresh clone would otherwise both run `npm ci` into one node_modules and break each other.
# The second waits, then finds everything installed.
mkdir -p target
exec 9>target/.setup.lock
flock 9

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must match the wasm-bindgen pinned with '=' in Cargo.toml.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\(.*\)"$/\1/p' Cargo.toml)
export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi
rustup component list --installed | grep -q '^clippy' || rustup component add clippy
rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  # Not --locked: that lockfile pins a webpki-roots release the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
  || [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ] || [ ! -d node_modules/axe-core ] \
  || [ ! -d node_modules/tinymce ] || [ ! -d node_modules/ckeditor5 ] || [ ! -d node_modules/quill ] \
  || [ ! -f node_modules/pdfjs-dist/build/pdf.min.mjs ]; then
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--browser" ] && [ ! -x /usr/bin/chromium ]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
fi
# Word documents with tracked changes are opened in LibreOffice Writer, through its Python
# bridge, as the commissioner's office would open them in a word processor.
if [ "${1:-}" = "--browser" ] && { [ ! -x /usr/bin/soffice ] || ! /usr/bin/python3 -c 'import uno' 2>/dev/null; }; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libreoffice-writer-nogui python3-uno
fi
# The Nu HTML Checker (vnu-jar) runs on Java.
if [ "${1:-}" = "--browser" ] && ! command -v java >/dev/null; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y default-jre-headless
fi
