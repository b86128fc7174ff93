// Embedding in a PUP homepage (docs/embedding.md): the app mounted by embed.js in a hostile
// host page (global rules with !important on the class names the app uses, a global button
// style) under the host's own strict CSP; and the iframe variant sizing itself.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { environment, Person, pesel, watchCsp } from './helpers.mjs';
import { checkPrintout, questionnaire, showResult } from './questionnaire.mjs';

let env;
before(async () => { env = await environment(); });
after(async () => { await env.close(); });

const HOST_CSS = `
* { font-size: 30px !important; font-family: "Courier New", monospace !important; color: #800000 !important; line-height: 3 !important; }
button { background: #ff00ff !important; border: 10px dashed #00ff00 !important; padding: 40px !important; }
.page, .header, .heading-xl, .button { display: none !important; }
div { margin: 7px !important; }
a { color: #ffa500 !important; }
body { display: grid !important; grid-template-columns: 260px 1fr; }
`;
const sha = (s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

/** The host page: its own strict CSP, hostile CSS, the documented snippet. */
const HOST = `<!DOCTYPE html>
<html lang="pl">
<head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' ${sha(HOST_CSS)}; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'">
<meta charset="utf-8">
<title>Powiatowy Urząd Pracy w Testowie — sprawdź uprawnienia</title>
<link rel="icon" href="data:,">
<style>${HOST_CSS}</style>
</head>
<body>
<header><p class="host-title">Strona urzędu: Powiatowy Urząd Pracy w Testowie</p><button type="button" class="host-button">Menu urzędu</button></header>
<main>
<p class="host-text">Tekst strony urzędu przed aplikacją.</p>
<div id="pup-check" data-pup-check
     data-office-name="Powiatowy Urząd Pracy w Testowie"
     data-office-address="ul. Przykładowa 1, 00-001 Testowo"
     data-office-phone="+48 22 000 00 00"
     data-office-documents="Zaświadczenie o zameldowaniu | Kopia decyzji o wymeldowaniu"></div>
<script type="module" src="./embed.js"></script>
</main>
<footer><p class="host-footer">Stopka strony urzędu</p></footer>
</body>
</html>`;

const FRAME_HOST = `<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>Strona z ramką</title><link rel="icon" href="data:,"></head>
<body><main><h1>Strona urzędu</h1>
<iframe id="pup-frame" src="./" title="Sprawdź, czy możesz zarejestrować się jako osoba bezrobotna" width="100%" height="150"></iframe>
<script src="./frame-host.js"></script>
</main></body></html>`;
// The host snippet of docs/embedding.md ("iframe").
const FRAME_SNIPPET = `window.addEventListener('message', (e) => {
  const frame = document.getElementById('pup-frame');
  if (e.source === frame.contentWindow && e.data && e.data.type === 'pup-check:height') frame.height = String(e.data.height);
});`;

const route = (path, body, type) => async (context) => {
  await context.route(`**/${path}`, (r) => r.fulfill({ contentType: type, body }));
};

async function styleOf(page, selector, props) {
  return page.locator(selector).first().evaluate((el, ps) => {
    const s = getComputedStyle(el);
    return Object.fromEntries(ps.map((p) => [p, s.getPropertyValue(p)]));
  }, props);
}

describe('embedding', () => {
  it('in a hostile host page: app and host intact, the result event, the printout', async () => {
    const p = await Person.start(env, { url: `${env.url}host.html`, setup: route('host.html', HOST, 'text/html; charset=utf-8') });
    const page = p.page;
    // Mounted inside the container's shadow root, not on <body>.
    assert.equal(await page.evaluate(() => document.querySelector('#pup-check').shadowRoot?.querySelector('.pup-app') !== null), true);
    assert.equal(await page.evaluate(() => document.body.querySelectorAll(':scope > .pup-app, :scope > #app').length), 0);
    // The app is intact: its own fonts, sizes and colours, its elements shown.
    const h1 = await styleOf(page, '#pup-check h1', ['font-size', 'font-family', 'color', 'display']);
    assert.notEqual(h1['font-size'], '30px');
    assert.match(h1['font-family'], /Arial/);
    assert.equal(h1.color, 'rgb(11, 12, 12)');
    const start = await styleOf(page, '#start-button', ['background-color', 'border-top-style', 'padding-top', 'font-size', 'display']);
    assert.equal(start['background-color'], 'rgb(0, 112, 60)');
    assert.notEqual(start['border-top-style'], 'dashed');
    assert.equal(start['padding-top'], '10px');
    assert.notEqual(start.display, 'none');
    assert.ok(await page.locator('#pup-check .header').isVisible(), 'the app header is shown');
    // The host is intact: the app's CSS does not reach it.
    const hostButton = await styleOf(page, '.host-button', ['background-color', 'border-top-style', 'font-size']);
    assert.deepEqual(hostButton, { 'background-color': 'rgb(255, 0, 255)', 'border-top-style': 'dashed', 'font-size': '30px' });
    const hostText = await styleOf(page, '.host-text', ['font-size', 'color', 'font-family']);
    assert.equal(hostText['font-size'], '30px');
    assert.equal(hostText.color, 'rgb(128, 0, 0)');
    assert.equal(await page.title(), 'Powiatowy Urząd Pracy w Testowie — sprawdź uprawnienia', 'the host keeps its title');

    // The host listens for the result.
    await page.evaluate(() => {
      window.results = [];
      document.addEventListener('pup-check:result', (e) => window.results.push({ detail: e.detail, target: e.target.id }));
    });
    await questionnaire(p, { pesel: pesel('8507220048'), income: '3000', benefit: false });
    await showResult(p);
    assert.equal(await p.text('#status-verdict'), 'Nie możesz zarejestrować się jako osoba bezrobotna.');
    const results = await page.evaluate(() => window.results);
    assert.equal(results.length, 1, 'one result event');
    assert.equal(results[0].target, 'pup-check', 'dispatched on the container');
    assert.equal(results[0].detail.status.verdict, 'not_eligible');
    assert.equal(results[0].detail.registration_date, '2022-03-02');
    assert.ok(Array.isArray(results[0].detail.documents));
    // The office of the data attributes, and its extra documents.
    assert.equal(await p.text('#office-name'), 'Powiatowy Urząd Pracy w Testowie');
    assert.equal(await p.text('#office-address'), 'ul. Przykładowa 1, 00-001 Testowo');
    // The printout holds the app, not the host page, across the page's width: the host's
    // two-column grid (a 260 px sidebar) does not squeeze it into a column.
    const pdf = await checkPrintout(p, 'embedded', ['Dowód osobisty', 'Zaświadczenie o zameldowaniu', 'Kopia decyzji o wymeldowaniu']);
    await p.page.emulateMedia({ media: 'print' });
    const printWidth = await p.page.locator('#pup-check').evaluate((e) => e.getBoundingClientRect().width);
    assert.ok(printWidth > 600, `the app is printed across the page (${printWidth} px wide)`);
    await p.page.emulateMedia({ media: 'screen' });
    assert.match(pdf, /ul\. Przykładowa 1/);
    assert.doesNotMatch(pdf, /Menu urzędu|Strona urzędu|Stopka strony|Tekst strony urzędu/, 'no host content in the printout');
    p.assertClean();
    await p.close();
  });

  it('the iframe variant reports its height to the parent, which sizes the iframe', async () => {
    const context = await env.browser.newContext({ locale: 'pl-PL', viewport: { width: 1024, height: 900 } });
    const violations = [];
    await watchCsp(context, violations);
    await route('frame-host.html', FRAME_HOST, 'text/html; charset=utf-8')(context);
    await route('frame-host.js', FRAME_SNIPPET, 'text/javascript')(context);
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(`${env.url}frame-host.html`);
    const app = page.frameLocator('#pup-frame');
    await app.locator('html[data-app="ready"]').waitFor();
    await page.waitForFunction(() => Number(document.getElementById('pup-frame').height) > 600, null, { timeout: 10000 });
    const inner = await app.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    assert.equal(Number(await page.locator('#pup-frame').getAttribute('height')), inner, 'the iframe is as high as its content');
    // The height follows the content: the next page has another height.
    await app.getByRole('button', { name: 'Rozpocznij' }).click();
    await app.locator('h1', { hasText: 'Kiedy chcesz zarejestrować się' }).waitFor();
    await page.waitForFunction((h) => Number(document.getElementById('pup-frame').height) !== h, inner, { timeout: 10000 });
    assert.deepEqual(errors, []);
    await context.close();
    assert.deepEqual(violations, [], 'Content-Security-Policy violations');
  });
});
