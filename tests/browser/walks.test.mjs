// Issue 23: the walks of new users, as people make them. Here the graduate who uses the
// keyboard only (no mouse): under the 2025 Act, from the start page to the result, every
// answer given with Tab, arrows, Space and Enter, an explanation opened with Enter; the
// figures shown are the engine's (0 qualifying days of the 365 required, no benefit).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { environment, Person, pesel } from './helpers.mjs';

let env;
before(async () => { env = await environment(); });
after(async () => { await env.close(); });

/** Presses Tab until `pred(activeElement)` holds (evaluated in the page). */
async function tabUntil(page, pred, arg, what) {
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(pred, arg)) return;
  }
  assert.fail(`could not reach ${what} with Tab`);
}

const byId = (id) => document.activeElement?.id === id;

/** Chooses the radio or ticks the checkbox labelled `label`, by keyboard. */
async function choose(p, label) {
  const page = p.page;
  const box = page.getByLabel(label, { exact: true });
  const { id, type, name } = await box.evaluate((e) => ({ id: e.id, type: e.type, name: e.name }));
  if (type === 'radio') {
    // Tab enters a radio group once; the arrows move and choose.
    await tabUntil(page, (n) => document.activeElement?.name === n, name, `the radios ${name}`);
    for (let i = 0; i < 20 && !(await page.evaluate(byId, id)); i += 1) await page.keyboard.press('ArrowDown');
    // Tab lands on the first radio without choosing it: Space chooses it.
    if (!(await box.isChecked())) await page.keyboard.press('Space');
  } else {
    await tabUntil(page, byId, id, label);
    await page.keyboard.press('Space');
  }
  assert.ok(await box.isChecked(), `${label} chosen by keyboard`);
}

async function type(p, id, text) {
  await tabUntil(p.page, byId, id, id);
  await p.page.keyboard.type(text);
}

/** "Dalej" by keyboard: Tab to it, Enter; the next page's heading takes the focus. */
async function next(p, button = 'Dalej') {
  const before = await p.heading();
  await tabUntil(p.page, (t) => document.activeElement?.tagName === 'BUTTON' && document.activeElement.innerText.trim() === t, button, button);
  await p.page.keyboard.press('Enter');
  await p.page.waitForFunction((b) => document.querySelector('h1')?.textContent.includes(b) === false, before);
  await p.expectFocusOnHeading();
  await p.axe();
}

describe('walks of new users (issue 23)', () => {
  it('the graduate by keyboard alone: no benefit, 0 of the 365 days, the reason and the documents', async () => {
    const p = await Person.start(env);
    await p.expectPage('Sprawdź, czy możesz zarejestrować się');
    await next(p, 'Rozpocznij');
    await p.expectPage('Kiedy chcesz zarejestrować się');
    for (const [id, v] of [['reg_date-d', '7'], ['reg_date-m', '12'], ['reg_date-y', '2026']]) {
      await tabUntil(p.page, byId, id, id);
      await p.page.keyboard.press('Control+A');
      await p.page.keyboard.type(v);
    }
    await next(p);
    await p.expectPage('Jaki jest Twój numer PESEL');
    // 24 years old (born 8 July 2002).
    await type(p, 'pesel', pesel('0227080362'));
    await next(p);
    await p.expectPage('Czy masz obywatelstwo polskie');
    await choose(p, 'Tak');
    await next(p);
    await p.expectPage('Czy masz któryś z tych dokumentów');
    await choose(p, 'Nic z tego mnie nie dotyczy');
    await next(p);
    await p.expectPage('Czy jesteś zdolna i gotowa do podjęcia zatrudnienia');
    await choose(p, 'Tak');
    await next(p);
    await p.expectPage('Czy uczysz się w szkole lub studiujesz');
    await choose(p, 'Nie uczę się ani nie studiuję');
    await next(p);
    await p.expectPage('Co z tego dotyczy Cię w dniu rejestracji');
    // "Nic z tego…" is the first box; an explanation opens by keyboard and is read.
    await tabUntil(p.page, () => document.activeElement?.tagName === 'SUMMARY', null, 'an explanation');
    await p.page.keyboard.press('Enter');
    assert.equal(await p.page.locator('details.checkboxes__more[open]').count(), 1, 'the explanation opened by Enter');
    await choose(p, 'Nic z tego mnie nie dotyczy');
    await next(p);
    await p.expectPage('przychód');
    await type(p, 'income', '0');
    await next(p);
    await p.expectPage('straciłaś status bezrobotnego');
    await choose(p, 'Nie');
    await next(p);
    await p.expectPage('Twoja praca i inne okresy');
    assert.match(await p.text('main'), /0 dni z wymaganych 365/);
    await next(p);
    for (let i = 0; i < 3 && !(await p.heading()).includes('Praca.gov.pl'); i += 1) {
      await choose(p, 'Nic z tego mnie nie dotyczy');
      await next(p);
    }
    await p.expectPage('Co już masz, żeby założyć konto w Praca.gov.pl');
    await choose(p, 'Profil Zaufany');
    await next(p);
    await p.expectPage('Sprawdź swoje odpowiedzi');
    await next(p, 'Pokaż wynik');
    await p.expectPage('Wynik sprawdzenia');
    assert.equal(await p.text('#status-verdict'), 'Możesz zarejestrować się jako osoba bezrobotna.');
    assert.equal(await p.text('#benefit-verdict'), 'Zasiłek dla bezrobotnych Ci nie przysługuje.');
    assert.match(await p.text('#benefit-days'), /: 0 dni .*365/);
    // What she can do: the duties of an unemployed person and how the status is kept.
    assert.match(await p.text('#status-loss'), /stracisz status na 90 dni/);
    assert.match(await p.text('#account-notes'), /mObywatel/);
    p.assertClean();
    await p.close();
  });
});
