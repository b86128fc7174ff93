// A person's way through the questionnaire, page by page, from their answers. Every page's
// heading is asserted, so a page asked or skipped by mistake fails the test.
import assert from 'node:assert/strict';
import { escape as escapeRe } from './helpers.mjs';

export const DEFAULTS = {
  reg: '2 3 2022',
  pesel: null, // null: "Nie mam numeru PESEL…"
  birth: null, // '10 1 1965' or 'unknown'
  sex: 'Mężczyzna',
  disabled: 'Nie',
  contra: 'Nie',
  residence: 'Mam tylko zameldowanie stałe',
  employed: 'Nie',
  ready: 'Tak',
  schooling: 'Nie uczę się ani nie studiuję',
  pensions: 'Nie',
  farm: 'Nie',
  specialAgri: 'Nie',
  business: 'Nie',
  insurance: 'Nie',
  detained: 'Nie',
  income: '0', // or 'unknown'
  permAllowance: 'Nie',
  care: 'Nie',
  training: 'Nie',
  loss: 'Nie',
  benefit: true, // the benefit questions are asked
  periods: [], // { kind, from, to, minWage, leave, wages: [texts shown] }
  terms: [], // { mode, exception }
  prison: null, // { start, release }
  military: 'Nie',
  refused: 'Nie',
  severance: 'Nie',
  noticeComp: 'Nie',
  trainingCovered: 'Nie',
  pz: 'Tak',
  qes: 'Nie',
  serial: null,
  active: 'Nie',
};

const yn = (label) => async (p) => p.choose(label);

/** How far a person scrolls through a page, in screens of the viewport: from the top to the
 * end of the page's content (its last button), not the version footer below it (issue 26). */
const PAGE_SCREENS = () => {
  const main = document.querySelector('#main-content');
  return (main.getBoundingClientRect().bottom + window.scrollY) / window.innerHeight;
};

export async function addPeriod(p, period) {
  await p.click((await p.page.locator('#periods-list').count()) ? 'Dodaj kolejny okres' : 'Dodaj okres');
  await p.expectPage('Okres pracy lub inny okres');
  await p.expectFocusOnHeading();
  await p.axe();
  // Issue 23: the form's length in screens of the viewport (the rarer kinds closed).
  (p.groupScreens ??= {}).period = await p.page.evaluate(PAGE_SCREENS);
  await p.choose(period.kind, 'Rodzaj okresu');
  await p.date(period.from, 'Od kiedy?');
  await p.date(period.to, 'Do kiedy?');
  if (period.minWage) {
    for (const w of period.wages ?? []) {
      assert.match(await p.text('#period-wages'), new RegExp(w), 'the minimum wage in force is shown');
    }
    await p.choose(period.minWage, 'minimalne');
  }
  if (period.leave !== undefined) await p.fill('Ile dni urlopu bezpłatnego miałeś(-aś) w tym okresie?', period.leave);
  await p.axe();
  await p.next('Zapisz okres');
  await p.expectPage('Twoja praca i inne okresy');
}

/** Answers every page from the registration date to check-answers. */
export async function questionnaire(p, answers) {
  const o = { ...DEFAULTS, ...answers };
  await p.expectPage('Sprawdź, czy możesz zarejestrować się');
  await p.next('Rozpocznij');
  await p.answer('Kiedy chcesz zarejestrować się', async () => p.date(o.reg));
  await p.answer('Jaki jest Twój numer PESEL', async () => {
    if (o.pesel) await p.fill('Jaki jest Twój numer PESEL?', o.pesel);
    else await p.choose('Nie mam numeru PESEL albo nie chcę go podawać');
  });
  if (!o.pesel) {
    await p.answer('Kiedy się urodziłeś(-aś)', async () => {
      if (o.birth === 'unknown' || !o.birth) await p.choose('Nie wiem, kiedy');
      else await p.date(o.birth);
    });
    await p.answer('Jaka jest Twoja płeć', yn(o.sex));
  }
  await p.answer('Czy jesteś osobą niepełnosprawną', yn(o.disabled));
  await p.answer('dokument o przeciwwskazaniach', yn(o.contra));
  await p.answer('Gdzie jesteś zameldowany(-a)', yn(o.residence));
  await p.answer('Czy jesteś zatrudniony(-a)', yn(o.employed));
  await p.answer('gotowy(-a) do podjęcia zatrudnienia', yn(o.ready));
  await p.answer('Czy uczysz się w szkole', yn(o.schooling));
  await p.answer('prawo do emerytury', yn(o.pensions));
  await p.answer('nieruchomość rolną', yn(o.farm));
  await p.answer('działów specjalnych', yn(o.specialAgri));
  await p.answer('pozarolniczą działalność', yn(o.business));
  await p.answer('ubezpieczenia społecznego z innego tytułu', yn(o.insurance));
  await p.answer('tymczasowo aresztowany(-a)', yn(o.detained));
  await p.answer('miesięczny dochód', async () => {
    assert.match(await p.text('#income-limit'), /połowa minimalnego wynagrodzenia/);
    if (o.income === 'unknown') await p.choose('Nie wiem, ile wynosi mój przychód');
    else await p.fill('Ile wynosi Twój miesięczny dochód?', o.income);
  });
  await p.answer('zasiłek stały', yn(o.permAllowance));
  await p.answer('świadczenie pielęgnacyjne', yn(o.care));
  await p.answer('pobierasz świadczenie szkoleniowe', yn(o.training));
  await p.answer('straciłeś(-aś) status', yn(o.loss));
  if (o.benefit) {
    await p.expectPage('Twoja praca i inne okresy');
    for (const period of o.periods) await addPeriod(p, period);
    await p.next();
    for (const t of o.terms) {
      await p.answer('Jak zakończyło się zatrudnienie', yn(t.mode));
      if (t.exception) await p.answer('z jednego z tych powodów', yn(t.exception));
    }
    await p.answer('zakładu karnego', yn(o.prison ? 'Tak' : 'Nie'));
    if (o.prison) {
      await p.answer('Kiedy rozpoczęło się ostatnie pozbawienie wolności', async () => p.date(o.prison.start));
      await p.answer('Kiedy zostałeś(-aś) zwolniony', async () => p.date(o.prison.release));
    }
    await p.answer('zasadniczą służbę wojskową', yn(o.military));
    await p.answer('odmówiłeś(-aś) bez uzasadnionej przyczyny', yn(o.refused));
    await p.answer('ekwiwalent pieniężny', yn(o.severance));
    await p.answer('odszkodowanie za skrócenie', yn(o.noticeComp));
    await p.answer('otrzymałeś(-aś) świadczenie szkoleniowe', yn(o.trainingCovered));
  }
  await p.answer('Czy masz Profil Zaufany', yn(o.pz));
  await p.answer('kwalifikowany podpis elektroniczny', yn(o.qes));
  if (o.qes === 'Tak') {
    await p.answer('dane identyfikacyjne (PNO)', async () => {
      if (o.serial) await p.fill('Jakie dane identyfikacyjne (PNO) zawiera Twój certyfikat kwalifikowany?', o.serial);
      else await p.choose('Nie wiem');
    });
  }
  await p.answer('statusie „Aktywne”', yn(o.active));
  await p.expectPage('Sprawdź swoje odpowiedzi');
}

/** The answers of a person registering under the 2025 Act (rules.md §12): the default day is
 * 2 March 2026. */
export const DEFAULTS_2025 = {
  reg: '2 3 2026',
  pesel: null,
  birth: '10 5 1990',
  sex: 'Kobieta',
  citizen: 'Tak',
  foreignerBasis: null,
  disabled: 'Nie',
  contra: 'Nie',
  employed: 'Nie',
  ready: 'Tak',
  schooling: 'Nie uczę się ani nie studiuję',
  pensions: 'Nie',
  business: 'Nie',
  businessSuspended: null,
  companyRole: 'Nie',
  insurance: 'Nie',
  foreignInsurance: 'Nie',
  businessAbroad: 'Nie',
  detained: 'Nie',
  income: '0',
  permAllowance: 'Nie',
  care: 'Nie',
  training: 'Nie',
  loss: 'Nie',
  benefit: true,
  periods: [],
  usedBefore: 'Nie',
  prev: null, // after usedBefore 'Tak' (art. 226): { lostOn, why, ended, drawn }
  terms: [], // { mode, exception, referral }
  prison: null,
  military: 'Nie',
  severance: 'Nie',
  noticeComp: 'Nie',
  internship: 'Nie',
  largeFamily: 'Nie',
  singleParent: 'Nie',
  spouseExhausted: 'Nie',
  years20: 'Nie',
  pz: 'Tak',
  qes: 'Nie',
  serial: null,
  active: 'Nie',
};

// The items of the 2025 Act's grouped pages ("zaznacz wszystko, co Cię dotyczy"), by the
// answer key of DEFAULTS_2025 whose "Tak" ticks them.
export const GROUPS_2025 = {
  about: { heading: 'Czy masz któryś z tych dokumentów', items: {
    disabled: 'Orzeczenie o niepełnosprawności albo o stopniu niepełnosprawności',
    contra: 'Dokument o przeciwwskazaniach do wykonywania określonych prac',
  } },
  status: { heading: 'Co z tego dotyczy Cię w dniu rejestracji', items: {
    employed: 'Jestem zatrudniony(-a) lub wykonuję inną pracę zarobkową',
    pensions: 'Mam prawo do emerytury, renty albo świadczenia, które ustawa uznaje za stałe źródło dochodu',
    business: 'Mam zarejestrowaną pozarolniczą działalność gospodarczą (także zawieszoną)',
    companyRole: 'Pełnię funkcję w spółce lub u przedsiębiorcy',
    insurance: 'Podlegam obowiązkowi ubezpieczenia społecznego z innego tytułu (innego niż rolnicze)',
    foreignInsurance: 'Podlegam obowiązkowemu ubezpieczeniu społecznemu lub od bezrobocia w innym państwie UE lub EOG, w Szwajcarii albo w Wielkiej Brytanii',
    businessAbroad: 'Prowadzę działalność gospodarczą w innym państwie niż Polska',
    detained: 'Jestem tymczasowo aresztowany(-a) lub odbywam karę pozbawienia wolności w zakładzie karnym',
    permAllowance: 'Mam prawo do zasiłku stałego z pomocy społecznej',
    care: 'Mam prawo do świadczenia pielęgnacyjnego, specjalnego zasiłku opiekuńczego albo zasiłku dla opiekuna',
    training: 'Po ustaniu zatrudnienia pobieram świadczenie szkoleniowe',
  } },
  events: { heading: 'Czy któraś z tych sytuacji Cię dotyczy', items: {
    prison: 'Zostałem(-am) zwolniony(-a) z zakładu karnego lub aresztu śledczego',
    military: 'Odbyłem(-am) zasadniczą lub okresową służbę wojskową w okresie 18 miesięcy przed dniem rejestracji',
    severance: 'Otrzymałem(-am) ekwiwalent pieniężny za urlop górniczy albo szczególną odprawę: socjalną, zasiłkową, po zasiłku socjalnym, warunkową lub bezwarunkową',
    noticeComp: 'Otrzymałem(-am) odszkodowanie za skrócenie okresu wypowiedzenia umowy o pracę',
    internship: 'Odbywam lub odbyłem(-am) płatną praktykę absolwencką, za którą dostaję lub dostawałem(-am) miesięcznie więcej niż połowę minimalnego wynagrodzenia',
    documentsLater: 'Świadectwo pracy albo zaświadczenie o którymś z okresów dostarczę dopiero po dniu rejestracji',
  } },
  length: { heading: 'Co z tego dotyczy Twojej rodziny i Twojego stażu pracy', items: {
    largeFamily: 'Mam Kartę Dużej Rodziny',
    singleParent: 'Samotnie wychowuję co najmniej jedno dziecko w wieku do 18 lat',
    spouseExhausted: 'Mam na utrzymaniu dziecko do 18 lat, a mój małżonek też jest bezrobotny i wykorzystał cały okres zasiłku',
    years20: 'Mam łącznie co najmniej 20 lat okresów zatrudnienia lub innych okresów, za które opłacano składki na Fundusz Pracy',
  } },
  online: { heading: 'Co już masz, żeby założyć konto w Praca.gov.pl', items: {
    pz: 'Profil Zaufany',
    qes: 'Kwalifikowany podpis elektroniczny',
    active: 'Konto w Praca.gov.pl o statusie „Aktywne”',
  } },
};

/** Answers a grouped page from the answers `o`: each item whose answer is "Tak" ticked; with
 * any "Nie wiem", the "Nie wiem" box (the items not ticked unknown); else, nothing ticked,
 * "Nic z tego mnie nie dotyczy". Only the items shown are answered (the app leaves out those
 * that cannot change the result). */
export async function answerGroup(p, name, o) {
  const g = GROUPS_2025[name];
  await p.answer(g.heading, async () => {
    await p.axe();
    // Issue 23: how long the page is, in screens of the viewport (the explanations closed).
    const screens = await p.page.evaluate(PAGE_SCREENS);
    (p.groupScreens ??= {})[name] = screens;
    let ticked = 0;
    let unsure = false;
    for (const [key, label] of Object.entries(g.items)) {
      if (o[key] === 'Tak') {
        await p.choose(label);
        ticked += 1;
      } else if (o[key] === 'Nie wiem') {
        unsure = unsure || await p.page.getByLabel(label, { exact: true }).count() > 0;
      }
    }
    if (unsure) await p.choose('Nie wiem, czy dotyczy mnie coś innego z tej listy');
    else if (!ticked) await p.choose('Nic z tego mnie nie dotyczy');
  });
}

/** Whether the page shown is grouped page `name` (those the app may leave out). */
export async function onGroup(p, name) {
  return (await p.heading()).includes(GROUPS_2025[name].heading);
}

/** Answers every page of the 2025 Act's questionnaire, from the registration day to
 * check-answers, each page's heading asserted (a page asked or skipped by mistake fails).
 * `o.screens`, when given, receives the number of question screens seen. */
export async function questionnaire2025(p, answers) {
  const o = { ...DEFAULTS_2025, ...answers };
  const before = p.headings.length;
  await p.expectPage('Sprawdź, czy możesz zarejestrować się');
  await p.next('Rozpocznij');
  await p.answer('Kiedy chcesz zarejestrować się', async () => p.date(o.reg));
  await p.answer('Jaki jest Twój numer PESEL', async () => {
    if (o.pesel) await p.fill('Jaki jest Twój numer PESEL?', o.pesel);
    else await p.choose('Nie mam numeru PESEL albo nie chcę go podawać');
  });
  if (!o.pesel) {
    await p.answer('Kiedy się urodziłeś(-aś)', async () => p.date(o.birth));
    await p.answer('Jaka jest Twoja płeć', yn(o.sex));
  }
  await p.answer('Czy masz obywatelstwo polskie', yn(o.citizen));
  if (o.citizen === 'Nie') await p.answer('Na jakiej podstawie przebywasz w Polsce', yn(o.foreignerBasis));
  await answerGroup(p, 'about', o);
  // Once the status is settled ("no"), the status questions left are not asked.
  const bars = ['employed', 'companyRole', 'insurance', 'foreignInsurance', 'businessAbroad', 'detained', 'permAllowance', 'care', 'training'];
  let settled = () => o.ready === 'Nie';
  await p.answer('gotowy(-a) do podjęcia zatrudnienia', yn(o.ready));
  if (!settled()) await p.answer('Czy uczysz się w szkole', yn(o.schooling));
  if (!settled()) {
    await answerGroup(p, 'status', o);
    if (o.business === 'Tak') await p.answer('jest zawieszone', yn(o.businessSuspended));
    if (bars.some((k) => o[k] === 'Tak')) settled = () => true;
  }
  if (!settled()) {
    await p.answer('miesięczny przychód', async () => {
      assert.match(await p.text('#income-limit'), /połowa minimalnego wynagrodzenia/);
      if (o.income === 'unknown') await p.choose('Nie wiem, ile wynosi mój przychód');
      else await p.fill('Ile wynosi Twój miesięczny przychód (poza pracą i działalnością)?', o.income);
    });
    await p.answer('straciłeś(-aś) status', yn(o.loss));
  }
  if (o.benefit) {
    await p.expectPage('Twoja praca i inne okresy');
    for (const period of o.periods) await addPeriod(p, period);
    await p.next();
    if (o.periods.length) await p.answer('był już raz podstawą nabycia prawa do zasiłku', yn(o.usedBefore));
    if (o.usedBefore === 'Tak' && o.prev) {
      await p.answer('nie masz statusu osoby bezrobotnej z tamtej rejestracji', async () => p.date(o.prev.lostOn));
      await p.answer('Dlaczego wtedy straciłeś(-aś) status', yn(o.prev.why));
      if (o.prev.ended) await p.answer('Kiedy ta praca, działalność, służba lub szkolenie się skończyły', async () => p.date(o.prev.ended));
      await p.answer('Przez ile dni pobierałeś(-aś) zasiłek', async () => p.fill('Przez ile dni pobierałeś(-aś) zasiłek przed utratą statusu?', o.prev.drawn));
    }
    for (const t of o.terms) {
      await p.answer('Jak zakończyła się Twoja ostatnia praca', yn(t.mode));
      if (t.exception) await p.answer('z jednego z tych powodów', yn(t.exception));
      if (t.referral) await p.answer('ze skierowania starosty', yn(t.referral));
    }
    if (await onGroup(p, 'events')) await answerGroup(p, 'events', o);
    if (await onGroup(p, 'length')) await answerGroup(p, 'length', o);
  }
  await answerGroup(p, 'online', o);
  if (o.qes === 'Tak') {
    await p.answer('dane identyfikacyjne (PNO)', async () => {
      if (o.serial) await p.fill('Jakie dane identyfikacyjne (PNO) zawiera Twój certyfikat kwalifikowany?', o.serial);
      else await p.choose('Nie wiem');
    });
  }
  await p.expectPage('Sprawdź swoje odpowiedzi');
  // The question screens: every heading seen between the start page and check-answers
  // (the periods page, seen again after each period saved, once).
  return [...new Set(p.headings.slice(before + 1, -1))];
}

/** From check-answers to the result page. */
export async function showResult(p) {
  await p.expectPage('Sprawdź swoje odpowiedzi');
  await p.next('Pokaż wynik');
  await p.expectPage('Wynik sprawdzenia');
}

/** The result's common parts and the printout: checklist, obligations, account steps. */
export async function checkPrintout(p, name, docs, obligation = /w ciągu 5 dni zawiadom urząd|W ciągu 5 dni zawiadom urząd/) {
  for (const d of docs) assert.match(await p.text('#documents'), new RegExp(escapeRe(d)), `document "${d}" listed`);
  await p.page.locator('#why-status summary').click();
  await p.axe();
  const text = await p.pdf(name);
  const flat = text.replace(/\s+/g, ' ');
  assert.match(flat, /Wynik sprawdzenia/);
  assert.match(flat, /Data sprawdzenia: /);
  assert.match(flat, /Zestaw zasad: /);
  assert.match(flat, /Dokumenty do zabrania/);
  for (const d of docs) assert.match(flat, new RegExp(escapeRe(d)), `PDF holds "${d}"`);
  // `obligation` null: a person who cannot be unemployed has no unemployed person's duties.
  if (obligation === null) assert.doesNotMatch(flat, /Twoje obowiązki po rejestracji/);
  else {
    assert.match(flat, /Twoje obowiązki po rejestracji/);
    assert.match(flat, obligation);
  }
  assert.match(flat, /Konto w Praca\.gov\.pl/);
  assert.doesNotMatch(flat, /Zapisz odpowiedzi|Drukuj|Dlaczego\?|Wstecz/, 'no buttons or navigation in the printout');
  return flat;
}

export { escapeRe };
