// Copied from ../shared/bench/slowstart.mjs (the reference method of issue 12) into the
// project; `make bench-browser` (tests/browser/bench.mjs) runs it. Added here: with
// REPEAT=1 in the environment, each app run also measures a repeat visit in the same
// browser context (the service worker installed by the first visit serves it).
// Also added: when the first tap's click event reached the page (a capture listener), so that
// the first question's time splits into the driver's delay from the paint to the tap and the
// page's own time from the tap to the question (app_tap_to_first_question_ms).
// With FIRST_ONLY=1, only the first question is measured (no "Dalej"): for a page without the
// app (bench.mjs measures the method's floor with the pre-rendered page and early.js alone).
// A citizen's first visit, side by side with the static seed page, under network profiles
// (Chrome DevTools presets, applied through the DevTools protocol). Needs playwright-core and
// Debian chromium: copy it into the project (e.g. tests/browser/, where playwright-core resolves).
// Usage: node slowstart.mjs APP_DIST ../shared/bench/seed-static [RUNS] [PROFILES] [ENCODING]
//   PROFILES: comma list of none, fast4g, slow4g, slow4g-cpu4 (cpu4 = 4x CPU slowdown)
//   ENCODING: gzip (default) or br: how the test server sends every file (compressed once at start)
// For the app: first paint, then a person who clicks "Rozpocznij" (#start-button) as soon as it is
// painted. A tap that changes nothing within 1 s (or whose question has not come 20 s later) was
// lost: then again every 100 ms until the first question is shown. Reports when the first
// question appears, whether the first tap was lost, then when "Dalej" on the first question
// (clicked every 100 ms) brings the next page, and the bytes transferred. For the anchor: first paint.
import http from 'node:http'; import fs from 'node:fs'; import path from 'node:path'; import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
const [appDir, ancDir] = process.argv.slice(2, 4).map(v => path.resolve(v));
const runs = +(process.argv[4] || 7);
const profiles = (process.argv[5] || 'none,slow4g').split(',');
const enc = process.argv[6] || 'gzip';
const PRESETS = {
  none: null,
  fast4g: { latency: 60 * 2.75, downloadThroughput: 9e6 / 8 * .9, uploadThroughput: 1.5e6 / 8 * .9 },
  slow4g: { latency: 150 * 3.75, downloadThroughput: 1.6e6 / 8 * .9, uploadThroughput: 750e3 / 8 * .9 },
};
const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.ftl': 'text/plain' };
function serve(dir) {
  const cache = new Map();
  const body = f => {
    if (!cache.has(f)) { const raw = fs.readFileSync(f); cache.set(f, enc === 'br' ? zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }) : zlib.gzipSync(raw, { level: 9 })); }
    return cache.get(f);
  };
  const s = http.createServer((req, res) => {
    let f = path.join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (fs.existsSync(f) && fs.statSync(f).isDirectory()) f = path.join(f, 'index.html');
    if (!f.startsWith(dir) || !fs.existsSync(f)) { res.writeHead(404); return res.end(); }
    res.writeHead(200, { 'content-type': types[path.extname(f)] || 'application/octet-stream', 'content-encoding': enc, 'cache-control': 'no-store' });
    res.end(body(f));
  });
  return new Promise(r => s.listen(0, '127.0.0.1', () => r(s)));
}
const sa = await serve(appDir), sb = await serve(ancDir);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
async function visit(server, profile, isApp) {
  const ctx = await browser.newContext({ locale: 'pl-PL' }); const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0; cdp.on('Network.loadingFinished', e => { bytes += e.encodedDataLength; });
  const p = PRESETS[profile.replace('-cpu4', '')];
  if (p) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...p });
  if (profile.endsWith('-cpu4')) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__fcp = undefined;
    new PerformanceObserver(l => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') window.__fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
    // the visible h1 (a pre-rendered page may keep other h1s hidden), checked on every DOM
    // change and every frame (a CSS-only page switch, e.g. :target, changes no DOM)
    const start = () => {
      const h = [...document.querySelectorAll('h1')].find(e => e.checkVisibility ? e.checkVisibility() : e.offsetParent !== null);
      if (!h) return;
      window.__h1 ??= h.textContent;
      if (h.textContent !== window.__h1 && window.__q1 === undefined) { window.__q1 = performance.now(); window.__h1q = h.textContent; }
      if (window.__h1q !== undefined && h.textContent !== window.__h1q && h.textContent !== window.__h1 && window.__q2 === undefined) window.__q2 = performance.now();
    };
    new MutationObserver(start).observe(document, { childList: true, subtree: true, characterData: true });
    document.addEventListener('click', () => { window.__tap ??= performance.now(); }, true);
    // any change of the page after the first tap counts as feedback to it
    new MutationObserver(() => { window.__changed = performance.now(); }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    const frame = () => { start(); if (window.__q2 === undefined) requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
  });
  const measure = async () => {
    await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__fcp !== undefined, null, { timeout: 60000 });
    const fcp = await page.evaluate(() => window.__fcp);
    let q1 = null, q2 = null, tap = null, clicks = 0;
    if (isApp) {
      const deadline = Date.now() + 60000;
      // one tap; a tap that changes nothing on the page within 1 s, or whose question has not come
      // 20 s later, was lost: then tap again every 100 ms, as an impatient person does
      await page.click('#start-button', { timeout: 60000, noWaitAfter: true, force: true }).catch(() => {});
      const tapAt = await page.evaluate(() => performance.now());
      clicks = 1;
      let answered = false;
      try { await page.waitForFunction(() => window.__q1 !== undefined, null, { timeout: 1000 }); answered = true; } catch { }
      if (!answered && await page.evaluate(t => (window.__changed ?? 0) > t, tapAt)) {
        try { await page.waitForFunction(() => window.__q1 !== undefined, null, { timeout: 20000 }); answered = true; } catch { }
      }
      while (!answered && Date.now() < deadline) {
        await page.click('#start-button', { timeout: 60000, noWaitAfter: true, force: true }).catch(() => {});
        clicks++;
        try { await page.waitForFunction(() => window.__q1 !== undefined, null, { timeout: 100 }); break; } catch { }
      }
      q1 = await page.evaluate(() => window.__q1 ?? null);
      tap = await page.evaluate(() => window.__tap ?? null);
      // then "Dalej" on the first question (its pre-filled answer), again every 100 ms until the next page shows
      const next = page.getByRole('button', { name: /^(Dalej|Continue)$/ }).first();
      while (q1 !== null && !process.env.FIRST_ONLY && Date.now() < deadline) {
        await next.click({ timeout: 60000, noWaitAfter: true, force: true }).catch(() => {});
        try { await page.waitForFunction(() => window.__q2 !== undefined, null, { timeout: 100 }); break; } catch { }
      }
      q2 = await page.evaluate(() => window.__q2 ?? null);
      await page.waitForLoadState('load').catch(() => {});
    } else await page.waitForLoadState('load').catch(() => {});
    return { fcp, q1, q2, tap, clicks };
  };
  const first = await measure();
  await new Promise(r => setTimeout(r, 300));
  const firstBytes = bytes;
  let repeat = null;
  if (isApp && process.env.REPEAT === '1') {
    // The service worker of the first visit, installed and in charge: then the same address again.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true)).catch(() => {});
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60000 }).catch(() => {});
    repeat = await measure();
  }
  await ctx.close();
  return { ...first, bytes: firstBytes, repeat };
}
const med = x => { const y = x.filter(v => v != null).sort((p, q) => p - q); return y.length ? +y[Math.floor(y.length / 2)].toFixed(0) : null; };
const out = {};
for (const prof of profiles) {
  await visit(sa, prof, true); await visit(sb, prof, false); // warm-up
  const A = [], B = [];
  for (let i = 0; i < runs; i++) { A.push(await visit(sa, prof, true)); B.push(await visit(sb, prof, false)); }
  const sfcp = med(B.map(b => b.fcp));
  out[prof] = {
    static_fcp_ms: sfcp, app_fcp_ms: med(A.map(a => a.fcp)), app_first_question_ms: med(A.map(a => a.q1)),
    first_question_over_static_fcp: +(med(A.map(a => a.q1)) / sfcp).toFixed(2),
    app_second_page_ms: med(A.map(a => a.q2)),
    second_page_over_static_fcp: +(med(A.map(a => a.q2)) / sfcp).toFixed(2),
    app_fcp_over_static_fcp: +(med(A.map(a => a.fcp)) / sfcp).toFixed(2),
    app_paint_to_tap_ms: med(A.map(a => a.tap == null ? null : a.tap - a.fcp)),
    app_tap_to_first_question_ms: med(A.map(a => a.tap == null || a.q1 == null ? null : a.q1 - a.tap)),
    first_click_lost_runs: A.filter(a => a.clicks > 1).length + '/' + runs,
    app_kb: +(med(A.map(a => a.bytes)) / 1024).toFixed(1), static_kb: +(med(B.map(b => b.bytes)) / 1024).toFixed(1),
  };
  if (process.env.REPEAT === '1') {
    const R = A.map(a => a.repeat).filter(Boolean);
    Object.assign(out[prof], {
      repeat_fcp_ms: med(R.map(r => r.fcp)), repeat_first_question_ms: med(R.map(r => r.q1)),
      repeat_first_question_over_static_fcp: +(med(R.map(r => r.q1)) / sfcp).toFixed(2),
      repeat_second_page_ms: med(R.map(r => r.q2)),
    });
  }
}
await browser.close(); sa.close(); sb.close();
console.log(JSON.stringify({ encoding: enc, runs, ...out }, null, 1));
