// Kiosk mode and the office configuration (pup-config.json, served by the test through a
// route so that the build itself stays unconfigured).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { environment, Person, pesel } from './helpers.mjs';
import { checkPrintout, questionnaire, showResult } from './questionnaire.mjs';

let env;
before(async () => { env = await environment(); });
after(async () => { await env.close(); });

const OFFICE = {
  name: 'Powiatowy Urząd Pracy w Testowie',
  address: 'ul. Przykładowa 1, 00-001 Testowo',
  phone: '+48 22 000 00 00',
  hours: 'pon.–pt. 8:00–15:00',
  web: 'https://pup.testowo.example',
  documents: ['Zaświadczenie o zameldowaniu wydane przez gminę'],
};

/** Serves `config` as pup-config.json. */
const withConfig = (config) => async (context) => {
  await context.route('**/pup-config.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(config) }));
};

/** Sizes of the interactive elements smaller than 48 × 48 px. */
async function smallTargets(page) {
  return page.evaluate(() => [...document.querySelectorAll('#app button, #app input, #app a:not(.skip-link), #app summary')]
    .filter((el) => el.offsetParent !== null)
    .map((el) => { const r = el.getBoundingClientRect(); return { el: `${el.tagName}#${el.id}.${el.className}`, w: r.width, h: r.height }; })
    .filter((x) => x.w < 48 || x.h < 48));
}

async function storage(page) {
  return page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookies: document.cookie,
    indexedDB: (await indexedDB.databases()).length,
  }));
}

describe('kiosk', () => {
  it('idle reset: a countdown offers to continue, then every answer is gone and nothing is stored', async () => {
    const config = { office: OFFICE, kiosk_idle_seconds: 3, kiosk_countdown_seconds: 4 };
    const p = await Person.start(env, { url: `${env.url}?kiosk`, setup: withConfig(config) });
    const page = p.page;
    await page.locator('#app.pup-app--kiosk').waitFor();
    // A larger base font and large touch targets.
    const font = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('#app')).fontSize));
    assert.ok(font >= 23, `kiosk base font ${font}px`);
    assert.deepEqual(await smallTargets(page), [], 'touch targets of at least 48 px on the start page');
    // No files on a shared device: no loading, and the start page does not offer saving.
    assert.equal(await page.locator('#load-file').isVisible(), false, 'no file input on a kiosk');
    const privacy = await page.locator('main').innerText();
    assert.match(privacy, /Na tym urządzeniu nic nie jest zapisywane/);
    assert.doesNotMatch(privacy, /zapisać do pliku|w tej karcie przeglądarki/);

    await questionnaire(p, { pesel: pesel('8507220048'), income: '3000', benefit: false });
    assert.deepEqual(await smallTargets(page), [], 'touch targets of at least 48 px on check-answers');
    await showResult(p);
    assert.deepEqual(await smallTargets(page), [], 'touch targets of at least 48 px on the result');
    // The office's details; its web address as text, never a link to another site.
    assert.equal(await p.text('#office-name'), OFFICE.name);
    assert.equal(await p.text('#office-phone'), OFFICE.phone);
    assert.equal(await p.text('#office-web'), OFFICE.web);
    assert.equal(await page.locator('#app a[href^="http"]').count(), 0, 'no links to other sites');
    // Printing is the obvious last step: first on the page, large; saving a file is hidden.
    assert.ok(await page.locator('#kiosk-print-button').isVisible());
    assert.equal(await page.getByRole('button', { name: /Drukuj/ }).count(), 1, 'one print button, the kiosk\'s');
    assert.equal(await page.locator('#save-button').isVisible(), false, 'no file saved on a shared device');
    await p.click('Zacznij od nowa');
    const warning = await page.locator('#restart-confirm').innerText();
    assert.match(warning, /Jeśli potrzebujesz wyniku, najpierw go wydrukuj/);
    assert.doesNotMatch(warning, /Zapisz odpowiedzi/, 'no saving offered on a kiosk');
    await p.click('Nie, zostaw moje odpowiedzi');
    const pdf = await checkPrintout(p, 'kiosk', ['Dowód osobisty', OFFICE.documents[0]]);
    assert.match(pdf, /Powiatowy Urząd Pracy w Testowie/);
    assert.match(pdf, /ul\. Przykładowa 1/);
    assert.doesNotMatch(pdf, /Drukuj podsumowanie/);

    // Idle: the countdown appears; "Kontynuuj" keeps everything.
    const dialog = page.locator('#kiosk-dialog');
    await dialog.waitFor({ timeout: 10000 });
    assert.match(await dialog.innerText(), /Za \d s wszystkie odpowiedzi zostaną usunięte/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'kiosk-continue', 'the dialog takes the focus');
    await p.axe();
    await page.getByRole('button', { name: 'Kontynuuj', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await p.expectPage('Wynik sprawdzenia');

    // Idle again, nobody answers: back to the start page, every answer gone.
    await dialog.waitFor({ timeout: 10000 });
    await p.page.locator('h1', { hasText: 'Sprawdź, czy możesz zarejestrować się' }).waitFor({ timeout: 10000 });
    await dialog.waitFor({ state: 'detached' });
    const text = await p.text('#app');
    assert.doesNotMatch(text, /3000|8507220048|Nie możesz zarejestrować|Powiatowy Urząd Pracy w Testowie/, 'no answer or result on screen');
    assert.equal(await page.locator('#load-file').inputValue(), '', 'no file chosen');
    // The browser's back button does not bring the answers back.
    await page.goBack();
    await page.waitForTimeout(300);
    assert.match(await p.heading(), /Sprawdź, czy możesz zarejestrować się/);
    assert.doesNotMatch(await p.text('#app'), /3000|8507220048/);
    // A new start: the fields are empty again.
    await p.next('Rozpocznij');
    await p.answer('Kiedy chcesz zarejestrować się');
    await p.expectPage('Jaki jest Twój numer PESEL');
    assert.equal(await page.getByLabel('Jaki jest Twój numer PESEL?', { exact: true }).inputValue(), '');
    // Nothing was stored, in any storage of the browser.
    assert.deepEqual(await storage(page), { local: 0, session: 0, cookies: '', indexedDB: 0 });
    assert.deepEqual((await p.context.cookies()), []);
    p.assertClean();
    await p.close();
  });

  it('bad configuration: a console warning names each field, safe defaults are used', async () => {
    const config = {
      office: { name: 'PUP Testowo', phone: 5, web: 'javascript:alert(1)', documents: 'dowód' },
      kiosk: 'yes',
      kiosk_idle_seconds: -3,
      colour: 'red',
    };
    const p = await Person.start(env, { setup: withConfig(config) });
    await p.page.waitForFunction(() => true);
    for (let i = 0; i < 50 && p.consoleWarnings.length < 5; i++) await p.page.waitForTimeout(100);
    const warnings = p.consoleWarnings.join('\n');
    for (const field of ['office.phone', 'office.web', 'office.documents', 'kiosk', 'kiosk_idle_seconds', 'colour']) {
      assert.match(warnings, new RegExp(`pup-check: configuration \\(pup-config\\.json\\): "${field.replace('.', '\\.')}"`), `a warning names ${field}`);
    }
    assert.equal(await p.page.locator('#app.pup-app--kiosk').count(), 0, 'kiosk stays off');
    // The app works as before, with the office name that was valid.
    await questionnaire(p, { pesel: pesel('8507220048'), income: '3000', benefit: false });
    await showResult(p);
    assert.equal(await p.text('#office-name'), 'PUP Testowo');
    assert.equal(await p.page.locator('#office-phone').count(), 0);
    assert.equal(await p.page.locator('#office-web').count(), 0);
    p.assertClean();
    await p.close();
  });

  it('outside kiosk mode the office web page is a link', async () => {
    const p = await Person.start(env, { setup: withConfig({ office: { name: 'PUP A', web: 'https://a.example' } }) });
    await p.page.evaluate(() => true);
    await questionnaire(p, { pesel: pesel('8507220048'), income: '3000', benefit: false });
    await showResult(p);
    assert.equal(await p.text('#office-name'), 'PUP A');
    assert.equal(await p.page.locator('#office-web a[href="https://a.example"]').count(), 1, 'outside kiosk mode the web page is a link');
    assert.equal(await p.page.locator('#kiosk-print').count(), 0);
    p.assertClean();
    await p.close();
  });
});
