# The two commands of the README:
#   make serve   build the app (release) and serve it on http://127.0.0.1:8080
#   make test    every test: formatting, clippy, the engine (cargo test), the browser tests
# Both install what is missing first (scripts/setup.sh, idempotent).

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: serve test test-native test-browser build dist single release bench bench-browser setup-web setup-browser lint

serve: setup-web
	trunk serve --release --no-autoreload --address 127.0.0.1 --port 8080

test: lint test-native test-browser

lint: setup-web
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings

test-native:
	cargo test

# The browser tests need the release build (dist/) and the single-file build (dist-single/).
test-browser: dist single setup-browser
	node --test --test-concurrency=1 tests/browser/

setup-web:
	scripts/setup.sh web

setup-browser:
	scripts/setup.sh browser

# Release build into dist/ (wasm-opt runs in release).
dist: setup-web
	trunk build --release

# The single-file build: one self-contained .html (app, wasm, CSS) that works from file://
# (a kiosk, a USB stick): dist-single/pup-check.html. Office configuration: pup-config.json.
single: dist
	node scripts/single-file.mjs dist dist-single/pup-check.html

# The versioned archive an office downloads (docs/deploy.md, "Releases"): release/.
release: single
	scripts/release.sh

bench:
	cargo bench --bench evaluate

bench-browser: dist setup-browser
	node tests/browser/bench.mjs
