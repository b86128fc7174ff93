// Smaller checks of single components and behaviours, cheaper than a whole persona.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { environment, OUT, Person } from './helpers.mjs';

let env;
before(async () => { env = await environment(); });
after(async () => { await env.close(); });

/** Tag names, ids and text of the elements under `#app`, for comparing two renderings. */
function shape() {
  const out = [];
  for (const el of document.querySelectorAll('#app *')) out.push(`${el.tagName}#${el.id}.${el.className}`);
  return { tags: out, text: document.querySelector('#app').innerText };
}

/** Presses Tab until the element with this id (or a button with this text) has the focus. */
async function tabTo(page, target) {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const ok = await page.evaluate((t) => {
      const a = document.activeElement;
      return a && (a.id === t || (a.tagName === 'BUTTON' && a.innerText.trim() === t));
    }, target);
    if (ok) return;
  }
  assert.fail(`could not reach ${target} with Tab`);
}

describe('components', () => {
  it('the pre-rendered start page is the page the app renders', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.url);
    const pre = await page.evaluate(shape);
    await context.close();
    const p = await Person.start(env);
    const app = await p.page.evaluate(shape);
    assert.deepEqual(app.tags, pre.tags);
    assert.equal(app.text, pre.text);
    p.assertClean();
    await p.close();
  });

  it('is usable by keyboard alone', async () => {
    const p = await Person.start(env);
    const page = p.page;
    // Tab to the start button and press Enter.
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'start-button')) break;
    }
    await page.keyboard.press('Enter');
    await p.expectPage('Kiedy chcesz zarejestrować się');
    await p.expectFocusOnHeading();
    await tabTo(page, 'reg_date-d');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2022');
    await page.keyboard.press('Enter');
    await p.expectPage('Jaki jest Twój numer PESEL');
    await tabTo(page, 'pesel');
    await tabTo(page, 'pesel-unknown');
    await page.keyboard.press('Space'); // "Nie mam numeru PESEL…"
    await tabTo(page, 'Dalej');
    await page.keyboard.press('Enter');
    await p.expectPage('Kiedy się urodziłeś(-aś)');
    await tabTo(page, 'birth_date-unknown');
    await page.keyboard.press('Space'); // "Nie wiem, kiedy"
    await tabTo(page, 'Dalej');
    await page.keyboard.press('Enter');
    await p.expectPage('Jaka jest Twoja płeć');
    // A radio group: Tab into it, arrows choose.
    await tabTo(page, 'sex-0');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.getByLabel('Mężczyzna', { exact: true }).isChecked(), true);
    await tabTo(page, 'Dalej');
    await page.keyboard.press('Enter');
    await p.expectPage('Czy jesteś osobą niepełnosprawną');
    await p.axe();
    p.assertClean();
    await p.close();
  });

  it('error summary links move the focus to the field', async () => {
    const p = await Person.start(env);
    await p.next('Rozpocznij');
    await p.next();
    await p.expectPage('Jaki jest Twój numer PESEL');
    await p.expectError('Wpisz numer PESEL albo zaznacz, że go nie podajesz');
    await p.page.locator('.error-summary a').first().click();
    assert.equal(await p.page.evaluate(() => document.activeElement?.id), 'pesel');
    assert.equal(new URL(p.page.url()).hash, '', 'the page address does not change');
    p.assertClean();
    await p.close();
  });

  it('a file that is not an answers file is refused with a message naming the problem', async () => {
    const p = await Person.start(env);
    const bad = join(OUT, 'bad-answers.json');
    writeFileSync(bad, JSON.stringify({ format: 1, nonsense: true }));
    await p.page.getByLabel('Wczytaj odpowiedzi z pliku').setInputFiles(bad);
    const msg = p.page.locator('#load-file-error');
    await msg.waitFor();
    assert.match(await msg.innerText(), /Nie udało się wczytać pliku: to nie jest plik odpowiedzi zapisany przez to narzędzie albo plik został zmieniony \(wiersz 1, kolumna \d+\)\./);
    assert.match(await p.text('#load-file-detail'), /nonsense/, 'the technical detail names the field');
    assert.equal(await p.page.locator('#load-file').getAttribute('aria-describedby'), 'load-file-hint load-file-error load-file-detail');
    await p.axe();
    p.assertClean();
    await p.close();
  });

  it('under the 2025 Act, the count is a range while the periods may have been used for an earlier benefit (issue 23)', async () => {
    const p = await Person.start(env);
    const file = join(OUT, 'periods-2025-answers.json');
    writeFileSync(file, JSON.stringify({
      format: 1, registration_date: '2026-03-02',
      history: [{ kind: 'employment', from: '2024-06-01', to: '2026-02-27', min_wage_met: true, unpaid_leave_days: 0 }],
    }));
    await p.page.getByLabel('Wczytaj odpowiedzi z pliku').setInputFiles(file);
    await p.expectPage('Sprawdź swoje odpowiedzi');
    await p.page.getByRole('link', { name: 'Zmień Twoja praca i inne okresy w ostatnich 18 miesiącach' }).click();
    await p.expectPage('Twoja praca i inne okresy');
    // Not "0 days" beside a period that counts: the engine's bounds, and why.
    assert.match(await p.text('#periods-count'), /od 0 do 544 dni z wymaganych 365\. Ile z nich się liczy, zależy od odpowiedzi/);
    p.assertClean();
    await p.close();
  });

  it('the period editor changes and removes periods; the count follows', async () => {
    const p = await Person.start(env);
    const file = join(OUT, 'periods-answers.json');
    writeFileSync(file, JSON.stringify({
      format: 1, registration_date: '2022-03-02', residence: 'permanent',
      history: [
        { kind: 'employment', from: '2021-01-01', to: '2021-06-30', min_wage_met: true },
        { kind: 'civil_contract', from: '2021-07-01', to: '2022-02-27', min_wage_met: true },
        { kind: 'civil_contract', from: '2019-03-01', to: '2019-08-31', min_wage_met: true },
      ],
    }));
    await p.page.getByLabel('Wczytaj odpowiedzi z pliku').setInputFiles(file);
    await p.expectPage('Sprawdź swoje odpowiedzi');
    await p.page.getByRole('link', { name: 'Zmień Twoja praca i inne okresy w ostatnich 18 miesiącach' }).click();
    await p.expectPage('Twoja praca i inne okresy');
    assert.match(await p.text('#periods-count'), /423 dni z wymaganych 365/);
    // A period wholly before the 18 months says so (a fact about its dates).
    const notes = await p.page.locator('#periods-list .period-note').allInnerTexts();
    assert.deepEqual(notes, ['Ten okres w całości przypada przed 2 września 2020, czyli przed okresem 18 miesięcy.']);
    assert.match(await p.text('#periods-list .summary-list__row:nth-child(3)'), /przed 2 września 2020/);
    await p.page.getByRole('link', { name: 'Zmień Okres 2' }).click();
    await p.expectPage('Okres pracy lub inny okres');
    assert.equal(await p.page.getByLabel('Umowa agencyjna, umowa zlecenia lub inna umowa o świadczenie usług').isChecked(), true);
    await p.date('31 12 2021', 'Do kiedy?');
    assert.match(await p.text('#period-wages'), /od 1 lipca 2021: 2 800,00 zł/);
    await p.next('Zapisz okres');
    assert.match(await p.text('#periods-count'), /365 dni z wymaganych 365/);
    await p.page.getByRole('button', { name: 'Usuń Okres 1' }).click();
    assert.match(await p.text('#periods-count'), /184 dni z wymaganych 365/);
    // The page says which period went, and that message has the focus (read out at once).
    assert.match(await p.text('#period-removed'), /^Usunięto okres 1: Zatrudnienie \(umowa o pracę\): od 1 stycznia 2021 do 30 czerwca 2021\. Pozostałe okresy mają teraz nowe numery\.$/);
    assert.equal(await p.page.evaluate(() => document.activeElement?.id), 'period-removed');
    await p.axe();
    await p.next();
    await p.expectPage('Sprawdź swoje odpowiedzi');
    p.assertClean();
    await p.close();
  });

  it("the browser's back and forward buttons move through the pages shown and keep the answers", async () => {
    const p = await Person.start(env);
    await p.next('Rozpocznij');
    await p.date('2 3 2022');
    await p.next();
    await p.expectPage('Jaki jest Twój numer PESEL');
    // The tab's title names the page (written once the page is drawn: dom::soon).
    const title = (start) => p.page.waitForFunction((t) => document.title.startsWith(t) && document.title.includes(' — '), start);
    await title('Jaki jest Twój numer PESEL');
    await p.fill('Jaki jest Twój numer PESEL?', '123');
    await p.page.goBack();
    await p.expectPage('Kiedy chcesz zarejestrować się');
    await title('Kiedy chcesz zarejestrować się');
    await p.expectFocusOnHeading();
    assert.equal(await p.page.getByLabel('Dzień', { exact: true }).inputValue(), '2');
    await p.next();
    assert.equal(await p.page.locator('#pesel').inputValue(), '123', 'the typed value is kept');
    await p.page.goBack();
    await p.expectPage('Kiedy chcesz zarejestrować się');
    await p.page.goBack();
    await p.expectPage('Sprawdź, czy możesz zarejestrować się');
    // Forward again, page by page, with the answers still there.
    await p.page.goForward();
    await p.expectPage('Kiedy chcesz zarejestrować się');
    await p.expectFocusOnHeading();
    await p.page.goForward();
    await p.expectPage('Jaki jest Twój numer PESEL');
    assert.equal(await p.page.locator('#pesel').inputValue(), '123');
    // The back link is a step forward in the questionnaire's history, like a link. The
    // entry is pushed in the next task (dom::soon): wait for it before going back.
    const entries = await p.page.evaluate(() => history.length);
    await p.page.getByRole('link', { name: 'Wstecz' }).click();
    await p.expectPage('Kiedy chcesz zarejestrować się');
    await p.page.waitForFunction((n) => history.length > n, entries);
    await p.page.goBack();
    await p.expectPage('Jaki jest Twój numer PESEL');
    p.assertClean();
    await p.close();
  });

  it('marks every page change for the performance measure', async () => {
    const p = await Person.start(env);
    await p.next('Rozpocznij');
    const n = await p.page.evaluate(() => performance.getEntriesByName('nav', 'measure').length);
    assert.equal(n, 1);
    const ready = await p.page.evaluate(() => performance.getEntriesByName('app-ready', 'mark').length);
    assert.equal(ready, 1);
    await p.close();
  });
});
