// Issue 26: `make release` builds the archive an office downloads: the release build, the
// single-file build, the example configuration and the documents, with a SHA-256 list that
// checks, and a version that is the one on the pages it contains.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './helpers.mjs';

const VERSION = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];

describe('release (issue 26)', () => {
  it('the archive holds the builds, the configuration example and the documents, and its checksums check', () => {
    execFileSync(join(ROOT, 'scripts/release.sh'), { cwd: ROOT, stdio: 'pipe' });
    const dir = join(ROOT, 'release', `pup-check-${VERSION}`);
    for (const f of ['web/index.html', 'web/embed.js', 'web/pup-config.json', 'web/sw.js', 'pup-check.html',
      'pup-config.example.json', 'docs/deploy.md', 'docs/embedding.md', 'docs/deklaracja-dostepnosci.md',
      'docs/prywatnosc.md', 'docs/CHANGELOG.md', 'docs/figures.txt', 'SHA256SUMS']) {
      assert.ok(existsSync(join(dir, f)), `${f} is in the release`);
    }
    // Every file is listed, and the list checks.
    const sums = readFileSync(join(dir, 'SHA256SUMS'), 'utf8').trim().split('\n');
    assert.ok(sums.some((l) => l.endsWith('  web/index.html')) && sums.some((l) => l.endsWith('  pup-check.html')));
    execFileSync('sha256sum', ['--check', '--quiet', 'SHA256SUMS'], { cwd: dir });
    execFileSync('sha256sum', ['--check', '--quiet', `pup-check-${VERSION}.tar.gz.sha256`], { cwd: join(ROOT, 'release') });
    // The version is the one the pages show and the figures list names.
    assert.match(readFileSync(join(dir, 'web/index.html'), 'utf8'), new RegExp(`Wersja narzędzia ${VERSION.replace(/\./g, '\\.')}\\.`));
    assert.match(readFileSync(join(dir, 'pup-check.html'), 'utf8'), new RegExp(`Wersja narzędzia ${VERSION.replace(/\./g, '\\.')}\\.`));
    assert.match(readFileSync(join(dir, 'docs/figures.txt'), 'utf8'), new RegExp(`^# pup-check ${VERSION.replace(/\./g, '\\.')}: figures as of`));
    JSON.parse(readFileSync(join(dir, 'pup-config.example.json'), 'utf8'));
    // A damaged file is caught.
    assert.throws(() => execFileSync('sha256sum', ['--check', '--quiet', '-'], {
      cwd: dir, input: sums[0].replace(/^[0-9a-f]/, (c) => (c === '0' ? '1' : '0')) + '\n', stdio: 'pipe',
    }));
  });
});
