// Issue 25: the answers travel to another device in a QR code and a link, in the address's
// fragment only — never to a server — and without the PESEL. The code drawn on the result
// page is read back with a real decoder (jsQR, from a screenshot decoded by pngjs), opened in
// a fresh browser, and gives the same check-answers; a damaged code says so and loses
// nothing; the share module is not fetched before the result.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { environment, OUT, Person, ROOT } from './helpers.mjs';
import { showResult } from './questionnaire.mjs';

let env;
before(async () => { env = await environment(); });
after(async () => { await env.close(); });

const PESEL = '90051012345';

/** Scenario 201's answers with a PESEL instead of the birth date and sex. */
function answersWithPesel() {
  const { answers } = JSON.parse(readFileSync(join(ROOT, 'tests/scenarios/201-act2025-base-entitled-from-registration-day.json'), 'utf8'));
  const { birth_date: _b, sex: _s, ...person } = answers.person;
  return { ...answers, person: { ...person, pesel: PESEL } };
}

/** Every request's address, for the whole visit; `page` only: the page's own requests (not
 * the service worker's, which caches every file of the build for offline use once the app
 * runs). */
function recordRequests(context, into, { page = false } = {}) {
  context.on('request', (r) => { if (!page || !r.serviceWorker()) into.push(r.url()); });
}

/** Loads answers from a file and goes to the result. */
async function toResult(p, answers, name) {
  const file = join(OUT, `${name}.json`);
  writeFileSync(file, JSON.stringify(answers));
  await p.page.getByLabel('Wczytaj odpowiedzi z pliku').setInputFiles(file);
  await p.expectPage('Sprawdź swoje odpowiedzi');
  const check = await p.text('#main-content');
  await showResult(p);
  return check;
}

/** The text of the QR code drawn at `selector`, read from a screenshot. */
async function readQr(page, selector) {
  const png = PNG.sync.read(await page.locator(selector).screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(code, 'the QR code can be read');
  return code.data;
}

/** The payload of a link's fragment (`#a1.` + base64url of raw deflate). */
function payloadOf(link) {
  const code = new URL(link).hash.slice(1);
  assert.match(code, /^a1\.[A-Za-z0-9_-]+$/);
  const b64 = code.slice(3).replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(inflateRawSync(Buffer.from(b64, 'base64')).toString('utf8'));
}

describe('take it with you (issue 25)', () => {
  it('the QR code on the result page opens the same answers on another device, without the PESEL', async () => {
    const requests = [];
    const pageRequests = [];
    const p = await Person.start(env, {
      setup: async (context) => { recordRequests(context, requests); recordRequests(context, pageRequests, { page: true }); },
    });
    assert.ok(!pageRequests.some((u) => u.endsWith('/share.js')), 'the page does not fetch the share module before the result');
    const check = await toResult(p, answersWithPesel(), 'share-pesel');
    assert.match(check, new RegExp(PESEL));
    await p.page.locator('#take-along-qr').waitFor();
    assert.ok(pageRequests.some((u) => u.endsWith('/share.js')), 'the share module comes with the result');
    assert.equal(await p.text('#take-along-heading'), 'Zabierz wynik na inne urządzenie');
    await p.axe();
    const link = await readQr(p.page, '#take-along-qr');
    assert.equal(link, await p.page.locator('#take-along-link').getAttribute('href'), 'the code holds the link shown');
    assert.ok(link.startsWith(env.url), link);
    const payload = payloadOf(link);
    assert.equal(payload.v, 1);
    assert.equal(payload.pesel, true);
    assert.equal(payload.answers.person.pesel, undefined);
    assert.equal(payload.answers.person.birth_date, '1990-05-10');
    assert.equal(payload.answers.person.sex, 'female');
    assert.doesNotMatch(link, new RegExp(PESEL));
    // The printout carries the code too.
    await p.page.emulateMedia({ media: 'print' });
    assert.equal(await p.page.locator('#take-along-qr').isVisible(), true);
    await p.page.emulateMedia({ media: 'screen' });
    const result = await p.text('#main-content');
    p.assertClean();
    await p.close();

    // Another device: a fresh browser opens the link.
    const other = [];
    const q = await Person.start(env, { url: link, setup: async (context) => recordRequests(context, other) });
    await q.expectPage('Sprawdź swoje odpowiedzi');
    await q.axe();
    const again = await q.text('#main-content');
    // The same answers; the PESEL named as not carried, the birth date and sex it gave asked.
    const from = (t) => t.slice(t.indexOf('Czy masz obywatelstwo polskie?'));
    assert.equal(from(again), from(check));
    assert.match(again, /Jaki jest Twój numer PESEL\? Nie przeniesiono: link i kod QR nie zawierają numeru PESEL/);
    assert.match(again, /10 maja 1990/);
    assert.match(again, /Kobieta/);
    assert.equal(await q.page.evaluate(() => location.hash), '', 'the code is taken out of the address');
    await showResult(q);
    const sameResult = await q.text('#main-content');
    const verdicts = (t) => t.split('Zabierz wynik')[0].replace(/Data sprawdzenia:[^\n]*\n/, '');
    assert.equal(verdicts(sameResult), verdicts(result));
    for (const u of [...requests, ...other]) assert.ok(!u.includes('a1.'), `a request carries the code: ${u}`);
    q.assertClean();
    await q.close();
  });

  it('a damaged or foreign code says so, and the answers on the device stay', async () => {
    // Opened in a new tab: the start page says so.
    const fresh = await Person.start(env, { url: `${env.url}#a1.AAAAAAAA` });
    await fresh.page.locator('#link-error').waitFor();
    assert.match(await fresh.text('#link-error'), /Nie udało się odczytać odpowiedzi z linku ani z kodu QR/);
    assert.equal(await fresh.heading(), 'Sprawdź, czy możesz zarejestrować się jako osoba bezrobotna');
    await fresh.axe();
    await fresh.close();
    // Opened in the tab where answers are being given: they stay, and so does the page.
    const p = await Person.start(env);
    await p.click('Rozpocznij');
    await p.expectPage('Kiedy chcesz zarejestrować się');
    await p.page.locator('#reg_date-d').fill('2');
    await p.page.locator('#reg_date-m').fill('3');
    await p.page.locator('#reg_date-y').fill('2026');
    await p.next();
    const heading = await p.heading();
    for (const bad of ['a1.AAAAAAAA', 'a1.!!', 'a9.eJwrSS0u', 'a1.']) {
      await p.page.evaluate((code) => { location.hash = code; }, bad);
      await p.page.locator('#link-error').waitFor();
      assert.match(await p.text('#link-error'), /Nie udało się odczytać odpowiedzi z linku ani z kodu QR/);
      assert.equal(await p.heading(), heading, 'the page as it was');
      assert.equal(await p.page.evaluate(() => location.hash), '', 'the code is taken out of the address');
      await p.axe();
    }
    await p.page.getByRole('link', { name: 'Wstecz' }).click();
    await p.expectPage('Kiedy chcesz zarejestrować się');
    assert.equal(await p.page.locator('#reg_date-y').inputValue(), '2026', 'nothing lost');
    assert.equal(await p.page.locator('#link-error').count(), 0, 'the message goes with the next page');
    await p.close();
  });

  it('sharing: the phone\'s share sheet where there is one, else the clipboard, with a visible confirmation', async () => {
    const p = await Person.start(env, {
      setup: async (context) => {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.url).origin });
      },
    });
    await toResult(p, answersWithPesel(), 'share-copy');
    await p.page.locator('#take-along-qr').waitFor();
    await p.click('Udostępnij link');
    await p.page.locator('#take-along-told', { hasText: 'Link skopiowany do schowka.' }).waitFor();
    const copied = await p.page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await p.page.locator('#take-along-link').getAttribute('href'));
    // With a share sheet (stubbed: it records what it is given).
    await p.page.evaluate(() => { navigator.share = async (data) => { window.sharedData = data; }; });
    await p.click('Udostępnij link');
    await p.page.locator('#take-along-told', { hasText: 'Link udostępniony.' }).waitFor();
    assert.equal(await p.page.evaluate(() => window.sharedData.url), copied);
    // In English.
    await p.page.getByRole('button', { name: 'English' }).click();
    await p.page.locator('#take-along-heading', { hasText: 'Take your result to another device' }).waitFor();
    await p.axe();
    p.assertClean();
    await p.close();
  });

  it('a kiosk shows a large code for the phone, pointing at the office\'s public address, and stores nothing', async () => {
    const config = { public_url: 'https://www.pup.example.pl/sprawdz/' };
    const p = await Person.start(env, {
      url: `${env.url}?kiosk`,
      setup: async (context) => {
        await context.route('**/pup-config.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(config) }));
      },
    });
    await p.page.locator('#app.pup-app--kiosk').waitFor();
    const { answers } = JSON.parse(readFileSync(join(ROOT, 'tests/scenarios/201-act2025-base-entitled-from-registration-day.json'), 'utf8'));
    // A kiosk has no file input: the answers come by the URL's code itself.
    const code = await p.page.evaluate(async (json) => {
      const m = await globalThis.__pupCheckImport(new URL('share.js', document.baseURI).href);
      return m.encode(JSON.stringify({ v: 1, pesel: false, answers: JSON.parse(json) }));
    }, JSON.stringify(answers));
    await p.page.goto(`${env.url}?kiosk#${code}`);
    await p.ready();
    await p.expectPage('Sprawdź swoje odpowiedzi');
    await showResult(p);
    await p.page.locator('#take-along-qr').waitFor();
    assert.equal(await p.text('#take-along-heading'), 'Zabierz wynik na telefon');
    const link = await readQr(p.page, '#take-along-qr');
    assert.ok(link.startsWith('https://www.pup.example.pl/sprawdz/#a1.'), link);
    const width = await p.page.locator('#take-along-qr').evaluate((el) => el.getBoundingClientRect().width);
    assert.ok(width >= 300, `a large code: ${width} px`);
    assert.equal(await p.page.locator('#take-along-share, #take-along-link').count(), 0, 'no sharing and no link on a shared device');
    const stored = await p.page.evaluate(async () => ({ local: localStorage.length, session: sessionStorage.length, cookies: document.cookie }));
    assert.deepEqual(stored, { local: 0, session: 0, cookies: '' });
    await p.axe();
    p.assertClean();
    await p.close();
  });

  it('read aloud: the page in its language through the browser\'s speech synthesis, hidden without a voice, stopped by a page change', async () => {
    // A stubbed speechSynthesis that records what it is given (voices: Polish and English).
    const stub = () => {
      window.spoken = [];
      window.cancels = 0;
      const voices = [{ lang: 'pl-PL', name: 'Polski' }, { lang: 'en-GB', name: 'English' }];
      Object.defineProperty(window, 'speechSynthesis', {
        configurable: true,
        value: {
          getVoices: () => voices,
          speak: (u) => window.spoken.push({ text: u.text, lang: u.lang }),
          cancel: () => { window.cancels += 1; },
          addEventListener() {},
          removeEventListener() {},
        },
      });
    };
    const p = await Person.start(env, { setup: async (context) => { await context.addInitScript(stub); } });
    assert.equal(await p.page.locator('#read-aloud').count(), 0, 'not on the start page (pre-rendered)');
    await p.click('Rozpocznij');
    await p.expectPage('Kiedy chcesz zarejestrować się');
    await p.axe();
    await p.page.locator('#read-aloud').focus();
    await p.page.keyboard.press('Enter');
    // The reading is the share module's, loaded on the first press.
    await p.page.waitForFunction(() => window.spoken.length > 0);
    let spoken = await p.page.evaluate(() => window.spoken);
    assert.match(spoken[0].text, /Kiedy chcesz zarejestrować się w urzędzie pracy\?$/, 'the heading first (with its caption)');
    assert.ok(spoken.every((u) => u.lang === 'pl-PL'));
    assert.ok(spoken.some((u) => /Dzień/.test(u.text)), `the date's parts are read: ${JSON.stringify(spoken)}`);
    assert.ok(!spoken.some((u) => /Przeczytaj na głos|Dalej/.test(u.text)), 'not the buttons');
    const before = await p.page.evaluate(() => window.cancels);
    await p.page.locator('#reg_date-d').fill('2');
    await p.page.locator('#reg_date-m').fill('3');
    await p.page.locator('#reg_date-y').fill('2026');
    await p.next();
    assert.ok(await p.page.evaluate(() => window.cancels) > before, 'a page change stops the reading');
    // In English: an English voice.
    await p.page.getByRole('button', { name: 'English' }).click();
    await p.page.evaluate(() => { window.spoken = []; });
    await p.page.getByRole('button', { name: 'Read aloud' }).click();
    await p.page.waitForFunction(() => window.spoken.length > 0);
    spoken = await p.page.evaluate(() => window.spoken);
    assert.ok(spoken.every((u) => u.lang === 'en-GB'), JSON.stringify(spoken));
    // In Ukrainian: no voice, no button.
    await p.page.getByRole('button', { name: 'Українська' }).click();
    await p.page.locator('html[lang="uk"]').waitFor();
    assert.equal(await p.page.locator('#read-aloud').count(), 0, 'no Ukrainian voice: no button');
    p.assertClean();
    await p.close();
    // The result: the verdicts are read.
    const q = await Person.start(env, { setup: async (context) => { await context.addInitScript(stub); } });
    await toResult(q, answersWithPesel(), 'read-aloud');
    await q.click('Przeczytaj na głos');
    await q.page.waitForFunction(() => window.spoken.length > 0);
    spoken = (await q.page.evaluate(() => window.spoken)).map((u) => u.text).join(' | ');
    assert.match(spoken, /Wynik/);
    assert.match(spoken, /zasiłek/i);
    await q.axe();
    q.assertClean();
    await q.close();
  });
});
