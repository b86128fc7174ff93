// Personas under the 2025 Act (registration day 2 March 2026), from the start page to the
// printout: the law of the registration day decides (rules.md §12). Every page is checked
// with axe-core; no request may leave the origin and the console must stay free of errors.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { environment, Person } from './helpers.mjs';
import { checkPrintout, questionnaire, questionnaire2025, showResult } from './questionnaire.mjs';

const DOCS_2025 = [
  'Wniosek o rejestrację',
  'Dowód osobisty, a jeśli go nie masz — inny dokument potwierdzający tożsamość',
  'Numer rachunku płatniczego',
  'Oświadczenia o zdolności i gotowości do podjęcia zatrudnienia oraz o braku stałego źródła dochodu',
];
const WORK_CERTS = 'Świadectwa pracy oraz inne dokumenty niezbędne do ustalenia uprawnień';
const OBLIGATION_2025 = /Kontaktuj się z urzędem co najmniej raz na 90 dni/;
// Worked 1 June 2024 – 27 February 2026 for at least the minimum wage: 544 days in the 18
// months before 2 March 2026.
const JOB = { kind: 'Zatrudnienie (umowa o pracę)', from: '1 6 2024', to: '27 2 2026', minWage: 'Tak' };

let env;
before(async () => { env = await environment(); });
after(async () => { await env.close(); });

async function law(p) {
  assert.match(await p.text('#result-rule-set'), /ustawa z dnia 20 marca 2025 r\. o rynku pracy i służbach zatrudnienia/);
  assert.doesNotMatch(await p.text('#result-rule-set'), /\.\./, 'no double full stop (issue 23)');
}

describe('the 2025 Act', () => {
  it('1. own notice of the last job: no benefit at all (art. 219 ust. 1 pkt 1)', async () => {
    const p = await Person.start(env);
    await questionnaire2025(p, {
      periods: [JOB],
      terms: [{ mode: 'Wypowiedziałem(-am) umowę', exception: 'Żaden z tych powodów', referral: 'Nie' }],
    });
    await showResult(p);
    await law(p);
    assert.equal(await p.text('#status-verdict'), 'Możesz zarejestrować się jako osoba bezrobotna.');
    assert.equal(await p.text('#benefit-verdict'), 'Zasiłek dla bezrobotnych Ci nie przysługuje.');
    // What is signed at the registration is not among the things to bring (issue 23).
    assert.doesNotMatch(await p.text('#checklist'), /Wniosek o rejestrację|Oświadczenia o zdolności/);
    assert.match(await p.text('#docs-made'), /Wniosek o rejestrację/);
    assert.match(await p.text('#docs-made'), /Oświadczenia o zdolności i gotowości/);
    // The fact that bars it, not the rule's condition (issue 23).
    assert.match(await p.text('#benefit-excluded'), /Ostatnią pracę zakończył(eś|aś|eś\(-aś\)) swoim wypowiedzeniem — nie z powodu zmiany miejsca zamieszkania/);
    assert.doesNotMatch(await p.text('#benefit-excluded'), /nie zakończyła się Twoim wypowiedzeniem/);
    assert.match(await p.text('#office-text'), /miejsce zamieszkania/);
    assert.doesNotMatch(await p.text('#office'), /stałe lub czasowe zameldowanie|oświadczenie, że nie jesteś zarejestrowany/);
    assert.match(await p.text('#office-how'), /przez internet na praca\.gov\.pl/);
    await p.page.locator('#why-benefit summary').click();
    const why = await p.text('#why-benefit');
    assert.match(why, /Podstawa prawna: art\. 219 ust\. 1 pkt 1 ustawy z dnia 20 marca 2025/);
    assert.match(why, /rozwiązał ostatni stosunek pracy lub stosunek służbowy za wypowiedzeniem/);
    // No benefit: no condition of it shown as met (issue 13), no internal rule ID.
    assert.doesNotMatch(why, /— spełniony|— dotyczy Ciebie/);
    assert.doesNotMatch(why, /\b(BEN|DEFER)-[A-Z0-9-]+/);
    const pdf = await checkPrintout(p, 'act2025-1', [...DOCS_2025, WORK_CERTS], OBLIGATION_2025);
    assert.match(pdf, /Zasiłek dla bezrobotnych Ci nie przysługuje/);
    assert.match(pdf, /ustawa z dnia 20 marca 2025/);
    // The article behind every line, on paper too.
    assert.match(pdf, /swoim wypowiedzeniem — nie z powodu zmiany miejsca zamieszkania[^(]*\(art\. 219 ust\. 1 pkt 1\)/);
    assert.match(pdf, /raz na 90 dni[^(]*\(art\. 65 ust\. 1 pkt 11\)/);
    p.assertClean();
    await p.close();
  });

  it('2. mutual agreement: the benefit after 90 days from registration, with the amount (art. 220)', async () => {
    const p = await Person.start(env);
    await questionnaire2025(p, {
      periods: [JOB],
      terms: [{ mode: 'Na mocy porozumienia stron', exception: 'Żaden z tych powodów', referral: 'Nie' }],
    });
    await showResult(p);
    await law(p);
    assert.equal(await p.text('#benefit-verdict'), 'Przysługuje Ci zasiłek dla bezrobotnych od 31 maja 2026.');
    assert.match(await p.text('#benefit-deferrals'), /porozumieniem stron — zasiłek po 90 dniach — zasiłek od 31 maja 2026/);
    assert.match(await p.text('#benefit-amount'), /1 721,90 zł przez pierwsze 90 dni, a potem 1 352,20 zł — kwoty obowiązujące w dniu 31 maja 2026/);
    // 180 days less the 90 without benefit (art. 225 ust. 3).
    assert.match(await p.text('#benefit-length'), /przez 90 dni/);
    assert.match(await p.text('#benefit-length'), /To 180 dni, pomniejszone o dni bez zasiłku po rejestracji: 90, i o dni zasiłku pobranego wcześniej: 0\. \(art\. 225 ust\. 3\)/);
    // Issue 23: the note on counting the 90 days names the day it gives.
    assert.match(await p.text('#benefit-day-count'), /pierwszy z nich to dzień rejestracji \(2 marca 2026\), więc zasiłek przysługiwałby od 31 maja 2026 — dzień rozpoczęcia wypłaty potwierdzi urząd/);
    // Issue 23: the dates it runs between, and the 1 June inside them.
    assert.match(await p.text('#benefit-dates'), /^Zasiłek przysługuje od 31 maja 2026 do 28 sierpnia 2026\. Od 1 czerwca 2026 kwoty zostaną zwaloryzowane/);
    const pdf = await checkPrintout(p, 'act2025-2', [...DOCS_2025, WORK_CERTS], OBLIGATION_2025);
    assert.match(pdf, /od 31 maja 2026/);
    assert.match(pdf, /1 721,90 zł/);
    p.assertClean();
    await p.close();
  });

  it('3. a person with a disability dismissed by the employer: from the registration day, 365 days', async () => {
    const p = await Person.start(env);
    await questionnaire2025(p, {
      disabled: 'Tak',
      periods: [JOB],
      terms: [{ mode: 'Pracodawca wypowiedział umowę' }],
    });
    await showResult(p);
    assert.equal(await p.text('#benefit-verdict'), 'Przysługuje Ci zasiłek dla bezrobotnych od 2 marca 2026.');
    assert.match(await p.text('#benefit-length'), /przez 365 dni/);
    assert.match(await p.text('#benefit-amount'), /1 721,90 zł przez pierwsze 90 dni, a potem 1 352,20 zł/);
    assert.equal(await p.page.locator('#benefit-wait').count(), 1);
    assert.match(await p.text('#benefit-wait'), /od dnia rejestracji/);
    await checkPrintout(p, 'act2025-3', [...DOCS_2025, WORK_CERTS, 'Orzeczenie uprawnionego organu o niepełnosprawności'], OBLIGATION_2025);
    p.assertClean();
    await p.close();
  });

  it('4. a board member of a company: not unemployed (art. 2 pkt 1 lit. h)', async () => {
    const p = await Person.start(env);
    await questionnaire2025(p, { companyRole: 'Tak', benefit: false });
    await showResult(p);
    assert.equal(await p.text('#status-verdict'), 'Nie możesz zarejestrować się jako osoba bezrobotna.');
    assert.match(await p.text('#status-unmet'), /Brak funkcji w spółce \(zarząd, rada nadzorcza, prokura i podobne\)/);
    await p.page.locator('#why-status summary').click();
    assert.match(await p.text('#why-status'), /art\. 2 pkt 1 lit\. h/);
    // Issue 23: not unemployed — what is left (the job seeker), no unemployed person's
    // declarations or duties.
    assert.match(await p.text('#status-job-seeker'), /Możesz natomiast zarejestrować się w urzędzie pracy jako osoba poszukująca pracy\. \(art\. 2 pkt 24\)/);
    assert.doesNotMatch(await p.text('#documents'), /Oświadczenia o zdolności/);
    assert.equal(await p.page.locator('#obligations').count(), 0);
    await checkPrintout(p, 'act2025-4', DOCS_2025.filter((d) => !d.startsWith('Oświadczenia')), null);
    p.assertClean();
    await p.close();
  });

  it('5. the same person registering before 1 June 2025 gets the seed\'s rules, named as such', async () => {
    const p = await Person.start(env);
    await questionnaire(p, {
      reg: '30 5 2025', birth: '10 5 1990', sex: 'Kobieta',
      periods: [{ kind: 'Zatrudnienie (umowa o pracę)', from: '1 6 2023', to: '28 5 2025', minWage: 'Tak' }],
      terms: [{ mode: 'Pracodawca wypowiedział umowę' }],
    });
    await showResult(p);
    assert.match(await p.text('#result-rule-set'), /ustawa z dnia 20 kwietnia 2004/);
    assert.equal(await p.text('#benefit-verdict'), 'Przysługuje Ci zasiłek dla bezrobotnych od 7 czerwca 2025.');
    assert.equal(await p.page.locator('#benefit-amount').count(), 0, 'no amount under the seed');
    assert.equal(await p.page.locator('.article').count(), 0, 'the seed page names no articles');
    p.assertClean();
    await p.close();
  });
});
