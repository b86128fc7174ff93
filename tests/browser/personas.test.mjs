// Eight personas, each from the start page to the printout, against the release build.
// Every page is checked with axe-core; no request may leave the origin and the console
// must stay free of errors. Registration day in all personas: 2 March 2026.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import { environment, escape, OUT, Person, pesel } from './helpers.mjs';
import { checkPrintout, questionnaire, showResult } from './questionnaire.mjs';

const BASE_DOCS = [
  'Dowód osobisty',
  'Numer PESEL i NIP',
  'Dyplom, świadectwo ukończenia szkoły',
  'Karta rejestracyjna',
];
const WORK_CERTS = 'Świadectwa pracy oraz inne dokumenty niezbędne do ustalenia uprawnień';
const JOB = {
  kind: 'Zatrudnienie (umowa o pracę)',
  from: '1 1 2020',
  to: '27 2 2022',
  minWage: 'Tak',
  wages: ['od 1 stycznia 2020: 2 600,00 zł', 'od 1 stycznia 2021: 2 800,00 zł', 'od 1 stycznia 2022: 3 010,00 zł'],
};

let env;
before(async () => { env = await environment(); });
after(async () => { await env.close(); });

describe('personas', () => {
  it('1. entitled: benefit from D + 8; saves, reloads and changes an answer', async () => {
    const p = await Person.start(env);
    await questionnaire(p, {
      pesel: pesel('9005140135'),
      periods: [JOB],
      terms: [{ mode: 'Pracodawca wypowiedział umowę' }],
    });
    // Change an answer from check-answers: the change link returns there.
    await p.page.getByRole('link', { name: 'Zmień Czy masz dokument o przeciwwskazaniach do wykonywania określonych prac?' }).click();
    await p.expectPage('dokument o przeciwwskazaniach');
    await p.expectFocusOnHeading();
    assert.equal(await p.page.getByLabel('Nie', { exact: true }).isChecked(), true, 'the earlier answer is kept');
    await p.choose('Tak');
    await p.next();
    await p.expectPage('Sprawdź swoje odpowiedzi');
    await showResult(p);

    assert.equal(await p.text('#status-verdict'), 'Możesz zarejestrować się jako osoba bezrobotna.');
    assert.equal(await p.text('#benefit-verdict'), 'Przysługuje Ci zasiłek dla bezrobotnych od 10 marca 2022.');
    assert.match(await p.text('#benefit-days'), /od 2 września 2020 do 1 marca 2022: 544 dni \(wymagane co najmniej 365\)/);
    assert.match(await p.text('#office-text'), /stałe lub czasowe zameldowanie/);
    assert.match(await p.text('#office-declaration'), /nie jest potrzebne/);
    assert.equal(await p.page.locator('#timeline rect[fill="#00703c"]').count(), 1, 'the timeline shows the qualifying period');
    assert.equal(await p.page.locator('#timeline-sum-days').textContent(), '544 dni', 'the total bar says its length in days');
    assert.match(await p.text('#account-steps'), /login\.gov\.pl/);
    // The "why" of the benefit: the rule, the source sentence and the values used.
    await p.page.locator('#why-benefit summary').click();
    const why = await p.text('#why-benefit');
    // The rule named in words, never by its internal ID (issue 13).
    assert.match(why, /Co najmniej 365 dni okresów zaliczanych w 18 miesiącach przed rejestracją/);
    assert.doesNotMatch(why, /\b(BEN|STATUS|DEFER|REG|LOSS|DOC|ACC|Q|OBL)-[A-Z0-9-]+/, 'no internal rule ID');
    assert.match(why, /w okresie 18 miesięcy poprzedzających dzień zarejestrowania/);
    assert.match(why, /dni zaliczane 544/);
    // The timeline's key says which period each row is, on the screen and on paper.
    assert.equal(await p.text('#timeline-key'), 'Okres 1: zatrudnienie, 1 stycznia 2020 – 27 lutego 2022 — zaliczany');
    const docs = [...BASE_DOCS, WORK_CERTS, 'Dokument o przeciwwskazaniach'];
    const printed = await checkPrintout(p, 'persona1', docs);
    assert.match(printed, /Okres 1: zatrudnienie, 1 stycznia 2020 – 27 lutego 2022 — zaliczany/);

    // Save the answers to a file, load them in a fresh page: the same answers come back.
    const [download] = await Promise.all([p.page.waitForEvent('download'), p.click('Zapisz odpowiedzi')]);
    assert.equal(download.suggestedFilename(), 'odpowiedzi-pup.json');
    const file = join(OUT, 'persona1-answers.json');
    await download.saveAs(file);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(saved.format, 1);
    assert.equal(saved.registration_date, '2022-03-02');
    assert.equal(saved.history[0].kind, 'employment');
    assert.equal(saved.person.has_contraindication_document, true);
    p.assertClean();
    await p.close();

    const q = await Person.start(env);
    await q.page.getByLabel('Wczytaj odpowiedzi z pliku').setInputFiles(file);
    await q.expectPage('Sprawdź swoje odpowiedzi');
    await q.axe();
    assert.match(await q.text('main'), /1 stycznia 2020 do 27 lutego 2022/);
    await showResult(q);
    assert.equal(await q.text('#benefit-verdict'), 'Przysługuje Ci zasiłek dla bezrobotnych od 10 marca 2022.');
    q.assertClean();
    await q.close();
  });

  it('2. entitled with a 90-day deferral: own notice within 6 months', async () => {
    const p = await Person.start(env);
    await questionnaire(p, {
      pesel: pesel('8811230123'),
      periods: [JOB],
      terms: [{ mode: 'Wypowiedziałem(-am) umowę', exception: 'Żaden z tych powodów' }],
    });
    await showResult(p);
    assert.equal(await p.text('#benefit-verdict'), 'Przysługuje Ci zasiłek dla bezrobotnych od 1 czerwca 2022.');
    assert.match(await p.text('#benefit-deferrals'), /za wypowiedzeniem pracownika lub porozumieniem stron — zasiłek po 90 dniach — zasiłek od 1 czerwca 2022/);
    await p.page.locator('#why-benefit summary').click();
    const why = await p.text('#why-benefit');
    assert.match(why, /Rozwiązanie umowy za wypowiedzeniem pracownika lub porozumieniem stron — zasiłek po 90 dniach/);
    assert.doesNotMatch(why, /DEFER-QUIT-90/);
    assert.match(why, /Bez tej okoliczności zasiłek przysługiwałby od 10 marca 2022/);
    const pdf = await checkPrintout(p, 'persona2', [...BASE_DOCS, WORK_CERTS]);
    assert.match(pdf, /od 1 czerwca 2022/);
    p.assertClean();
    await p.close();
  });

  it('3. not eligible by age: the benefit questions are skipped', async () => {
    const p = await Person.start(env);
    await questionnaire(p, { birth: '10 1 1961', sex: 'Kobieta', benefit: false });
    await showResult(p);
    assert.equal(await p.text('#status-verdict'), 'Nie możesz zarejestrować się jako osoba bezrobotna.');
    assert.match(await p.text('#status-unmet'), /Wiek poniżej 60 lat \(kobieta\) lub 65 lat \(mężczyzna\)/);
    assert.match(await p.text('#benefit-verdict'), /Zasiłek nie przysługuje, bo nie możesz teraz uzyskać statusu/);
    await p.page.locator('#why-status summary').click();
    assert.match(await p.text('#why-status'), /Granicę wieku \(60 lat\) osiągnięto 10 stycznia 2021/);
    assert.match(await p.text('#why-status'), /nie ukończyła 60 lat - kobieta, a mężczyzna 65 lat/);
    const pdf = await checkPrintout(p, 'persona3', BASE_DOCS);
    assert.match(pdf, /Nie możesz zarejestrować się jako osoba bezrobotna/);
    // No period entered: work certificates are not listed as needed, but the source lists
    // them for everyone, so they are offered "if you have ever worked" (decision 52).
    assert.equal(await p.page.locator('#checklist [data-rule="DOC-WORK-CERTS"]').count(), 0);
    assert.match(await p.text('#checklist'), new RegExp(escape('Jeśli kiedykolwiek pracowałeś(-aś): świadectwa pracy')));
    assert.match(pdf, new RegExp(escape('Jeśli kiedykolwiek pracowałeś(-aś): świadectwa pracy')));
    p.assertClean();
    await p.close();
  });

  it('4. not eligible by income: the limit is shown, and what would change it', async () => {
    const p = await Person.start(env);
    await questionnaire(p, { pesel: pesel('8507220048'), income: '3000', benefit: false });
    await showResult(p);
    assert.equal(await p.text('#status-verdict'), 'Nie możesz zarejestrować się jako osoba bezrobotna.');
    assert.match(await p.text('#status-unmet'), /Dochód nie przekracza połowy minimalnego wynagrodzenia/);
    await p.page.locator('#why-status summary').click();
    assert.match(await p.text('#why-status'), /Gdyby Twój miesięczny dochód wynosił najwyżej 1 505,00 zł, ten warunek byłby spełniony \(podano: 3 000,00 zł\)/);
    await checkPrintout(p, 'persona4', BASE_DOCS);
    p.assertClean();
    await p.close();
  });

  it('5. unknown answers: to be confirmed at the office', async () => {
    const p = await Person.start(env);
    await questionnaire(p, {
      birth: 'unknown', sex: 'Nie wiem', disabled: 'Nie wiem', contra: 'Nie wiem', residence: 'Nie wiem',
      ready: 'Nie wiem', pensions: 'Nie wiem', income: 'unknown',
      periods: [{ ...JOB, minWage: 'Nie wiem' }],
      terms: [{ mode: 'Nie wiem' }],
      pz: 'Nie wiem', qes: 'Nie wiem', active: 'Nie wiem',
    });
    const check = await p.text('main');
    assert.match(check, /Nie wiem/);
    await showResult(p);
    assert.match(await p.text('#status-verdict'), /do potwierdzenia w urzędzie/);
    const unknown = await p.text('#status-unknown');
    for (const r of ['Ukończone 18 lat', 'Zdolność i gotowość', 'Dochód nie przekracza']) assert.match(unknown, new RegExp(r));
    assert.match(await p.text('#benefit-verdict'), /Nie wiadomo, czy przysługuje Ci zasiłek — do potwierdzenia w urzędzie/);
    assert.match(await p.text('#benefit-unknown'), /Zatrudnienie z wynagrodzeniem co najmniej minimalnym/);
    // The job's days may or may not count: a range, not "0 dni".
    assert.match(await p.text('#benefit-days'), /: od 0 do \d+ dni, zależnie od odpowiedzi „Nie wiem” \(wymagane co najmniej 365\)/);
    assert.match(await p.text('#office-declaration'), /do potwierdzenia w urzędzie/);
    assert.match(await p.text('#account-verdict'), /Profil Zaufany lub kwalifikowany podpis/);
    const docs = [...BASE_DOCS, WORK_CERTS, 'Jeśli jesteś osobą niepełnosprawną', 'Jeśli masz: dokument o przeciwwskazaniach'];
    await checkPrintout(p, 'persona5', docs);
    p.assertClean();
    await p.close();
  });

  it('6. no registered residence: the office where one stays, and the declaration', async () => {
    const p = await Person.start(env);
    await questionnaire(p, {
      pesel: pesel('9203150111'), residence: 'Nie jestem zameldowany(-a)',
      pz: 'Nie', qes: 'Tak', serial: 'ABC-123',
    });
    await showResult(p);
    assert.equal(await p.text('#status-verdict'), 'Możesz zarejestrować się jako osoba bezrobotna.');
    assert.match(await p.text('#office-text'), /na którego obszarze działania przebywasz/);
    assert.match(await p.text('#office-declaration'), new RegExp(escape('składasz oświadczenie, że nie jesteś zarejestrowany(-a) w innym powiatowym urzędzie pracy')));
    assert.equal(await p.text('#benefit-verdict'), 'Zasiłek dla bezrobotnych Ci nie przysługuje.');
    assert.match(await p.text('#account-pno-problem'), /„ABC-123” nie ma postaci PNO/);
    assert.match(await p.text('#account-pno'), /PNODE-12345678901/);
    const pdf = await checkPrintout(p, 'persona6', [...BASE_DOCS, 'Oświadczenie, że nie jesteś zarejestrowany(-a) w innym powiatowym urzędzie pracy']);
    assert.match(pdf, /na którego obszarze działania przebywasz/);
    p.assertClean();
    await p.close();
  });

  it('7. released from prison: benefit on the periods before imprisonment', async () => {
    const p = await Person.start(env);
    await questionnaire(p, {
      pesel: pesel('8001010011'),
      periods: [{
        kind: 'Zatrudnienie (umowa o pracę)', from: '1 6 2018', to: '31 5 2020', minWage: 'Tak',
        wages: ['od 1 stycznia 2020: 2 600,00 zł'],
      }],
      prison: { start: '1 6 2020', release: '20 2 2022' },
    });
    await showResult(p);
    assert.equal(await p.text('#status-verdict'), 'Możesz zarejestrować się jako osoba bezrobotna.');
    assert.equal(await p.text('#benefit-verdict'), 'Przysługuje Ci zasiłek dla bezrobotnych od 10 marca 2022.');
    assert.match(await p.text('#benefit'), /Podstawa: Zwolnienie z zakładu karnego i rejestracja w ciągu 30 dni/);
    await p.page.locator('#why-benefit summary').click();
    const why = await p.text('#why-benefit');
    assert.match(why, /Zwolnienie z zakładu karnego i rejestracja w ciągu 30 dni/);
    assert.doesNotMatch(why, /BEN-PRISON/);
    assert.match(why, /zarejestrowanym w okresie 30 dni od dnia zwolnienia/);
    assert.match(why, /rejestracja najpóźniej 22 marca 2022/);
    await checkPrintout(p, 'persona7', [...BASE_DOCS, WORK_CERTS]);
    p.assertClean();
    await p.close();
  });

  it('8. invalid inputs fixed on the way; nothing typed is lost', async () => {
    const p = await Person.start(env);
    await p.next('Rozpocznij');
    await p.expectPage('Kiedy chcesz zarejestrować się');
    await p.date('31 2 2022');
    await p.expectError('Data musi być prawdziwą datą');
    await p.expectPage('Kiedy chcesz zarejestrować się');
    assert.equal(await p.page.getByLabel('Dzień', { exact: true }).inputValue(), '31', 'the typed value is kept');
    await p.date('2 3 2022');
    await p.next();

    await p.expectPage('Jaki jest Twój numer PESEL');
    await p.fill('Jaki jest Twój numer PESEL?', '44051401358');
    await p.expectError('cyfra kontrolna się nie zgadza');
    assert.equal(await p.page.locator('#pesel').getAttribute('aria-invalid'), 'true', 'the field is marked');
    assert.equal(await p.page.locator('#pesel').inputValue(), '44051401358');
    const good = pesel('9107070112');
    await p.fill('Jaki jest Twój numer PESEL?', good);
    await p.next();

    // Back and forward: what was typed is still there.
    await p.page.getByRole('link', { name: 'Wstecz' }).click();
    await p.expectPage('Jaki jest Twój numer PESEL');
    assert.equal(await p.page.locator('#pesel').inputValue(), good);
    await p.page.getByRole('link', { name: 'Wstecz' }).click();
    await p.expectPage('Kiedy chcesz zarejestrować się');
    assert.equal(await p.page.getByLabel('Miesiąc', { exact: true }).inputValue(), '3');
    await p.next();
    await p.next();

    await p.expectPage('Czy jesteś osobą niepełnosprawną');
    await p.expectError('Wybierz jedną z odpowiedzi');
    await p.choose('Nie');
    await p.next();
    for (const [h, a] of [['dokument o przeciwwskazaniach', 'Nie'], ['Gdzie jesteś zameldowany(-a)', 'Mam tylko zameldowanie czasowe'],
      ['Czy jesteś zatrudniony(-a)', 'Nie'], ['gotowy(-a) do podjęcia', 'Tak'], ['Czy uczysz się w szkole', 'Nie uczę się ani nie studiuję'],
      ['prawo do emerytury', 'Nie'], ['nieruchomość rolną', 'Nie'], ['działów specjalnych', 'Nie'],
      ['pozarolniczą działalność', 'Nie'], ['ubezpieczenia społecznego z innego tytułu', 'Nie'], ['tymczasowo aresztowany(-a)', 'Nie']]) {
      await p.answer(h, async () => p.choose(a));
    }
    await p.expectPage('miesięczny dochód');
    await p.fill('Ile wynosi Twój miesięczny dochód?', '12a');
    await p.expectError('Kwota może zawierać tylko cyfry i przecinek');
    assert.equal(await p.page.locator('#income').inputValue(), '12a');
    await p.fill('Ile wynosi Twój miesięczny dochód?', '1200,50');
    await p.next();
    for (const h of ['zasiłek stały', 'świadczenie pielęgnacyjne', 'pobierasz świadczenie szkoleniowe', 'straciłeś(-aś) status']) {
      await p.answer(h, async () => p.choose('Nie'));
    }

    await p.expectPage('Twoja praca i inne okresy');
    await p.click('Dodaj okres');
    await p.expectPage('Okres pracy lub inny okres');
    await p.choose('Zatrudnienie (umowa o pracę)', 'Rodzaj okresu');
    await p.date('1 3 2021', 'Od kiedy?');
    await p.date('1 1 2021', 'Do kiedy?');
    await p.choose('Tak', 'minimalne');
    await p.expectError('Data zakończenia musi być taka sama jak data rozpoczęcia albo późniejsza', 'Zapisz okres');
    await p.date('1 4 2022', 'Od kiedy?');
    await p.date('30 4 2022', 'Do kiedy?');
    await p.expectError('Okres nie może zaczynać się po dniu rejestracji (2 marca 2022)', 'Zapisz okres');
    await p.date('1 1 2021', 'Od kiedy?');
    await p.date('27 2 2022', 'Do kiedy?');
    assert.match(await p.text('#period-wages'), /od 1 stycznia 2021: 2 800,00 zł/);
    await p.next('Zapisz okres');
    await p.expectPage('Twoja praca i inne okresy');
    assert.match(await p.text('#periods-count'), /423 dni z wymaganych 365/);
    await p.next();
    await p.answer('Jak zakończyło się zatrudnienie', async () => p.choose('Umowa na czas określony rozwiązała się z upływem czasu, na który ją zawarto'));
    for (const h of ['zakładu karnego', 'zasadniczą służbę wojskową', 'odmówiłeś(-aś) bez uzasadnionej przyczyny',
      'ekwiwalent pieniężny', 'odszkodowanie za skrócenie', 'otrzymałeś(-aś) świadczenie szkoleniowe']) {
      await p.answer(h, async () => p.choose('Nie'));
    }
    await p.answer('Czy masz Profil Zaufany', async () => p.choose('Tak'));
    await p.answer('kwalifikowany podpis elektroniczny', async () => p.choose('Tak'));
    await p.expectPage('dane identyfikacyjne (PNO)');
    await p.expectError('Wpisz identyfikator albo zaznacz „Nie wiem”');
    await p.fill('Jakie dane identyfikacyjne (PNO) zawiera Twój certyfikat kwalifikowany?', 'PNOPL-91070701125');
    await p.next();
    await p.answer('statusie „Aktywne”', async () => p.choose('Tak'));
    await showResult(p);
    assert.equal(await p.text('#benefit-verdict'), 'Przysługuje Ci zasiłek dla bezrobotnych od 10 marca 2022.');
    assert.match(await p.text('#account-verdict'), /Zaloguj się na istniejące konto/);
    await checkPrintout(p, 'persona8', [...BASE_DOCS, WORK_CERTS]);
    p.assertClean();
    await p.close();
  });
});
