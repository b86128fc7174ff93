// Offline use: the service worker (after one visit the app works with the network cut, and a
// new build replaces the old cache whole) and the single-file build opened from file://.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { DIST, launch, Person, pesel, ROOT } from './helpers.mjs';
import { checkPrintout, questionnaire, showResult } from './questionnaire.mjs';
import { serve } from './server.mjs';
import { postbuild } from '../../scripts/postbuild.mjs';

// The single-file build (`make single`); PUP_SINGLE: another one.
const SINGLE = process.env.PUP_SINGLE ?? join(ROOT, 'dist-single/pup-check.html');
const BASE_DOCS = ['Dowód osobisty', 'Numer PESEL i NIP', 'Karta rejestracyjna'];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/** Persona 4 (not eligible by income): a short walk from the start page to the printout. */
async function walk(p, name) {
  await questionnaire(p, { pesel: pesel('8507220048'), income: '3000', benefit: false });
  await showResult(p);
  assert.equal(await p.text('#status-verdict'), 'Nie możesz zarejestrować się jako osoba bezrobotna.');
  await checkPrintout(p, name, BASE_DOCS);
}

/** Evaluates `fn(arg)` in the page (it may return a promise) until it is truthy. */
async function until(page, fn, arg, what) {
  for (let i = 0; i < 150; i++) {
    if (await page.evaluate(fn, arg)) return;
    await page.waitForTimeout(100);
  }
  assert.fail(`timed out waiting for ${what}`);
}

/** Waits until the service worker controls the page and has cached the build. */
async function waitForOfflineCache(page) {
  await until(page, async () => {
    if (!navigator.serviceWorker.controller) return false;
    const keys = await caches.keys();
    return keys.some((k) => k.startsWith('pup-check-'));
  }, null, 'the offline cache');
}

describe('offline', () => {
  it('after one visit the app works with the network cut: reload, walk to the printout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pup-offline-'));
    cpSync(DIST, dir, { recursive: true });
    const server = await serve(dir);
    const env = { url: server.url, browser };
    after(() => server.close());
    const p = await Person.start(env);
    await waitForOfflineCache(p.page);
    // The cache holds every file of the build.
    const cached = await p.page.evaluate(async () => {
      const keys = await caches.keys();
      const cache = await caches.open(keys.find((k) => k.startsWith('pup-check-')));
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    for (const f of ['/', '/index.html', '/embed.js', '/pup-config.json']) assert.ok(cached.includes(f), `${f} is cached`);
    assert.ok(cached.some((f) => f.endsWith('_bg.wasm')), 'the wasm is cached');
    // Cut the network: the server is gone.
    await server.close();
    await p.page.reload();
    await p.ready();
    await p.axe();
    await walk(p, 'offline');
    assert.deepEqual(p.foreign, [], 'requests to other origins');
    assert.deepEqual(p.cspViolations, []);
    // The only console errors allowed offline are the failed network requests of the
    // service worker's update check (the server is gone); the app logs none.
    assert.deepEqual(p.consoleErrors.filter((e) => !/ERR_CONNECTION_REFUSED|Failed to (fetch|load resource)|An unknown error occurred when fetching the script/.test(e)), []);
    await p.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a new build replaces the old cache whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pup-offline-'));
    cpSync(DIST, dir, { recursive: true });
    const server = await serve(dir);
    const env = { url: server.url, browser };
    const p = await Person.start(env);
    after(() => server.close());
    await waitForOfflineCache(p.page);
    const first = await p.page.evaluate(() => caches.keys());
    assert.equal(first.length, 1);
    // "A new build": a changed page, post-processed again (a new sw.js with a new version).
    const index = join(dir, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('</body>', '<p class="build-marker">build 2</p></body>'));
    await postbuild(dir);
    // The browser checks sw.js on navigation; the new worker installs, takes over and
    // deletes the old cache.
    await p.page.reload();
    await until(p.page, async (old) => {
      const keys = await caches.keys();
      return keys.length === 1 && keys[0] !== old;
    }, first[0], 'the new cache to replace the old one');
    await p.page.reload();
    await p.ready();
    assert.equal(await p.page.locator('.build-marker').count(), 1, 'the page of the new build is served');
    p.assertClean();
    await p.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the single-file build works from file:// and fetches nothing', async () => {
    assert.ok(existsSync(SINGLE), `${SINGLE} is missing: run \`make single\` first`);
    const url = pathToFileURL(SINGLE).href;
    const p = await Person.start({ url, browser }, { url, origin: url });
    const requests = [];
    p.page.on('request', (r) => requests.push(r.url()));
    assert.equal(await p.page.evaluate(() => location.protocol), 'file:');
    await walk(p, 'single-file');
    // English and Ukrainian are inside the file too.
    await p.page.getByRole('button', { name: 'Українська', exact: true }).click();
    await p.page.waitForFunction(() => document.documentElement.lang === 'uk');
    await p.page.getByRole('button', { name: 'English', exact: true }).click();
    await p.page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.match(await p.heading(), /Result of the check/);
    assert.deepEqual(requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:')), [], 'no request at all');
    p.assertClean();
    await p.close();
  });
});

