// Issue 13: a citizen's way through — nothing lost on a reload, amounts as the app writes
// them, what "Dlaczego?" says.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { environment, OUT, Person, pesel, ROOT } from './helpers.mjs';
import { checkPrintout, questionnaire2025, showResult } from './questionnaire.mjs';

let env;
before(async () => { env = await environment(); });
after(async () => { await env.close(); });

const kept = (page) => page.evaluate(() => sessionStorage.getItem('pup-check:answers'));

describe('a citizen\'s way through (issue 13)', () => {
  it('a reload keeps the answers, the page and the language chosen; "Zacznij od nowa" clears them', async () => {
    const p = await Person.start(env);
    const page = p.page;
    assert.equal(await kept(page), null, 'nothing kept before the first answer');
    await p.next('Rozpocznij');
    await p.date('1 12 2026');
    await p.next();
    await p.expectPage('Jaki jest Twój numer PESEL');
    await p.fill('Jaki jest Twój numer PESEL?', pesel('8507220048'));
    await p.next();
    await p.expectPage('Czy masz obywatelstwo polskie');
    await page.getByRole('button', { name: 'English' }).click();
    await p.expectPage('Do you have Polish citizenship');
    assert.ok(await kept(page), 'kept in the session storage');
    await page.reload();
    await p.ready();
    await p.expectPage('Do you have Polish citizenship');
    await page.getByRole('link', { name: 'Back' }).click();
    await p.expectPage('What is your PESEL number');
    assert.equal(await page.getByLabel('What is your PESEL number?').inputValue(), pesel('8507220048'));
    await page.getByRole('link', { name: 'Back' }).click();
    assert.equal(await page.getByLabel('Month', { exact: true }).inputValue(), '12');
    p.assertClean();
    await p.close();
  });

  it('"Zacznij od nowa" empties the storage: a reload then starts afresh', async () => {
    const p = await Person.start(env);
    const base = JSON.parse(readFileSync(join(ROOT, 'tests/scenarios/001-base-eligible-entitled.json'), 'utf8')).answers;
    const file = join(OUT, 'journey-restart.json');
    writeFileSync(file, JSON.stringify(base));
    await p.page.getByLabel('Wczytaj odpowiedzi z pliku').setInputFiles(file);
    await showResult(p);
    assert.ok(await kept(p.page), 'the loaded answers are kept');
    await p.page.reload();
    await p.ready();
    await p.expectPage('Wynik sprawdzenia');
    await p.click('Zacznij od nowa');
    await p.click('Tak, usuń odpowiedzi i zacznij od nowa');
    await p.expectPage('Sprawdź, czy możesz zarejestrować się');
    assert.equal(await kept(p.page), null);
    await p.page.reload();
    await p.ready();
    await p.expectPage('Sprawdź, czy możesz zarejestrować się');
    p.assertClean();
    await p.close();
  });

  it('documents ticked on the screen survive a language switch and print ticked', async () => {
    const p = await Person.start(env);
    const base = JSON.parse(readFileSync(join(ROOT, 'tests/scenarios/001-base-eligible-entitled.json'), 'utf8')).answers;
    const file = join(OUT, 'journey-ticks.json');
    writeFileSync(file, JSON.stringify(base));
    await p.page.getByLabel('Wczytaj odpowiedzi z pliku').setInputFiles(file);
    await showResult(p);
    const box = p.page.locator('#checklist li', { hasText: 'Dowód osobisty' }).locator('input[type=checkbox]');
    await box.check();
    await p.page.getByRole('button', { name: 'English' }).click();
    await p.expectPage('Result of the check');
    assert.equal(await p.page.locator('#checklist li', { hasText: 'Identity card' }).locator('input[type=checkbox]').isChecked(), true, 'still ticked in English');
    await p.page.getByRole('button', { name: 'Polski' }).click();
    await p.expectPage('Wynik sprawdzenia');
    assert.equal(await box.isChecked(), true, 'still ticked in Polish');
    const text = (await p.pdf('journey-ticks')).replace(/\s+/g, ' ');
    // The ticked document carries a tick on paper; the others an empty box.
    assert.match(text, /✓ ?Dowód osobisty/);
    assert.doesNotMatch(text, /✓ ?Karta rejestracyjna/);
    p.assertClean();
    await p.close();
  });

  it('the account: praca.gov.pl is a link; without Profil Zaufany, how to get one and only the way left', async () => {
    const p = await Person.start(env);
    const base = JSON.parse(readFileSync(join(ROOT, 'tests/scenarios/001-base-eligible-entitled.json'), 'utf8')).answers;
    const file = join(OUT, 'journey-account.json');
    writeFileSync(file, JSON.stringify({ ...base, online: { profil_zaufany: false, qualified_signature: false } }));
    await p.page.getByLabel('Wczytaj odpowiedzi z pliku').setInputFiles(file);
    await showResult(p);
    assert.match(await p.text('#account-get-pz'), /Nie masz Profilu Zaufanego\? .*bankowość elektroniczną/);
    assert.equal(await p.page.locator('#account-pno').count(), 0, 'no PNO paragraph after "Nie" to a qualified signature');
    assert.equal(await p.page.locator('#account [data-rule="ACC-METHOD-QES"]').count(), 0);
    p.assertClean();
    await p.close();
    // A person with Profil Zaufany only: that way, and the address as a link.
    const q = await Person.start(env);
    writeFileSync(file, JSON.stringify({ ...base, online: { profil_zaufany: true, qualified_signature: false } }));
    await q.page.getByLabel('Wczytaj odpowiedzi z pliku').setInputFiles(file);
    await showResult(q);
    const link = q.page.locator('#account-steps a[href="https://www.praca.gov.pl"]');
    assert.equal(await link.count(), 1, 'praca.gov.pl is a link');
    assert.equal(await link.isVisible(), true);
    assert.equal(await q.page.locator('#account [data-rule="ACC-METHOD-QES"]').count(), 0, 'only the way the person can use');
    assert.equal(await q.page.locator('#account [data-rule="ACC-METHOD-PZ"]').count(), 1);
    assert.equal(await q.page.locator('#account-pno').count(), 0);
    assert.equal(await q.page.locator('#account-get-pz').count(), 0);
    q.assertClean();
    await q.close();
  });

  it('a Sunday as the registration day is named: no office visit then (online under the 2025 Act)', async () => {
    const base = JSON.parse(readFileSync(join(ROOT, 'tests/scenarios/001-base-eligible-entitled.json'), 'utf8')).answers;
    const file = join(OUT, 'journey-sunday.json');
    for (const [day, expect] of [
      ['2026-12-06', /6 grudnia 2026 to niedziela: .*przez internet na praca\.gov\.pl/],
      ['2022-03-06', /6 marca 2022 to niedziela: tego dnia nie zarejestrujesz się w urzędzie/],
      ['2022-03-02', null],
    ]) {
      const p = await Person.start(env);
      writeFileSync(file, JSON.stringify({ ...base, registration_date: day }));
      await p.page.getByLabel('Wczytaj odpowiedzi z pliku').setInputFiles(file);
      await showResult(p);
      if (expect) assert.match(await p.text('#office-sunday'), expect);
      else assert.equal(await p.page.locator('#office-sunday').count(), 0, 'a Wednesday: no note');
      p.assertClean();
      await p.close();
    }
  });
});

// Issue 13: the three people of the issue under the 2025 Act, to the printout, counting the
// question screens (every page from the registration day to check-answers; axe on each
// grouped page).
describe('three people reach the printout within the screen counts (issue 13)', () => {
  const job = (from, to) => ({ kind: 'Zatrudnienie (umowa o pracę)', from, to, minWage: 'Tak' });
  const OBLIGATION = /Kontaktuj się z urzędem co najmniej raz na 90 dni/;

  it('a 24-year-old who never worked: at most 12 screens', async (t) => {
    const p = await Person.start(env);
    const screens = await questionnaire2025(p, { reg: '1 12 2026', pesel: pesel('0227080362') });
    t.diagnostic(`${screens.length} question screens`);
    assert.ok(screens.length <= 12, `${screens.length} screens: ${screens.join(' | ')}`);
    await showResult(p);
    assert.equal(await p.text('#status-verdict'), 'Możesz zarejestrować się jako osoba bezrobotna.');
    assert.equal(await p.text('#benefit-verdict'), 'Zasiłek dla bezrobotnych Ci nie przysługuje.');
    await checkPrintout(p, 'journey-never', ['Wniosek o rejestrację'], OBLIGATION);
    p.assertClean();
    await p.close();
  });

  it('one job ended by the employer, on a 390 px phone: at most 18 screens', async (t) => {
    const p = await Person.start(env, { contextOptions: { viewport: { width: 390, height: 844 } } });
    const screens = await questionnaire2025(p, {
      reg: '1 12 2026', pesel: pesel('8507220048'),
      periods: [job('1 9 2024', '27 11 2026')],
      terms: [{ mode: 'Pracodawca wypowiedział umowę' }],
    });
    t.diagnostic(`${screens.length} question screens`);
    assert.ok(screens.length <= 18, `${screens.length} screens: ${screens.join(' | ')}`);
    assert.ok(screens.some((h) => h.includes('Co z tego dotyczy Twojej rodziny')), 'the length and amount asked');
    // Issue 23: every grouped page and the period form fit about two phone screens.
    t.diagnostic(`grouped pages, in phone screens: ${JSON.stringify(p.groupScreens)}`);
    for (const [name, n] of Object.entries(p.groupScreens)) assert.ok(n <= 2.3, `the ${name} page is ${n.toFixed(1)} phone screens long`);
    assert.ok('status' in p.groupScreens && 'period' in p.groupScreens);
    await showResult(p);
    assert.equal(await p.text('#benefit-verdict'), 'Przysługuje Ci zasiłek dla bezrobotnych od 1 grudnia 2026.');
    await checkPrintout(p, 'journey-fired', ['Wniosek o rejestrację'], OBLIGATION);
    p.assertClean();
    await p.close();
  });

  it('a 58-year-old answering "Nie wiem" where one can: at most 20 screens', async (t) => {
    const p = await Person.start(env, { contextOptions: { viewport: { width: 390, height: 844 } } });
    const screens = await questionnaire2025(p, {
      reg: '1 12 2026', pesel: pesel('6803051234'), income: 'unknown', usedBefore: 'Nie wiem',
      periods: [job('1 1 2023', '27 11 2026')],
      terms: [{ mode: 'Na mocy porozumienia stron', exception: 'Nie wiem', referral: 'Nie wiem' }],
      severance: 'Nie wiem', years20: 'Nie wiem', pz: 'Nie wiem',
    });
    t.diagnostic(`${screens.length} question screens`);
    assert.ok(screens.length <= 20, `${screens.length} screens: ${screens.join(' | ')}`);
    // Check-answers shows a grouped page's answer: what was not known, by name.
    const rows = await p.text('main');
    assert.match(rows, /Co już masz, żeby założyć konto w Praca\.gov\.pl\? Nie wiem: Profil Zaufany; Kwalifikowany podpis elektroniczny; Konto w Praca\.gov\.pl o statusie „Aktywne”/);
    assert.match(rows, /Co z tego dotyczy Cię w dniu rejestracji\? Nic z tego mnie nie dotyczy/);
    // A change from check-answers on a grouped page returns there.
    await p.page.getByRole('link', { name: 'Zmień Co już masz, żeby założyć konto w Praca.gov.pl?' }).click();
    await p.expectPage('Co już masz, żeby założyć konto w Praca.gov.pl');
    await p.choose('Profil Zaufany');
    await p.next();
    await p.expectPage('Sprawdź swoje odpowiedzi');
    assert.match(await p.text('main'), /Praca\.gov\.pl\? Profil Zaufany Nie wiem: Kwalifikowany podpis/);
    await showResult(p);
    const check = await p.text('#benefit');
    assert.match(check, /Nie wiemy|nie wiemy|zależnie od odpowiedzi/);
    // Issue 23: the timeline's total is the range the answers leave open, never a bare 0
    // beside periods that count.
    assert.match((await p.page.locator('#timeline-sum-days').textContent()).replace(/\s+/g, ' ').trim(), /^od \d+ do \d+ dni$/);
    assert.match(await p.page.locator('#timeline-desc').textContent(), /Okresy zaliczane: od \d+ do \d+ dni, zależnie od odpowiedzi „Nie wiem”/);
    // Issue 23: under "Nie wiem", the picture if the office confirms the open points.
    assert.match(await p.text('#benefit-if-confirmed'), /^Jeśli urząd potwierdzi to, czego jeszcze nie wiadomo, zasiłek przysługiwałby najwcześniej od 1 grudnia 2026\. Wynosiłby wtedy 1 783,90 zł miesięcznie przez pierwsze 90 dni, a potem 1 400,90 zł/);
    await checkPrintout(p, 'journey-unsure', ['Wniosek o rejestrację'], OBLIGATION);
    p.assertClean();
    await p.close();
  });
});
