// WCAG 2.2 AA checks that axe cannot make: reflow at 320 CSS px, forced colours, the
// browser's text size, keyboard focus styles, live regions. Found by an independent review
// (session 5); each test fails on the build before the fix.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { environment, OUT, Person, ROOT } from './helpers.mjs';
import { showResult } from './questionnaire.mjs';

let env;
before(async () => { env = await environment(); });
after(async () => { await env.close(); });

const BASE = JSON.parse(readFileSync(join(ROOT, 'tests/scenarios/001-base-eligible-entitled.json'), 'utf8')).answers;

/** Loads answers (scenario 001 changed by `answers`) and shows the result. */
async function result(p, name, answers = {}) {
  const file = join(OUT, `${name}.json`);
  writeFileSync(file, JSON.stringify({ ...BASE, ...answers }));
  await p.page.getByLabel('Wczytaj odpowiedzi z pliku').setInputFiles(file);
  await p.expectPage('Sprawdź swoje odpowiedzi');
  await showResult(p);
}

/** How far the page scrolls sideways (0: it does not). */
const sideways = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('accessibility', () => {
  it('reflows at 320 CSS px: no sideways scrolling on the start page or the result with every "Dlaczego?" open', async () => {
    const p = await Person.start(env, { contextOptions: { viewport: { width: 320, height: 640 } } });
    assert.equal(await sideways(p.page), 0, 'start page (the file field)');
    await result(p, 'reflow', {
      history: [
        { kind: 'employment', from: '2020-06-01', to: '2022-02-28', min_wage_met: true, unpaid_leave_days: null },
      ],
    });
    for (const s of await p.page.locator('details.why > summary').all()) await s.click();
    assert.equal(await sideways(p.page), 0, 'result page with the explanations open');
    p.assertClean();
    await p.close();
  });

  it('in forced colours the timeline text follows the system colours and the legend chips stay visible', async () => {
    const p = await Person.start(env);
    await result(p, 'forced-colours');
    // (axe's contrast rule does not know forced colours: it is run before, in p.next.)
    await p.page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    const seen = await p.page.evaluate(() => {
      const text = getComputedStyle(document.querySelector('main')).color;
      const fills = [...document.querySelectorAll('#timeline text:not(.timeline__on-bar)')].map((t) => getComputedStyle(t).fill);
      const canvas = getComputedStyle(document.querySelector('main')).backgroundColor;
      const chips = [...document.querySelectorAll('.legend')].map((c) => getComputedStyle(c).backgroundColor);
      return { text, fills, canvas, chips };
    });
    assert.ok(seen.fills.length >= 4);
    for (const f of seen.fills) assert.equal(f, seen.text, 'timeline text in the system text colour');
    for (const c of seen.chips) assert.notEqual(c, seen.canvas, 'a legend chip is not the background colour');
    p.assertClean();
    await p.close();
  });

  it("follows the browser's default text size on its own page", async () => {
    const p = await Person.start(env);
    // The browser setting "font size: very large" (32 px instead of 16 px).
    const cdp = await p.context.newCDPSession(p.page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    const size = await p.page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.lead')).fontSize));
    assert.ok(size >= 38, `the lead text grows with the setting (${size} px)`);
    p.assertClean();
    await p.close();
  });

  it('submitted with the keyboard, the focused error summary keeps its look (an outline, no yellow block)', async () => {
    const p = await Person.start(env);
    await p.next('Rozpocznij');
    await p.page.getByLabel('Dzień', { exact: true }).fill('');
    await p.page.getByLabel('Rok', { exact: true }).press('Enter');
    const summary = p.page.locator('.error-summary');
    await summary.waitFor();
    const look = await summary.evaluate((e) => ({
      focused: document.activeElement === e,
      visible: e.matches(':focus-visible'),
      background: getComputedStyle(e).backgroundColor,
      outline: getComputedStyle(e).outlineStyle,
    }));
    assert.ok(look.focused && look.visible, 'focused by the app after a key press');
    assert.notEqual(look.background, 'rgb(255, 221, 0)', 'no yellow block');
    assert.equal(look.outline, 'solid', 'an outline shows the focus');
    p.assertClean();
    await p.close();
  });

  it('the minimum wages of a period appear in a live region that was already on the page', async () => {
    const p = await Person.start(env);
    await p.page.getByLabel('Wczytaj odpowiedzi z pliku').setInputFiles(
      (() => { const f = join(OUT, 'live-region.json'); writeFileSync(f, JSON.stringify({ ...BASE, history: [] })); return f; })());
    await p.expectPage('Sprawdź swoje odpowiedzi');
    await p.page.getByRole('link', { name: 'Zmień Twoja praca i inne okresy w ostatnich 18 miesiącach' }).click();
    await p.click('Dodaj okres');
    await p.expectPage('Okres pracy lub inny okres');
    // On the page before anything is chosen; the dates first, then the kind.
    const region = await p.page.$('#period-wages');
    assert.equal(await region.getAttribute('aria-live'), 'polite');
    await p.date('1 1 2021', 'Od kiedy?');
    await p.date('31 1 2022', 'Do kiedy?');
    await p.choose('Zatrudnienie (umowa o pracę)', 'Rodzaj okresu');
    await p.page.locator('#period-wages li').first().waitFor();
    assert.ok(await region.evaluate((e) => e.isConnected), 'the same element, now filled');
    assert.match(await p.text('#period-wages'), /od 1 stycznia 2021: 2 800,00 zł/);
    p.assertClean();
    await p.close();
  });

  it('a disabled person is asked about half-time work, with a hint that says so', async () => {
    const p = await Person.start(env);
    await p.page.getByLabel('Wczytaj odpowiedzi z pliku').setInputFiles(
      (() => { const f = join(OUT, 'disabled.json'); writeFileSync(f, JSON.stringify({ ...BASE, person: { ...BASE.person, disabled: true } })); return f; })());
    await p.expectPage('Sprawdź swoje odpowiedzi');
    await p.page.getByRole('link', { name: /^Zmień Czy jesteś zdoln/ }).click();
    await p.expectPage('co najmniej w połowie wymiaru czasu pracy');
    assert.match(await p.text('#ready-hint'), /^Co najmniej w połowie wymiaru czasu pracy/);
    p.assertClean();
    await p.close();
  });
});
