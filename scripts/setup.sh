#!/usr/bin/env bash
# Installs everything the build and the tests need, idempotently. Safe to run again:
# each step is skipped when its tool is already there at the right version.
#   scripts/setup.sh native   → Rust only (cargo test)
#   scripts/setup.sh web      → + wasm32 target, Trunk, wasm-bindgen CLI, wasm-opt and terser (npm)
#   scripts/setup.sh browser  → + Debian chromium/chromium-driver, poppler-utils, nginx with
#                               the brotli_static module (the deploy test), npm test packages
set -euo pipefail
cd "$(dirname "$0")/.."
level="${1:-browser}"

TRUNK_VERSION=0.21.14
# Must equal the `wasm-bindgen` version pinned in Cargo.toml (and Cargo.lock).
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\(.*\)"$/\1/p' Cargo.toml)

log() { echo "setup: $*" >&2; }

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

if [ "$level" = native ]; then exit 0; fi

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  log "installing trunk $TRUNK_VERSION (about 11 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # --locked fails for this version (a locked dependency is missing from the registry).
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -f node_modules/terser/package.json ] \
  || [ ! -f node_modules/qrcode-generator/package.json ] \
  || { [ "$level" = browser ] && { [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/jsqr ] || [ ! -d node_modules/pngjs ]; }; }; then
  log "installing npm packages (binaryen for wasm-opt, terser, qrcode-generator, playwright-core, axe-core, jsqr, pngjs)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "$level" = web ]; then exit 0; fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ ! -x /usr/bin/pdftotext ]; then
  log "installing Debian chromium, chromium-driver and poppler-utils (pdftotext for the PDF checks)"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver poppler-utils >/dev/null
fi

if [ ! -x /usr/sbin/nginx ] || [ ! -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then
  log "installing Debian nginx and its brotli_static module (tests/browser/nginx.test.mjs proves docs/deploy.md)"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  # The package's own service is not started (the test runs its own nginx on 127.0.0.1).
  policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod +x /usr/sbin/policy-rc.d
    policy=1
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx libnginx-mod-http-brotli-static >/dev/null
  if [ -n "$policy" ]; then $SUDO rm -f /usr/sbin/policy-rc.d; fi
fi
