// Helpers of the browser tests: the release build (dist/) served on 127.0.0.1, Debian
// chromium through playwright-core, and a "person" who reads each page, answers it like a
// human would (labels, buttons, keyboard) and checks every page with axe-core.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '../..');
// PUP_DIST: another build directory (e.g. a debug build while developing).
export const DIST = process.env.PUP_DIST ?? join(ROOT, 'dist');
export const OUT = join(here, 'out');
const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** One server and one browser for a test file. */
export async function environment() {
  assert.ok(existsSync(join(DIST, 'index.html')), 'dist/ is missing: run `trunk build --release` first');
  mkdirSync(OUT, { recursive: true });
  const server = await serve(DIST);
  const browser = await launch();
  return {
    url: server.url,
    browser,
    async close() { await browser.close(); await server.close(); },
  };
}

/** A valid PESEL from its first ten digits (checksum added). */
export function pesel(first10) {
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = [...first10].reduce((s, c, i) => s + w[i] * Number(c), 0);
  return first10 + String((10 - (sum % 10)) % 10);
}

/** The text of a PDF (pdftotext from Debian poppler-utils). */
export function pdfText(path) {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

/** The app's root in the page: the shadow root of an embedding host's container, else the
 * document (evaluated in the page). */
const APP_ROOT = "(document.querySelector('[data-pup-check]')?.shadowRoot ?? document)";
/** The focused element, looking into the app's shadow root when embedded. */
// The page heading's text without its section caption (which sits inside the h1).
const HEADING = `((h) => { if (!h) return undefined; const c = h.cloneNode(true); c.querySelectorAll('.caption').forEach((x) => x.remove()); return c.textContent.replace(/\\s+/g, ' ').trim(); })(${APP_ROOT}.querySelector('h1'))`;
const ACTIVE = `(() => { let a = document.activeElement; while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement; return a; })()`;

/** Records every Content-Security-Policy violation of every page of `context` into `into`
 * (a `securitypolicyviolation` listener installed before any script of the page runs). */
export async function watchCsp(context, into) {
  await context.exposeBinding('__pupCspViolation', (_source, v) => { into.push(v); });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__pupCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`);
    }, true);
  });
}

/** Phrases only the other law says, by the law a page follows (`data-law`): the seed's 7
 * days' wait, zameldowanie, hectares, 5 days to report work and copies under the 2025 Act;
 * the 2025 Act's name, mObywatel, IPD and socially useful work under the seed's rules. The
 * same lists as tests/i18n.rs `no_text_of_one_law_under_the_other`. */
const OTHER_LAW = {
  'act-2025': ['po upływie 7 dni', 'ze względu na zameldowanie', 'czasowe zameldowanie', 'miejsca zameldowania', 'hektar', 'przeliczeniow', 'w ciągu 5 dni', 'kserokopi', '14 dni od dnia doręczenia', 'karcie rejestracyjnej'],
  'source-2004-act': ['20 marca 2025', 'mObywatel', 'indywidualnego planu działania', 'prac społecznie użytecznych', 'w ciągu 7 dni', '30 dni od doręczenia'],
};

/** An option behind a toggle ("Pokaż pozostałe rodzaje okresów") is shown first, as a person
 * would open it. */
export async function openDetailsOf(box) {
  if (await box.isVisible()) return;
  const details = box.locator('xpath=ancestor::details[1]');
  if (await details.count()) await details.locator('summary').first().click();
}

export class Person {
  constructor(env, page, origin) {
    this.env = env;
    this.page = page;
    this.origin = origin ?? new URL(env.url).origin;
    this.foreign = [];
    this.consoleErrors = [];
    this.consoleWarnings = [];
    this.cspViolations = [];
    this.pagesChecked = 0;
    this.headings = [];
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(this.origin) && !u.startsWith('data:') && !u.startsWith('blob:')) this.foreign.push(u);
    });
    page.on('console', (m) => {
      if (m.type() === 'error') this.consoleErrors.push(m.text());
      if (m.type() === 'warning') this.consoleWarnings.push(m.text());
    });
    page.on('pageerror', (e) => this.consoleErrors.push(String(e)));
  }

  /** A new browser context and page at `url` (default: the app's page), with every CSP
   * violation recorded; `setup(context)` runs before the page loads (e.g. routes).
   * With `noWait`, the page is opened and not waited for (the app may not have started). */
  static async start(env, { url = env.url, origin, setup, locale = 'pl-PL', contextOptions = {}, noWait = false } = {}) {
    const context = await env.browser.newContext({ locale, acceptDownloads: true, viewport: { width: 1024, height: 900 }, ...contextOptions });
    const page = await context.newPage();
    const p = new Person(env, page, origin);
    p.context = context;
    await watchCsp(context, p.cspViolations);
    if (setup) await setup(context, p);
    if (noWait) {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return p;
    }
    await page.goto(url);
    await p.ready();
    await p.axe();
    return p;
  }

  /** Waits until the app has mounted. */
  async ready() {
    await this.page.locator('html[data-app="ready"]').waitFor();
  }

  async heading() {
    return this.page.evaluate(HEADING);
  }

  /** The page's heading contains `text`; the focus is on it after a page change. */
  async expectPage(text) {
    const h = this.page.locator('h1').first();
    await assert.doesNotReject(h.filter({ hasText: shown(text) }).waitFor({ timeout: 5000 }),
      `expected a page about "${text}", got "${await this.heading()}"`);
    this.headings.push(await this.heading());
  }

  async expectFocusOnHeading() {
    const id = await this.page.evaluate(`${ACTIVE}?.id`);
    assert.equal(id, 'page-heading', 'the focus moves to the heading on a page change');
  }

  /** axe-core on the current page: no violations of WCAG 2.0/2.1/2.2 A and AA, best practices. */
  async axe() {
    const has = await this.page.evaluate(() => typeof window.axe !== 'undefined');
    // Evaluated through the DevTools protocol, not as a <script> tag: the page's CSP forbids
    // inline scripts (and a violation would fail the test).
    if (!has) await this.page.evaluate(readFileSync(AXE, 'utf8'));
    // preload: false — axe would otherwise copy the shadow root's stylesheet into an inline
    // <style> (for its experimental CSS rules), which the CSP rightly blocks.
    const result = await this.page.evaluate(() => window.axe.run(document, {
      preload: false,
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }));
    const v = result.violations.map((x) => `${x.id}: ${x.help} (${x.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    assert.deepEqual(v, [], `axe violations on "${await this.heading()}"`);
    // The marks of Polish words in the translations (<pl>…</pl>) become lang="pl" spans and
    // never show as text, in the page or its title.
    const leaked = await this.page.evaluate(() => {
      const root = document.querySelector('[data-pup-check]')?.shadowRoot ?? document;
      const text = `${document.title}\n${(root.querySelector('#app') ?? document.body).textContent}`;
      return text.match(/.{0,40}<\/?pl>.{0,40}/)?.[0] ?? null;
    });
    assert.equal(leaked, null, `a <pl> mark shown as text on "${await this.heading()}"`);
    // Issue 23: no Polish text of one law on a page that follows the other (the hidden
    // parts too: "Dlaczego?", the printout).
    const other = await this.page.evaluate(() => {
      const root = document.querySelector('[data-pup-check]')?.shadowRoot ?? document;
      const main = root.querySelector('#main-content');
      if (!main || main.lang !== 'pl') return null;
      return { law: main.dataset.law, text: main.textContent.replace(/\s+/g, ' ') };
    });
    if (other) {
      const hit = (OTHER_LAW[other.law] ?? []).find((p) => other.text.includes(p));
      assert.equal(hit, undefined, `"${hit}" (the other law's) on "${await this.heading()}" under ${other.law}`);
    }
    this.pagesChecked += 1;
  }

  /** Picks the radio or checkbox with this label, optionally inside the fieldset whose legend has `within`. */
  async choose(label, within) {
    const scope = within ? this.fieldset(within) : this.page;
    const box = scope.getByLabel(shown(label, true), { exact: true });
    await openDetailsOf(box);
    await box.check();
  }

  fieldset(legend) {
    return this.page.locator('fieldset').filter({ has: this.page.locator('legend', { hasText: shown(legend) }) }).first();
  }

  async fill(label, value) {
    await this.page.getByLabel(shown(label, true), { exact: true }).fill(value);
  }

  /** Types a date into the day, month and year boxes ("27 3 2026"), optionally of one fieldset. */
  async date(text, within) {
    const [d, m, y] = text.split(' ');
    const scope = within ? this.fieldset(within) : this.page;
    await scope.getByLabel('Dzień', { exact: true }).fill(d);
    await scope.getByLabel('Miesiąc', { exact: true }).fill(m);
    await scope.getByLabel('Rok', { exact: true }).fill(y);
  }

  async click(name) {
    await this.page.getByRole('button', { name, exact: true }).click();
  }

  /** "Dalej" (or another submit button), then the next page is checked with axe. */
  async next(button = 'Dalej') {
    const before = await this.heading();
    await this.click(button);
    await this.page.waitForFunction(`${HEADING} !== ${JSON.stringify(before)}`, null, { timeout: 5000 });
    await this.expectFocusOnHeading();
    await this.axe();
  }

  /** Submits and expects the error summary with `message`, focused, and the field marked. */
  async expectError(message, button = 'Dalej') {
    await this.click(button);
    const summary = this.page.locator('.error-summary');
    await summary.waitFor();
    assert.match(await summary.innerText(), new RegExp(escape(message)));
    const focused = await this.page.evaluate(`${ACTIVE}?.classList.contains('error-summary')`);
    assert.ok(focused, 'the focus moves to the error summary');
    assert.ok(await this.page.locator('.form-group--error .error-message', { hasText: shown(message) }).count() > 0, 'the field is marked');
    await this.axe();
  }

  /** Answers one question page: the heading must contain `heading`. */
  async answer(heading, act) {
    await this.expectPage(heading);
    if (act) await act(this);
    await this.next();
  }

  async text(selector) {
    return (await this.page.locator(selector).innerText()).replace(/\s+/g, ' ').trim();
  }

  /** Prints the page to an A4 PDF and returns its text. */
  async pdf(name) {
    const path = join(OUT, `${name}.pdf`);
    await this.page.emulateMedia({ media: 'print' });
    await this.page.pdf({ path, format: 'A4', printBackground: true });
    await this.page.emulateMedia({ media: 'screen' });
    return pdfText(path).replace(/[ \t]+/g, ' ');
  }

  /** No request left the page's origin, the console stayed free of errors and no
   * Content-Security-Policy violation happened. */
  assertClean() {
    assert.deepEqual(this.cspViolations, [], 'Content-Security-Policy violations');
    assert.deepEqual(this.foreign, [], 'requests to other origins');
    assert.deepEqual(this.consoleErrors, [], 'console errors');
  }

  /** Closes the page; every walk ends here, so every walk asserts zero CSP violations. */
  async close() {
    await this.context.close();
    assert.deepEqual(this.cspViolations, [], 'Content-Security-Policy violations');
  }
}

/** The feminine form of a Polish word written for both sexes ("otrzymałeś" + "aś"), as
 * src/app/i18n.rs `feminine` makes it. */
function feminine(base, suffix) {
  if (suffix === 'ą' && base.endsWith('ym')) return `${base.slice(0, -2)}ą`;
  const chars = [...base];
  let stem = chars.slice(0, chars.length - [...suffix].length).join('');
  if (stem.endsWith('ął')) stem = `${stem.slice(0, -2)}ęł`;
  return stem + suffix;
}

/** `s` as a regular expression source; a word written for both sexes ("gotowy(-a)") matches
 * that text and the form for either sex, as the app shows once it knows the person's sex. */
export function escape(s) {
  const parts = [];
  let last = 0;
  for (const m of s.matchAll(/(\p{L}+)\(-(\p{L}+)\)/gu)) {
    parts.push(s.slice(last, m.index).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const [all, base, suffix] = m;
    parts.push(`(?:${all.replace(/[()]/g, '\\$&')}|${base}|${feminine(base, suffix)})`);
    last = m.index + all.length;
  }
  parts.push(s.slice(last).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return parts.join('');
}

/** A text the test names, as the app may show it: gendered forms either way (`escape`). */
function shown(text, exact = false) {
  if (typeof text !== 'string' || !/\(-/.test(text)) return text;
  return new RegExp(exact ? `^${escape(text)}$` : escape(text), 'u');
}

export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}
