#!/usr/bin/env bash
# `make release` (issue 26): the versioned archive an office downloads, deploys and checks.
#   release/pup-check-<version>/
#     web/                the release build (dist/): serve it as it is (docs/deploy.md)
#     pup-check.html      the single-file build, for a kiosk or a USB stick (file://)
#     pup-config.example.json   an office configuration to start from (docs/embedding.md)
#     docs/               deploy, embedding, accessibility and privacy statements, CHANGELOG,
#                         figures.txt (`pup-check figures`: every figure and until when it holds)
#     SHA256SUMS          every file's SHA-256 (`sha256sum -c SHA256SUMS`)
#   release/pup-check-<version>.tar.gz and its .sha256
# Expects dist/ and dist-single/ built from this checkout (the Makefile's `release` target).
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
[ -n "$version" ] || { echo "release: no version in Cargo.toml" >&2; exit 1; }
grep -q "^## $version " CHANGELOG.md || { echo "release: CHANGELOG.md has no entry for $version" >&2; exit 1; }
[ -f dist/index.html ] && [ -f dist-single/pup-check.html ] || { echo "release: build dist/ and dist-single/ first (make release)" >&2; exit 1; }
for built in dist/index.html dist-single/pup-check.html; do
  grep -qF "Wersja narzędzia $version." "$built" || { echo "release: $built is not the build of $version" >&2; exit 1; }
done

name="pup-check-$version"
out="release/$name"
rm -rf "$out" "release/$name.tar.gz" "release/$name.tar.gz.sha256"
mkdir -p "$out/docs"
cp -r dist "$out/web"
cp dist-single/pup-check.html "$out/pup-check.html"
cp docs/pup-config.example.json "$out/pup-config.example.json"
cp README.md CHANGELOG.md docs/deploy.md docs/embedding.md docs/deklaracja-dostepnosci.md docs/prywatnosc.md "$out/docs/"
cargo run -q --bin pup-check -- figures > "$out/docs/figures.txt"
(cd "$out" && find . -type f ! -name SHA256SUMS -printf '%P\n' | LC_ALL=C sort | xargs -d '\n' sha256sum > SHA256SUMS)
# A reproducible archive: sorted names, one date (the newest commit's), no owners.
stamp=$(git log -1 --format=%cI 2>/dev/null || date -u +%FT%TZ)
tar -C release --sort=name --mtime="$stamp" --owner=0 --group=0 --numeric-owner -cf - "$name" | gzip -n -9 > "release/$name.tar.gz"
(cd release && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")
echo "release: release/$name.tar.gz ($(du -k "release/$name.tar.gz" | cut -f1) KiB), checksums in $out/SHA256SUMS"
