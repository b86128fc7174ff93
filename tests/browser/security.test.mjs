// The Content-Security-Policy of the build (docs/deploy.md): strict, first in <head>, and
// the violation watcher of every walk (helpers.mjs) really sees a violation.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DIST, environment, Person } from './helpers.mjs';

let env;
before(async () => { env = await environment(); });
after(async () => { await env.close(); });

describe('security', () => {
  it('index.html carries a strict policy as the first element of <head>', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const head = html.match(/<head>\s*(<[^>]+>)/)[1];
    const m = head.match(/^<meta http-equiv="Content-Security-Policy" content="([^"]+)">$/);
    assert.ok(m, `the first element of <head> is the CSP meta, got ${head}`);
    const policy = Object.fromEntries(m[1].split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    assert.doesNotMatch(m[1], /'unsafe-inline'|'unsafe-eval'|\*/);
    assert.deepEqual(policy['connect-src'], ["'self'"]);
    // The two inline scripts (scripts/early.js and the loader) are allowed by their hashes,
    // and only they: each hash is that of one of the page's inline scripts.
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((x) => x[1]);
    assert.equal(inline.length, 2, 'two inline scripts');
    const hashes = inline.map((t) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`);
    assert.deepEqual(policy['script-src'], ["'self'", ...hashes, "'wasm-unsafe-eval'"]);
    assert.deepEqual(policy['object-src'], ["'none'"]);
    // Each inlined style block is allowed by its hash, nothing else inline.
    const styles = [...html.matchAll(/<style[^>]*>/g)].length;
    assert.equal(policy['style-src'].filter((s) => s.startsWith("'sha256-")).length, styles);
    assert.doesNotMatch(html, /\sstyle="/, 'no style attribute');
    assert.doesNotMatch(html, /\son[a-z]+="/, 'no inline event handler');
  });

  it('the violation watcher of every walk catches a violation', async () => {
    const p = await Person.start(env);
    assert.deepEqual(p.cspViolations, [], 'the app itself causes none');
    // What the app must never do: a style attribute (and an inline script).
    await p.page.evaluate(() => {
      document.querySelector('h1').setAttribute('style', 'color: red');
      const s = document.createElement('script');
      s.textContent = 'window.inlineRan = true';
      document.body.append(s);
    });
    await p.page.waitForTimeout(200);
    assert.equal(await p.page.evaluate(() => window.inlineRan), undefined, 'the inline script was blocked');
    assert.notEqual(await p.page.evaluate(() => getComputedStyle(document.querySelector('h1')).color), 'rgb(255, 0, 0)');
    assert.ok(p.cspViolations.some((v) => v.startsWith('style-src-attr')), `style attribute reported: ${p.cspViolations}`);
    assert.ok(p.cspViolations.some((v) => v.startsWith('script-src-elem')), `inline script reported: ${p.cspViolations}`);
    await assert.rejects(p.close(), /Content-Security-Policy violations/, 'closing a walk with a violation fails');
  });
});
