// One persona walked to the printout in each language (pl, en, uk), answering every page by
// its fields (so the same walk works in any language) and clicking buttons by their texts in
// that language, read from i18n/<lang>.ftl. Checks on every page: axe (0 violations) and the
// document's `lang`; on the result: verdicts, dates and amounts in the language's format,
// documents with their Polish names in brackets, and the PDF. Plus: the browser's preferred
// language picks the default, and the language switch keeps every answer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { environment, openDetailsOf, Person, ROOT } from './helpers.mjs';

/** The single-line messages of a Fluent file (enough for the texts these tests need). */
/** The messages of a language as the page shows them: the marks of Polish words
 * (`<pl>…</pl>`, shown as lang="pl" spans) left out. */
function messages(lang) {
  const out = {};
  // Polish: the built-in texts and those fetched with the result (pl-result.ftl).
  const files = lang === 'pl' ? ['pl.ftl', 'pl-result.ftl'] : [`${lang}.ftl`];
  const text = files.map((f) => readFileSync(join(ROOT, 'i18n', f), 'utf8')).join('\n');
  for (const line of text.split('\n')) {
    const m = line.match(/^([a-zA-Z][\w-]*) = (.*)$/);
    if (m && !m[2].includes('->')) out[m[1]] = m[2].replace(/<\/?pl>/g, '').trim();
  }
  return out;
}

const LOCALE = { pl: 'pl-PL', en: 'en-GB', uk: 'uk-UA' };
const norm = (s) => s.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
/** Message `id` of `M` with `{ $v0 }`, `{ $v1 }` … replaced by `args`. */
const fmt = (M, id, ...args) => {
  assert.ok(M[id] !== undefined, `message ${id}`);
  return M[id].replace(/\{ \$v(\d) \}/g, (_, i) => args[Number(i)]);
};

// The persona: registers on 2 March 2026, born 10 May 1990, worked from 1 June 2024 to
// 27 February 2026 for at least the minimum wage, dismissed by the employer; entitled from
// 10 March 2026.
const RADIOS = {
  sex: 'female', disabled: 'no', contra: 'no', residence: 'permanent', employed: 'no', ready: 'yes',
  schooling: 'none', pensions: 'no', farm: 'no', special_agri: 'no', business: 'no', insurance: 'no',
  detained: 'no', perm_allowance: 'no', care_benefit: 'no', training_benefit: 'no', loss: 'no',
  prison: 'no', military: 'no', refused: 'no', severance: 'no', notice_comp: 'no', training_covered: 'no',
  pz: 'yes', qes: 'no', active: 'no', kind: 'employment', minwage: 'yes', mode: 'employer_notice',
};
const DATES = { reg_date: '2 3 2022', birth_date: '10 5 1990', from: '1 6 2020', to: '27 2 2022' };
const TEXTS = { income: '0' };

/** The persona's answer for a field id (`p1-kind` → `kind`). */
function pick(table, id) {
  if (id in table) return table[id];
  const key = Object.keys(table).find((k) => id.endsWith(`-${k}`) || id.endsWith(`.${k}`) || id.endsWith(`_${k}`));
  return key === undefined ? undefined : table[key];
}

/** The persona under the 2025 Act: registers on 2 March 2026, worked from 1 June 2024 to
 * 27 February 2026, the last job ended by mutual agreement: entitled from 31 May 2026. */
const RADIOS_2025 = {
  ...RADIOS, citizen: 'yes', company_role: 'no', foreign_insurance: 'no', business_abroad: 'no',
  used_before: 'no', internship: 'no', large_family: 'no', single_parent: 'no', spouse_exhausted: 'no',
  years20: 'no', mode: 'mutual_agreement', exc: 'none', referral: 'no',
};
const DATES_2025 = { reg_date: '2 3 2026', birth_date: '10 5 1990', from: '1 6 2024', to: '27 2 2026' };
const PERSONA_SEED = { radios: RADIOS, dates: DATES };
const PERSONA_2025 = { radios: RADIOS_2025, dates: DATES_2025 };

/** Issue 22, the carer: Halina, 52, drew świadczenie pielęgnacyjne from 1 March 2022 until
 * her mother died on 20 October 2026 (art. 218 ust. 2 pkt 10); registers on 7 December 2026:
 * entitled from that day, for 180 days (scenario 285). */
const PERSONA_CARER = {
  radios: { ...RADIOS_2025, kind: 'care_benefit', mode: 'employer_notice' },
  dates: { reg_date: '7 12 2026', birth_date: '10 3 1974', from: '1 3 2022', to: '20 10 2026' },
};
/** Issue 22, back within 14 days: Piotr drew the benefit for 60 days, lost the status on
 * 1 July 2026 by taking a seasonal job (to 31 October 2026) and registers again on
 * 9 November 2026: the rest of his benefit, 120 days from that day (art. 226, scenario 296). */
const PERSONA_BACK = {
  radios: { ...RADIOS_2025, sex: 'male', used_before: 'yes', prev_lost_why: 'work', mode: 'fixed_term_end' },
  dates: {
    reg_date: '9 11 2026', birth_date: '10 5 1985', 'p1-from': '1 1 2023', 'p1-to': '31 1 2026',
    'p2-from': '1 7 2026', 'p2-to': '31 10 2026', prev_lost_on: '1 7 2026', prev_work_ended: '31 10 2026',
  },
  texts: { income: '0', prev_drawn: '60' },
  periods: 2,
};

/** Issue 23, the Ukrainian woman on a phone: Olena, 61, under temporary protection (status
 * UKR), worked from 1 April 2024 to 31 October 2026 until the employer gave notice; registers
 * on 7 December 2026. Over the ceiling of art. 2 pkt 1 lit. b, but a citizen of Ukraine
 * (art. 22¹ of the special act): unemployed, entitled from that day for 180 days. */
const PERSONA_UKRAINIAN = {
  radios: { ...RADIOS_2025, citizen: 'no', foreigner_doc: 'ukr', ukrainian: 'yes', mode: 'employer_notice' },
  dates: { reg_date: '7 12 2026', birth_date: '1 3 1965', from: '1 4 2024', to: '31 10 2026' },
};

/** Fills every field of the page from the persona's answers. */
async function fillPage(page, h, persona = PERSONA_SEED) {
  const RADIOS = persona.radios;
  const DATES = persona.dates;
    const radios = await page.$$eval('input[type=radio]', (els) => [...new Set(els.map((e) => e.name))]);
    for (const name of radios) {
      const v = pick(RADIOS, name);
      assert.ok(v !== undefined, `no answer for the radios "${name}" on "${h}"`);
      const radio = page.locator(`input[type=radio][name="${name}"][value="${v}"]`);
      await openDetailsOf(radio);
      await radio.check();
    }
    const dates = await page.$$eval('.date-input', (els) => els.map((e) => e.id));
    for (const id of dates) {
      const v = pick(DATES, id);
      assert.ok(v !== undefined, `no answer for the date "${id}" on "${h}"`);
      const [d, m, y] = v.split(' ');
      await page.locator(`#${id}-d`).fill(d);
      await page.locator(`#${id}-m`).fill(m);
      await page.locator(`#${id}-y`).fill(y);
    }
    if (await page.locator('#pesel').count()) await page.locator('#pesel-unknown').check();
    // A grouped page of the 2025 Act: "none of these" (the box before the divider).
    const none = page.locator('.checkboxes__item:has(+ .checkboxes__divider) input');
    if (await none.count()) await none.check();
    const texts = await page.$$eval('input[type=text]:not(.date-input input)', (els) => els.map((e) => e.id));
    for (const id of texts) {
      const v = pick(persona.texts ?? TEXTS, id);
      if (v !== undefined) await page.locator(`#${id}`).fill(v);
    }
}

/** Answers every page from the start page to check-answers, by field. */
async function walk(p, M, lang, persona = PERSONA_SEED) {
  const page = p.page;
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  let periodsAdded = 0;
  for (let step = 0; step < 60; step += 1) {
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang, 'the document language');
    const h = norm(await p.heading());
    (p.walked ??= []).push(h);
    if (process.env.VERBOSE) console.log(`${lang} ${step}: ${h}`);
    if (h === norm(M['check-title'])) return;
    if (await page.locator('#start-button').count()) {
      await p.next(M['start-button']);
      continue;
    }
    if (h === norm(M['q-periods'])) {
      if (periodsAdded < (persona.periods ?? 1)) {
        await p.next(periodsAdded ? M['period-add-another'] : M['period-add']);
        periodsAdded += 1;
      } else {
        await p.next(M.continue);
      }
      continue;
    }
    // Twice: some questions appear only once earlier fields are filled (the minimum wage
    // question of a period needs its dates).
    await fillPage(page, h, persona);
    await fillPage(page, h, persona);
    if (h === norm(M['period-edit-title'])) await p.next(M['period-save']);
    else await p.next(M.continue);
  }
  assert.fail('the walk did not reach check-answers');
}

/** The text of every answer row of check-answers. */
const answersText = (p) => p.page.$$eval('main dl', (els) => els.map((e) => e.innerText).join('\n'));

let env;
before(async () => { env = await environment(); });
after(async () => { await env?.close(); });

const PL = messages('pl');

for (const lang of ['pl', 'en', 'uk']) {
  test(`persona walked to the printout in ${lang}`, async () => {
    const M = messages(lang);
    const p = await Person.start(env, { locale: LOCALE[lang] });
    try {
      await walk(p, M, lang);
      // Check-answers: the legal term of the residence question and answer is marked Polish.
      const polishTerms = await p.page.$$eval('main dl [lang="pl"]', (els) => els.map((e) => e.textContent));
      if (lang === 'pl') assert.deepEqual(polishTerms, []);
      else {
        for (const term of ['zameldowanie', 'zameldowanie stałe']) assert.ok(polishTerms.includes(term), `"${term}" marked lang="pl" in ${lang}: ${polishTerms}`);
      }
      // The result's texts are fetched at check-answers: wait for them to arrive.
      await p.page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('/pl-result.ftl')));
      const fetched = await p.page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((u) => u.endsWith('.ftl')));
      assert.deepEqual(fetched.map((u) => u.replace(/^.*\//, '')), lang === 'pl' ? ['pl-result.ftl'] : [`${lang}.ftl`, 'pl-result.ftl'],
        'only the language shown is fetched (Polish is built in but for the result\'s texts, fetched at check-answers)');
      await p.next(M['check-submit']);
      assert.equal(norm(await p.heading()), norm(M['result-title']));
      assert.equal(await p.page.evaluate(() => document.documentElement.lang), lang);
      assert.equal(await p.page.locator('main').getAttribute('lang'), lang);
      assert.equal(await p.text('#status-verdict'), norm(M['status-eligible']));
      const from = `10 ${M['month-gen-3']} 2022`;
      assert.equal(await p.text('#benefit-verdict'), norm(fmt(M, 'benefit-entitled', from)));
      const checklist = norm(await p.text('#checklist'));
      for (const d of ['DOC-ID', 'DOC-WORK-CERTS', 'DOC-REGISTRATION-CARD']) {
        assert.ok(checklist.includes(norm(M[`doc-${d}`])), `${d} in ${lang}`);
        const bracket = `(${norm(PL[`doc-${d}`])})`;
        if (lang === 'pl') assert.ok(!checklist.includes(bracket), `no Polish brackets in Polish: ${d}`);
        else assert.ok(checklist.includes(bracket), `${d} keeps its Polish name in brackets`);
      }
      // Polish words kept in a translation are marked lang="pl" (WCAG 3.1.2): the names of
      // Praca.gov.pl's buttons in the account steps; none in the Polish page.
      const polish = await p.page.$$eval('#account-steps [lang="pl"]', (els) => els.map((e) => e.textContent));
      if (lang === 'pl') assert.deepEqual(polish, []);
      else {
        for (const name of ['Zaloguj się', 'Załóż konto', 'Zatwierdź']) assert.ok(polish.includes(name), `"${name}" marked lang="pl" in ${lang}: ${polish}`);
      }
      // The saved answers file is named in the language (its content never depends on it).
      const [download] = await Promise.all([p.page.waitForEvent('download'), p.click(M['save-answers'])]);
      assert.equal(download.suggestedFilename(), M['save-file-name']);
      const pdf = norm(await p.pdf(`language-${lang}`));
      assert.ok(pdf.includes(norm(M['result-title'])), 'the PDF title in the language');
      assert.ok(pdf.includes(norm(M['docs-heading'])), 'the checklist heading in the language');
      if (lang !== 'pl') assert.ok(pdf.includes(`(${norm(PL['doc-DOC-ID'])})`), 'the PDF keeps the Polish document names');
      assert.ok(!pdf.includes(norm(M['print'])), 'no buttons in the printout');
      p.assertClean();
    } finally {
      await p.close();
    }
  });
}

// The 2025 Act walked in English and Ukrainian to the printout (rules.md §12): the law named,
// the deferral of art. 220, the amount and the length, in the language.
for (const lang of ['en', 'uk']) {
  test(`the 2025 Act walked to the printout in ${lang}`, async () => {
    const M = messages(lang);
    const p = await Person.start(env, { locale: LOCALE[lang] });
    try {
      await walk(p, M, lang, PERSONA_2025);
      await p.next(M['check-submit']);
      assert.equal(norm(await p.heading()), norm(M['result-title']));
      assert.equal(await p.text('#status-verdict'), norm(M['status-eligible']));
      const from = `31 ${M['month-gen-5']} 2026`;
      assert.equal(await p.text('#benefit-verdict'), norm(fmt(M, 'benefit-entitled', from)));
      assert.ok((await p.text('#result-rule-set')).includes(norm(M['rule-set-name-2025'])), 'the law named');
      const amount = await p.text('#benefit-amount');
      assert.ok(amount.includes(lang === 'en' ? 'PLN 1,721.90' : '1 721,90 зл'), `the amount in ${lang}: ${amount}`);
      assert.ok(amount.includes(from), 'the day of the amounts');
      // 180 days less the 90 without benefit (art. 225 ust. 3).
      assert.ok((await p.text('#benefit-length')).includes(norm(fmt(M, 'benefit-length', '90'))));
      assert.ok((await p.text('#benefit-deferrals')).includes(from));
      const checklist = norm(await p.text('#documents'));
      for (const d of ['DOC-APPLICATION', 'DOC-ID-2025', 'DOC-PAYMENT-ACCOUNT', 'DOC-DECLARATIONS-2025']) {
        assert.ok(checklist.includes(norm(M[`doc-${d}`])), `${d} in ${lang}`);
      }
      const pdf = norm(await p.pdf(`act2025-${lang}`));
      assert.ok(pdf.includes(norm(fmt(M, 'benefit-entitled', from))), 'the verdict printed');
      assert.ok(pdf.includes(norm(M['obl-OBL-CONTACT-90D'])), 'the 2025 obligations printed');
      p.assertClean();
    } finally {
      await p.close();
    }
  });
}

// Issue 22: the carer and the person back within 14 days, to the printout in Polish and
// Ukrainian — the period kinds of art. 218 ust. 2 and the questions of art. 226 by field.
for (const lang of ['pl', 'uk']) {
  test(`the carer (art. 218 ust. 2 pkt 10) walked to the printout in ${lang}`, async () => {
    const M = messages(lang);
    const p = await Person.start(env, { locale: LOCALE[lang] });
    try {
      await walk(p, M, lang, PERSONA_CARER);
      assert.ok(norm(await answersText(p)).includes(norm(M['kind-care-benefit'])), 'the period kind on check-answers');
      await p.next(M['check-submit']);
      assert.equal(await p.text('#status-verdict'), norm(M['status-eligible']));
      const from = `7 ${M['month-gen-12']} 2026`;
      assert.equal(await p.text('#benefit-verdict'), norm(fmt(M, 'benefit-entitled', from)));
      assert.ok((await p.text('#benefit-length')).includes(norm(fmt(M, 'benefit-length', '180'))));
      // Issue 23: the days it runs between.
      const dates = norm(await p.text('#benefit-dates'));
      assert.ok(dates.includes(norm(fmt(M, 'benefit-dates', from, `4 ${M['month-gen-6']} 2027`))), dates);
      const pdf = norm(await p.pdf(`carer-${lang}`));
      assert.ok(pdf.includes(norm(fmt(M, 'benefit-entitled', from))), 'the verdict printed');
      p.assertClean();
    } finally {
      await p.close();
    }
  });

  test(`the person back within 14 days (art. 226) walked to the printout in ${lang}`, async () => {
    const M = messages(lang);
    const p = await Person.start(env, { locale: LOCALE[lang] });
    try {
      await walk(p, M, lang, PERSONA_BACK);
      const answers = norm(await answersText(p));
      // (after the gendered verb, which follows the person's sex)
      const why = norm(M['prev-lost-work']).split(') ').at(-1);
      assert.ok(answers.includes(why), `why the status was lost, on check-answers: ${why}`);
      await p.next(M['check-submit']);
      assert.equal(await p.text('#status-verdict'), norm(M['status-eligible']));
      const from = `9 ${M['month-gen-11']} 2026`;
      assert.equal(await p.text('#benefit-verdict'), norm(fmt(M, 'benefit-entitled', from)));
      const length = await p.text('#benefit-length');
      assert.ok(length.includes(norm(fmt(M, 'benefit-length', '120'))), `180 less the 60 days drawn: ${length}`);
      assert.ok(length.includes(norm(fmt(M, 'benefit-length-shortened-by', '180', '0', '60'))), length);
      // Issue 23: 120 days from 9 November 2026, the lower amount from the 31st (30 days of the
      // first 90 were left).
      const dates = norm(await p.text('#benefit-dates'));
      assert.ok(dates.includes(norm(fmt(M, 'benefit-dates', from, `8 ${M['month-gen-3']} 2027`))), dates);
      assert.ok(dates.includes(norm(fmt(M, 'benefit-dates-lower', `9 ${M['month-gen-12']} 2026`))), dates);
      const pdf = norm(await p.pdf(`back-within-14-days-${lang}`));
      assert.ok(pdf.includes(norm(fmt(M, 'benefit-length', '120'))), 'the length printed');
      p.assertClean();
    } finally {
      await p.close();
    }
  });
}

// Issue 23: the Ukrainian woman on a 390 px phone, in Ukrainian and Polish: asked by her
// document, then whether she is a citizen of Ukraine (over 60, it decides); the result gives
// the benefit with its dates.
for (const lang of ['uk', 'pl']) {
  test(`the Ukrainian woman under temporary protection walked on a phone in ${lang}`, async () => {
    const M = messages(lang);
    const p = await Person.start(env, { locale: LOCALE[lang], contextOptions: { viewport: { width: 390, height: 844 } } });
    try {
      await walk(p, M, lang, PERSONA_UKRAINIAN);
      // (a question's words up to its first gendered form, which follows her sex)
      const seen = (id) => p.walked.some((h) => h.startsWith(norm(M[id]).split('(')[0]));
      assert.ok(seen('q-foreigner-doc'), 'asked by the document');
      assert.ok(!seen('q-foreigner-basis'), 'the document says the group: no second question');
      assert.ok(seen('q-ukrainian'), 'over 60: the citizenship of Ukraine asked');
      await p.next(M['check-submit']);
      assert.equal(await p.text('#status-verdict'), norm(M['status-eligible']));
      const from = `7 ${M['month-gen-12']} 2026`;
      assert.equal(await p.text('#benefit-verdict'), norm(fmt(M, 'benefit-entitled', from)));
      const dates = norm(await p.text('#benefit-dates'));
      assert.ok(dates.includes(norm(fmt(M, 'benefit-dates', from, `4 ${M['month-gen-6']} 2027`))), dates);
      assert.ok(dates.includes(norm(fmt(M, 'benefit-dates-lower', `7 ${M['month-gen-3']} 2027`))), dates);
      const pdf = norm(await p.pdf(`ukrainian-${lang}`));
      assert.ok(pdf.includes(norm(fmt(M, 'benefit-entitled', from))), 'the verdict printed');
      p.assertClean();
    } finally {
      await p.close();
    }
  });
}

test('amounts and dates follow the language (income limit, 1 505,00 zł)', async () => {
  const expected = { pl: '1 505,00 zł', en: 'PLN 1,505.00', uk: '1 505,00 зл' };
  for (const lang of ['pl', 'en', 'uk']) {
    const M = messages(lang);
    const p = await Person.start(env, { locale: LOCALE[lang] });
    try {
      await p.page.waitForFunction((l) => document.documentElement.lang === l, lang);
      await p.next(M['start-button']);
      // Straight to the income question: the registration date stays today, so use the
      // check of the limit text only when it is shown for 2 March 2026.
      const page = p.page;
      await page.locator('#reg_date-d, #reg-date-d').first().fill('2');
      await page.locator('#reg_date-m, #reg-date-m').first().fill('3');
      await page.locator('#reg_date-y, #reg-date-y').first().fill('2022');
      await p.next(M.continue);
      await page.locator('#pesel-unknown').check();
      await p.next(M.continue);
      for (let i = 0; i < 20 && !(await page.locator('#income-limit').count()); i += 1) {
        const radios = await page.$$eval('input[type=radio]', (els) => [...new Set(els.map((e) => e.name))]);
        for (const name of radios) await page.locator(`input[type=radio][name="${name}"][value="${pick(RADIOS, name)}"]`).check();
        const dates = await page.$$eval('.date-input', (els) => els.map((e) => e.id));
        for (const id of dates) {
          const [d, m, y] = pick(DATES, id).split(' ');
          await page.locator(`#${id}-d`).fill(d);
          await page.locator(`#${id}-m`).fill(m);
          await page.locator(`#${id}-y`).fill(y);
        }
        await p.next(M.continue);
      }
      const limit = norm(await p.text('#income-limit'));
      assert.ok(limit.includes(expected[lang]), `${lang}: "${limit}" shows ${expected[lang]}`);
      assert.ok(limit.includes(`2 ${M['month-gen-3']} 2022`), `${lang}: the date in the language`);
    } finally {
      await p.close();
    }
  }
});

test('the browser language picks the default; other languages fall back to Polish', async () => {
  for (const [locale, lang] of [['en-US', 'en'], ['uk', 'uk'], ['de-DE', 'pl'], ['pl-PL', 'pl']]) {
    const p = await Person.start(env, { locale });
    try {
      if (lang !== 'pl') await p.page.waitForFunction((l) => document.documentElement.lang === l, lang);
      else await p.page.waitForTimeout(300);
      assert.equal(await p.page.evaluate(() => document.documentElement.lang), lang, locale);
      assert.equal(norm(await p.heading()), norm(messages(lang)['app-title']), locale);
    } finally {
      await p.close();
    }
  }
});

test('the language switch is on every page and keeps every answer', async () => {
  const p = await Person.start(env, { locale: 'pl-PL' });
  try {
    await walk(p, PL, 'pl');
    const answersPl = await answersText(p);
    for (const [lang, name] of [['en', 'English'], ['uk', 'Українська']]) {
      await p.page.getByRole('button', { name, exact: true }).click();
      const M = messages(lang);
      await p.page.locator('h1', { hasText: M['check-title'] }).waitFor();
      assert.equal(await p.page.evaluate(() => document.documentElement.lang), lang);
      await p.expectFocusOnHeading();
      const answers = await answersText(p);
      assert.ok(answers.includes(`10 ${M['month-gen-5']} 1990`), `${lang}: the birth date kept and shown in the language`);
      await p.axe();
    }
    await p.page.getByRole('button', { name: 'Polski', exact: true }).click();
    await p.page.locator('h1', { hasText: PL['check-title'] }).waitFor();
    assert.equal(await answersText(p), answersPl, 'back in Polish, every answer is as it was');
    assert.equal(await p.page.locator('nav.lang-switch [aria-current="true"]').innerText(), 'Polski');
    p.assertClean();
  } finally {
    await p.close();
  }
});

test('the office configuration sets the default language; a kiosk reset returns to it', async () => {
  const config = { language: 'uk', kiosk: true, kiosk_idle_seconds: 2, kiosk_countdown_seconds: 1 };
  const setup = async (context) => {
    await context.route('**/pup-config.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(config) }));
  };
  const p = await Person.start(env, { locale: 'en-US', setup });
  try {
    const UK = messages('uk');
    const EN = messages('en');
    await p.page.locator('html[lang="uk"]').waitFor({ state: 'attached' });
    assert.equal(norm(await p.heading()), norm(UK['app-title']), 'the office language wins over the browser language');
    await p.page.getByRole('button', { name: 'English', exact: true }).click();
    await p.page.locator('h1', { hasText: EN['app-title'] }).waitFor();
    await p.next(EN['start-button']);
    // Left alone: the countdown, then everything back to the start, in the office language.
    await p.page.waitForFunction(() => document.documentElement.lang === 'uk', null, { timeout: 15000 });
    assert.equal(norm(await p.heading()), norm(UK['app-title']));
    p.assertClean();
  } finally {
    await p.close();
  }
});

test('a switch shows the page in the new language whole: error messages and the office details', async () => {
  const office = { office: { name: 'Powiatowy Urząd Pracy w Testowie', phone: '+48 22 000 00 00', documents: ['Zaświadczenie o zameldowaniu'] } };
  const setup = async (context) => {
    await context.route('**/pup-config.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(office) }));
  };
  const p = await Person.start(env, { locale: 'pl-PL', setup });
  try {
    const EN = messages('en');
    const UK = messages('uk');
    // An error on the page, then a switch: the summary and the field's message follow.
    await p.next(PL['start-button']);
    await p.page.locator('#reg_date-d').fill('31');
    await p.page.locator('#reg_date-m').fill('2');
    await p.page.locator('#reg_date-y').fill('2022');
    await p.expectError(PL['err-date-invalid'], PL.continue);
    await p.page.getByRole('button', { name: 'English', exact: true }).click();
    await p.page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    assert.equal(await p.text('.error-summary__title'), EN['error-summary-title']);
    assert.ok((await p.text('.error-summary')).includes(EN['err-date-invalid']), 'the summary in English');
    assert.ok((await p.text('.form-group--error .error-message')).includes(EN['err-date-invalid']), 'the field message in English');
    assert.ok(!(await p.text('main')).includes(PL['err-date-invalid']), 'no Polish message left');
    await p.axe();
    // The result with the office's details, then a switch on the result page.
    // 2 March 2026: the walk's period ends on 27 February 2026, before the registration day.
    await p.page.locator('#reg_date-d').fill('2');
    await p.page.locator('#reg_date-m').fill('3');
    await p.next(EN.continue);
    await p.page.getByRole('button', { name: 'Polski', exact: true }).click();
    await p.page.locator('html[lang="pl"]').waitFor({ state: 'attached' });
    await walk(p, PL, 'pl');
    await p.next(PL['check-submit']);
    assert.ok((await p.text('main')).includes(PL['office-configured-heading']));
    await p.page.getByRole('button', { name: 'Українська', exact: true }).click();
    await p.page.locator('html[lang="uk"]').waitFor({ state: 'attached' });
    const main = await p.text('main');
    assert.ok(main.includes(norm(UK['office-configured-heading'])), 'the office heading in Ukrainian');
    assert.ok(main.includes(norm(UK['docs-office'])), 'the office documents lead in Ukrainian');
    assert.ok(!main.includes(PL['office-configured-heading']) && !main.includes(PL['docs-office']), 'no Polish office texts left');
    // The office's own data (configured in Polish) is marked Polish for screen readers.
    assert.equal(await p.page.locator('#office-name').getAttribute('lang'), 'pl');
    assert.equal(await p.page.locator('[data-office-document] [lang="pl"]').first().innerText(), 'Zaświadczenie o zameldowaniu');
    await p.axe();
    p.assertClean();
  } finally {
    await p.close();
  }
});

test('a language that cannot be loaded says so, and the page stays as it was', async () => {
  let block = true;
  const setup = async (context) => {
    await context.route('**/i18n/en.ftl', (route) => (block ? route.abort() : route.continue()));
  };
  const p = await Person.start(env, { locale: 'pl-PL', setup });
  try {
    await p.page.getByRole('button', { name: 'English', exact: true }).click();
    const alert = p.page.locator('.lang-switch__error[role="alert"]');
    await alert.waitFor();
    assert.equal(norm(await alert.innerText()), norm(fmt(PL, 'language-load-failed', 'English')));
    assert.equal(await p.page.evaluate(() => document.documentElement.lang), 'pl');
    await p.axe();
    // Once the file can be had, the same button works and the message is gone.
    block = false;
    await p.page.getByRole('button', { name: 'English', exact: true }).click();
    await p.page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    assert.equal(await alert.count(), 0);
    assert.ok(p.consoleErrors.length > 0 && p.consoleErrors.every((e) => e.includes('en.ftl') || e.includes('Failed to load resource')), `only the failed fetch is logged: ${p.consoleErrors}`);
  } finally {
    await p.close();
  }
});
