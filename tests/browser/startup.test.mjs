// Issue 12: the first visit on a slow phone network. Before the app has started (its wasm
// still on its way) nothing the person does is lost: "Rozpocznij" shows the first question
// at once (pre-rendered in index.html, the same as the app's), what is typed stays, "Dalej"
// is remembered and answered once the app runs. The network is Chrome's "Slow 4G" preset
// (the DevTools protocol's Network.emulateNetworkConditions), and the wasm is held back
// until the test lets it through, so that "before the app has started" is certain, not a
// matter of timing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { environment, Person } from './helpers.mjs';

let env;
before(async () => { env = await environment(); });
after(async () => { await env.close(); });

const SLOW_4G = { offline: false, latency: 150 * 3.75, downloadThroughput: 1.6e6 / 8 * 0.9, uploadThroughput: 750e3 / 8 * 0.9 };

/** A person on Slow 4G whose wasm is held until `release()`; the page is opened, not waited for. */
async function slowVisit({ locale = 'pl-PL' } = {}) {
  let release;
  const held = new Promise((ok) => { release = ok; });
  const p = await Person.start(env, {
    locale,
    setup: async (context, person) => {
      await context.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
      const cdp = await context.newCDPSession(person.page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    },
    noWait: true,
  });
  return { p, release };
}

const started = (page) => page.evaluate(() => document.documentElement.getAttribute('data-app') === 'ready');

/** Tag names, ids, classes, text and input values under `#app`, for comparing two renderings. */
function shape() {
  const out = [];
  for (const el of document.querySelectorAll('#app *')) {
    out.push(`${el.tagName}#${el.id}.${el.className}${el.tagName === 'INPUT' ? `=${el.value}` : ''}`);
  }
  return { tags: out, text: document.querySelector('#app').innerText, title: document.title };
}

describe('start-up on a slow network (issue 12)', () => {
  it('a tap on "Rozpocznij" before the app has started shows the first question at once; "Dalej" is remembered and answered', async () => {
    const { p, release } = await slowVisit();
    const page = p.page;
    await page.locator('#start-button').click();
    await p.expectPage('Kiedy chcesz zarejestrować się');
    assert.equal(await started(page), false, 'the question came before the app had started');
    await p.expectFocusOnHeading();
    // Today's date is filled in, as the app does.
    const now = new Date();
    assert.equal(await page.locator('#reg_date-y').inputValue(), String(now.getFullYear()));
    assert.equal(await page.locator('#reg_date-d').inputValue(), String(now.getDate()));
    await p.axe();
    // Another day typed, and Enter: remembered, with a note where the person looks.
    await p.date('15 6 2026');
    await page.locator('#reg_date-y').press('Enter');
    const wait = page.locator('#early-wait');
    await wait.waitFor();
    assert.match(await wait.innerText(), /Twoja odpowiedź jest zapamiętana/);
    assert.equal(await wait.getAttribute('role'), 'status');
    assert.equal(await started(page), false);
    await p.axe();
    // The wasm arrives: the app answers the "Dalej" pressed before, with the day typed.
    release();
    await p.ready();
    await p.expectPage('Jaki jest Twój numer PESEL');
    await p.expectFocusOnHeading();
    await page.getByRole('link', { name: 'Wstecz' }).click();
    await p.expectPage('Kiedy chcesz zarejestrować się');
    assert.deepEqual(
      [await page.locator('#reg_date-d').inputValue(), await page.locator('#reg_date-m').inputValue(), await page.locator('#reg_date-y').inputValue()],
      ['15', '6', '2026'],
    );
    p.assertClean();
    await p.close();
  });

  it('the app takes over a question being typed: the value and the focus stay', async () => {
    const { p, release } = await slowVisit();
    const page = p.page;
    await page.keyboard.press('Tab'); // the skip link
    await page.locator('#start-button').focus();
    await page.keyboard.press('Enter');
    await p.expectPage('Kiedy chcesz zarejestrować się');
    await page.locator('#reg_date-m').fill('');
    await page.locator('#reg_date-m').type('1');
    assert.equal(await started(page), false);
    release();
    await p.ready();
    // The app's own page now (its inputs are bound to its state), the focus where it was.
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'reg_date-m');
    await page.keyboard.type('2');
    assert.equal(await page.locator('#reg_date-m').inputValue(), '12');
    await p.next();
    await p.expectPage('Jaki jest Twój numer PESEL');
    await page.getByRole('link', { name: 'Wstecz' }).click();
    assert.equal(await page.locator('#reg_date-m').inputValue(), '12');
    p.assertClean();
    await p.close();
  });

  it('"Wstecz" on the pre-rendered question goes back to the start page; a language chosen early is honoured', async () => {
    const { p, release } = await slowVisit();
    const page = p.page;
    await page.locator('#start-button').click();
    await p.expectPage('Kiedy chcesz zarejestrować się');
    await page.getByRole('link', { name: 'Wstecz' }).click();
    await p.expectPage('Sprawdź, czy możesz zarejestrować się');
    assert.equal(new URL(page.url()).hash, '', 'the back link did not navigate');
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('#early-wait').waitFor();
    assert.equal(await started(page), false);
    release();
    await p.ready();
    await p.expectPage('Check if you can register as unemployed');
    p.assertClean();
    await p.close();
  });

  it('the wasm is asked for by the page\'s <head> (a preload link), once', async () => {
    // Not by the loader at the end of <body>, which runs only once the page has been parsed
    // (decision 76). A preload that the loader's fetch() could not take (another credentials
    // mode) would be a second request for the same file.
    const asked = [];
    const p = await Person.start(env, {
      // the page's own requests (the service worker then precaches every file of the build)
      setup: async (context) => { context.on('request', (r) => { if (!r.serviceWorker()) asked.push(new URL(r.url()).pathname); }); },
    });
    const head = await p.page.evaluate(() => [...document.head.querySelectorAll('link[rel="preload"], link[rel="modulepreload"]')]
      .map((l) => `${l.rel} ${l.getAttribute('as') ?? ''} ${new URL(l.href).pathname}`));
    const wasm = asked.filter((u) => /_bg\.wasm$/.test(u));
    const js = asked.filter((u) => /\/pup-app-[0-9a-f]+\.js$/.test(u));
    assert.equal(wasm.length, 1, `one request for the wasm: ${asked.join(', ')}`);
    assert.equal(js.length, 1, `one request for its JS: ${asked.join(', ')}`);
    assert.deepEqual(head, [`preload fetch ${wasm[0]}`]);
    const initiators = await p.page.evaluate(() => performance.getEntriesByType('resource')
      .filter((e) => /_bg\.wasm$/.test(e.name)).map((e) => e.initiatorType));
    assert.deepEqual(initiators, ['link'], 'the wasm came from the preload link');
    await p.click('Rozpocznij');
    await p.expectPage('Kiedy chcesz zarejestrować się');
    p.assertClean();
    await p.close();
  });

  it('the pre-rendered first question is the question the app renders', async () => {
    // Before the app: the wasm never arrives.
    const { p: early } = await slowVisit();
    await early.page.locator('#start-button').click();
    await early.expectPage('Kiedy chcesz zarejestrować się');
    const pre = await early.page.evaluate(shape);
    assert.equal(await started(early.page), false);
    await early.close();
    const p = await Person.start(env);
    await p.click('Rozpocznij');
    await p.expectPage('Kiedy chcesz zarejestrować się');
    const app = await p.page.evaluate(shape);
    assert.deepEqual(app.tags, pre.tags);
    assert.equal(app.text, pre.text);
    assert.equal(app.title, pre.title);
    p.assertClean();
    await p.close();
  });
});
