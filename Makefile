# The two commands of the README:
#   make serve   build the app (release) and serve it on http://127.0.0.1:8080
#   make test    every test: formatting, clippy, the engine (cargo test), the browser tests
# Both install what is missing first (scripts/setup.sh, idempotent).

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: serve test test-native test-browser build dist single bench bench-browser setup-web setup-browser lint

serve: setup-web
	trunk serve --release --address 127.0.0.1 --port 8080

test: lint test-native test-browser

lint: setup-web
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings

test-native:
	cargo test

test-browser: dist setup-browser
	node --test tests/browser/

setup-web:
	scripts/setup.sh web

setup-browser:
	scripts/setup.sh browser

# Release build into dist/ (wasm-opt runs in release).
dist: setup-web
	trunk build --release

bench:
	cargo bench --bench evaluate

bench-browser: dist setup-browser
	node tests/browser/bench.mjs
