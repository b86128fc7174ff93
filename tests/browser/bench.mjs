// Benchmark of the release build against the static seed page, in headless Chromium.
//   node tests/browser/bench.mjs            (after `trunk build --release`; make bench-browser)
// Figures are measured in the page from navigation start, both pages served gzip-compressed
// from 127.0.0.1 with a cold cache, RUNS times each; the medians are reported.
//   transfer      gzip size of every file of dist/ (≤ 150 KB), and bytes the browser fetched
//   visible       first contentful paint of the start page, ≤ 1.3 × the static page's
//   interactive   the app took over the start page (mark app-ready) plus the first
//                 click → first question rendered (measure nav), i.e. the first question as
//                 soon as one can get it, both in-page; ≤ 2.5 × the static page's FCP
//   click→render  performance.measure('nav') between a click and the next page rendered
//                 (≤ 16 ms), over a walk through the questionnaire
// This is a report, not a test: it never fails on timings.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, launch } from './helpers.mjs';
import { serve } from './server.mjs';

const RUNS = Number(process.env.RUNS ?? 7);
const STATIC_DIR = process.env.STATIC_DIR ?? '/work/shared/bench/seed-static';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;

function files(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

function transfer() {
  const rows = files(DIST).map((f) => {
    const raw = readFileSync(f);
    return { file: f.slice(DIST.length + 1), raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
  });
  return { rows, raw: rows.reduce((s, r) => s + r.raw, 0), gzip: rows.reduce((s, r) => s + r.gzip, 0) };
}

async function fcp(page) {
  return page.evaluate(() => new Promise((ok) => {
    const get = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    const t = get();
    if (t !== undefined) return ok(t);
    new PerformanceObserver(() => { const v = get(); if (v !== undefined) ok(v); }).observe({ type: 'paint', buffered: true });
  }));
}

async function measureStatic(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const paint = await fcp(page);
  const load = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
  await context.close();
  return { fcp: paint, load };
}

async function measureApp(browser, url) {
  // A Polish visit: the browser prefers Polish (the app fetches no language file).
  const context = await browser.newContext({ locale: 'pl-PL' });
  const page = await context.newPage();
  await page.goto(url);
  const paint = await fcp(page);
  await page.locator('html[data-app="ready"]').waitFor();
  // A person reads the start page before pressing "Rozpocznij".
  await page.waitForTimeout(1000);
  await page.click('#start-button');
  await page.locator('h1', { hasText: 'Kiedy chcesz' }).waitFor();
  const marks = await page.evaluate(() => ({
    ready: performance.getEntriesByName('app-ready')[0].startTime,
    firstNav: performance.getEntriesByName('nav', 'measure')[0].duration,
    bytes: performance.getEntriesByType('resource').reduce((s, r) => s + r.transferSize, 0)
      + performance.getEntriesByType('navigation')[0].transferSize,
  }));
  // A walk through the questionnaire: every click → render is measured in the page.
  await page.click('button[type=submit]');
  await page.locator('#pesel-unknown').check();
  await page.click('button[type=submit]');
  await page.locator('#birth_date-unknown').check();
  for (let i = 0; i < 12; i++) {
    await page.click('button[type=submit]');
    const radio = page.locator('input[type=radio]').last();
    if (await radio.count()) await radio.check();
  }
  const navs = await page.evaluate(() => performance.getEntriesByName('nav', 'measure').map((m) => m.duration));
  await context.close();
  return { fcp: paint, ...marks, firstQuestion: marks.ready + marks.firstNav, navs };
}

const t = transfer();
const app = await serve(DIST, { gzip: true });
const stat = await serve(STATIC_DIR, { gzip: true });
const browser = await launch();
const S = [];
const A = [];
for (let i = 0; i < RUNS; i++) {
  S.push(await measureStatic(browser, stat.url));
  A.push(await measureApp(browser, app.url));
}
await browser.close();
await app.close();
await stat.close();

const staticFcp = median(S.map((x) => x.fcp));
const staticLoad = median(S.map((x) => x.load));
const appFcp = median(A.map((x) => x.fcp));
const ready = median(A.map((x) => x.ready));
const first = median(A.map((x) => x.firstQuestion));
const navs = A.flatMap((x) => x.navs);
const navMedian = median(navs);
const navMax = Math.max(...navs);
const navP95 = [...navs].sort((a, b) => a - b)[Math.floor(navs.length * 0.95)];
const ok = (b) => (b ? 'ok' : 'OVER');
if (process.env.VERBOSE) for (const a of A) console.log('clicks:', a.navs.map((x) => x.toFixed(1)).join(' '));

console.log(`Files of ${DIST}:`);
for (const r of t.rows) console.log(`  ${r.file.padEnd(40)} ${kb(r.raw).padStart(10)} ${kb(r.gzip).padStart(10)} gzip`);
console.log(`Total transfer (gzip, all files): ${kb(t.gzip)} (raw ${kb(t.raw)}; fetched by the browser: ${kb(median(A.map((x) => x.bytes)))}) — budget 150 KB: ${ok(t.gzip <= 150 * 1024)}`);
console.log(`Runs: ${RUNS} (medians)`);
console.log(`Static page: first contentful paint ${ms(staticFcp)}, load ${ms(staticLoad)}`);
console.log(`Start page visible (FCP): ${ms(appFcp)} = ${(appFcp / staticFcp).toFixed(2)} × static — budget 1.3×: ${ok(appFcp <= 1.3 * staticFcp)}`);
console.log(`App took over (app-ready): ${ms(ready)}`);
console.log(`First question interactive: ${ms(first)} = ${(first / staticFcp).toFixed(2)} × static FCP — budget 2.5×: ${ok(first <= 2.5 * staticFcp)}`);
console.log(`Click → next page rendered: median ${ms(navMedian)}, p95 ${ms(navP95)}, max ${ms(navMax)} over ${navs.length} clicks — budget 16 ms: ${ok(navP95 <= 16)}`);
