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

export class Person {
  constructor(env, page) {
    this.env = env;
    this.page = page;
    this.origin = new URL(env.url).origin;
    this.foreign = [];
    this.consoleErrors = [];
    this.pagesChecked = 0;
    this.headings = [];
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(this.origin) && !u.startsWith('data:') && !u.startsWith('blob:')) this.foreign.push(u);
    });
    page.on('console', (m) => { if (m.type() === 'error') this.consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => this.consoleErrors.push(String(e)));
  }

  static async start(env, { locale = 'pl-PL' } = {}) {
    const context = await env.browser.newContext({ locale, acceptDownloads: true, viewport: { width: 1024, height: 900 } });
    const page = await context.newPage();
    const p = new Person(env, page);
    p.context = context;
    await page.goto(env.url);
    await page.locator('html[data-app="ready"]').waitFor();
    await p.axe();
    return p;
  }

  async heading() {
    return (await this.page.locator('h1').first().innerText()).trim();
  }

  /** The page's heading contains `text`; the focus is on it after a page change. */
  async expectPage(text) {
    const h = this.page.locator('h1').first();
    await assert.doesNotReject(h.filter({ hasText: text }).waitFor({ timeout: 5000 }),
      `expected a page about "${text}", got "${await this.heading()}"`);
    this.headings.push(await this.heading());
  }

  async expectFocusOnHeading() {
    const id = await this.page.evaluate(() => document.activeElement?.id);
    assert.equal(id, 'page-heading', 'the focus moves to the heading on a page change');
  }

  /** axe-core on the current page: no violations of WCAG 2.0/2.1/2.2 A and AA, best practices. */
  async axe() {
    const has = await this.page.evaluate(() => typeof window.axe !== 'undefined');
    if (!has) await this.page.addScriptTag({ path: AXE });
    const result = await this.page.evaluate(() => window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }));
    const v = result.violations.map((x) => `${x.id}: ${x.help} (${x.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    assert.deepEqual(v, [], `axe violations on "${await this.heading()}"`);
    this.pagesChecked += 1;
  }

  /** Picks the radio or checkbox with this label, optionally inside the fieldset whose legend has `within`. */
  async choose(label, within) {
    const scope = within ? this.fieldset(within) : this.page;
    await scope.getByLabel(label, { exact: true }).check();
  }

  fieldset(legend) {
    return this.page.locator('fieldset').filter({ has: this.page.locator('legend', { hasText: legend }) }).first();
  }

  async fill(label, value) {
    await this.page.getByLabel(label, { exact: true }).fill(value);
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
    await this.page.waitForFunction((b) => document.querySelector('h1')?.innerText.trim() !== b, before, { timeout: 5000 });
    await this.expectFocusOnHeading();
    await this.axe();
  }

  /** Submits and expects the error summary with `message`, focused, and the field marked. */
  async expectError(message, button = 'Dalej') {
    await this.click(button);
    const summary = this.page.locator('.error-summary');
    await summary.waitFor();
    assert.match(await summary.innerText(), new RegExp(escape(message)));
    const focused = await this.page.evaluate(() => document.activeElement?.classList.contains('error-summary'));
    assert.ok(focused, 'the focus moves to the error summary');
    assert.ok(await this.page.locator('.form-group--error .error-message', { hasText: message }).count() > 0, 'the field is marked');
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

  /** No request left the page's origin and the console stayed free of errors. */
  assertClean() {
    assert.deepEqual(this.foreign, [], 'requests to other origins');
    assert.deepEqual(this.consoleErrors, [], 'console errors');
  }

  async close() {
    await this.context.close();
  }
}

function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}
