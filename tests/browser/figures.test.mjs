// Issue 26: the version and the day of the figures on every page (the footer) and on the
// printout with the sources of the figures the result used; the start page tells the
// office's visitors — and, in a kiosk, its staff — when this version's figures have run out.
// The browser's clock is set with Playwright's clock (the app reads today from `Date`).
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { environment, OUT, Person, ROOT } from './helpers.mjs';
import { showResult } from './questionnaire.mjs';

let env;
before(async () => { env = await environment(); });
after(async () => { await env.close(); });

const VERSION = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];

/** A visit on day `day` (YYYY-MM-DD, at noon), optionally in kiosk mode. */
const visit = (day, { kiosk = false } = {}) => Person.start(env, {
  url: kiosk ? `${env.url}?kiosk` : env.url,
  setup: async (context) => { await context.clock.setFixedTime(new Date(`${day}T12:00:00`)); },
});

describe('version and figures (issue 26)', () => {
  it('the footer names the version and the figures\' day; the printout names the sources of the figures used', async () => {
    const p = await visit('2026-12-08');
    const footer = await p.page.locator('#app-footer').innerText();
    assert.equal(footer.trim(), `Wersja narzędzia ${VERSION}. Liczby (płaca minimalna, kwoty zasiłku) według stanu na 1 stycznia 2027.`);
    assert.equal(await p.page.locator('.warning-box[id^="figures-stale"]').count(), 0, 'no warning while the figures hold');
    // A 2025 Act result: the minimum wage and the benefit amounts of its registration day.
    const file = join(OUT, 'figures-2025.json');
    const scenario = JSON.parse(readFileSync(join(ROOT, 'tests/scenarios/201-act2025-base-entitled-from-registration-day.json'), 'utf8'));
    // With a PESEL: the privacy statement says the printout does not carry it.
    const { birth_date: _b, sex: _s, ...person } = scenario.answers.person;
    writeFileSync(file, JSON.stringify({ ...scenario.answers, person: { ...person, pesel: '90051012345' } }));
    await p.page.getByLabel('Wczytaj odpowiedzi z pliku').setInputFiles(file);
    await p.expectPage('Sprawdź swoje odpowiedzi');
    await showResult(p);
    const version = await p.page.locator('#result-version').innerText();
    assert.equal(version, `Wersja narzędzia ${VERSION}, liczby według stanu na 1 stycznia 2027. Źródła liczb: Rozporządzenie Rady Ministrów z 11 września 2025 r. (Dz.U. 2025 poz. 1242); M.P. 2025 poz. 510.`);
    await p.page.emulateMedia({ media: 'print' });
    assert.equal(await p.page.locator('#result-version').isVisible(), true, 'the printout names the version and the sources');
    assert.equal(await p.page.locator('#app-footer').isVisible(), false, 'the footer is not printed twice');
    assert.doesNotMatch(await p.page.locator('#app').innerText(), /90051012345/, 'no PESEL on the printout');
    await p.page.emulateMedia({ media: 'screen' });
    await p.axe();
    p.assertClean();
    await p.close();
  });

  it('after the benefit amounts\' last known day the start page says this version may be out of date, and after the minimum wage\'s too', async () => {
    const last = await visit('2027-05-31');
    assert.equal(await last.page.locator('.warning-box[id^="figures-stale"]').count(), 0, 'on the last known day: no warning');
    await last.close();
    const p = await visit('2027-06-01');
    const warning = await p.page.locator('#figures-stale-benefit_amounts').innerText();
    assert.equal(warning, 'Ta wersja narzędzia zna kwoty zasiłku dla bezrobotnych tylko do 31 maja 2027. Dla późniejszego dnia rejestracji wynik tego nie uwzględni — urząd powinien zainstalować nowszą wersję.');
    assert.equal(await p.page.locator('#figures-stale-minimum_wage').count(), 0);
    await p.page.getByRole('button', { name: 'English' }).click();
    await p.page.locator('#figures-stale-benefit_amounts', { hasText: 'only up to 31 May 2027' }).waitFor();
    await p.axe();
    p.assertClean();
    await p.close();
    const kiosk = await visit('2028-01-02', { kiosk: true });
    await kiosk.page.locator('#app.pup-app--kiosk').waitFor();
    assert.equal(await kiosk.page.locator('.warning-box[id^="figures-stale"]').count(), 2, 'the kiosk shows both to its staff');
    assert.match(await kiosk.page.locator('#figures-stale-minimum_wage').innerText(), /płacy minimalnej tylko do 31 grudnia 2027/);
    await kiosk.axe();
    kiosk.assertClean();
    await kiosk.close();
  });
});
