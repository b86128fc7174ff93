// Issue 12: the server recipe of docs/deploy.md, proved. Debian's nginx with the brotli_static
// module (scripts/setup.sh installs both) serves the release build on 127.0.0.1, configured
// with the two nginx blocks of docs/deploy.md exactly as written there (only the paths, the
// port and the build's policy filled in). The pre-compressed .br files are sent, the policy
// header is there, a persona walks to the printout, and the app then works with the network cut.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DIST, launch, Person, pesel, ROOT } from './helpers.mjs';
import { checkPrintout, questionnaire, showResult } from './questionnaire.mjs';

const MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** The fenced nginx block that follows `<!-- nginx:NAME` in docs/deploy.md. */
function documented(name) {
  const doc = readFileSync(join(ROOT, 'docs/deploy.md'), 'utf8');
  const m = doc.match(new RegExp(`<!-- nginx:${name}\\b[^>]*-->\\s*\`\`\`nginx\\n([\\s\\S]*?)\`\`\``));
  assert.ok(m, `docs/deploy.md has no nginx:${name} block`);
  return m[1];
}

const freePort = () => new Promise((ok) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
});

let browser;
let nginx;
let dir;
let base;

before(async () => {
  assert.ok(existsSync('/usr/sbin/nginx'), 'nginx is missing: scripts/setup.sh browser installs it');
  assert.ok(existsSync(MODULE), 'the nginx brotli_static module is missing: scripts/setup.sh browser installs it');
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)[1];
  dir = mkdtempSync(join(tmpdir(), 'pup-nginx-'));
  const port = await freePort();
  const server = documented('server')
    .replace('/srv/pup-check/', `${DIST}/`)
    .replace('CSP_OF_THE_BUILD', policy);
  assert.notEqual(server, documented('server'), 'the documented block names /srv/pup-check/ and CSP_OF_THE_BUILD');
  const conf = `# written by tests/browser/nginx.test.mjs
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
load_module ${MODULE};
events {}
http {
    include /etc/nginx/mime.types;
    access_log ${dir}/access.log;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
${documented('http')}
    server {
        listen 127.0.0.1:${port};
${server}
    }
}
`;
  writeFileSync(join(dir, 'nginx.conf'), conf);
  nginx = spawn('/usr/sbin/nginx', ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr.on('data', (d) => { stderr += d; });
  base = `http://127.0.0.1:${port}/pup-check/`;
  for (let i = 0; ; i++) {
    const up = await fetch(base).then(() => true, () => false);
    if (up) break;
    assert.ok(i < 100 && nginx.exitCode === null, `nginx did not start: ${stderr}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
  browser = await launch();
});

after(async () => {
  await browser?.close();
  nginx?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('nginx as docs/deploy.md configures it', () => {
  it('sends the pre-compressed brotli files with the policy header; a persona reaches the printout; then offline', async () => {
    const env = { url: base, browser };
    const responses = [];
    const p = await Person.start(env, {
      setup: async (context) => {
        context.on('response', async (r) => {
          responses.push({ url: r.url(), headers: await r.allHeaders().catch(() => ({})) });
        });
      },
    });
    const of = (re) => responses.find((r) => re.test(r.url));
    const page = of(/\/pup-check\/$/);
    assert.equal(page.headers['content-encoding'], 'br', 'the page, brotli');
    assert.match(page.headers['content-security-policy'] ?? '', /script-src 'self' 'sha256-/);
    assert.match(page.headers['content-security-policy'], /frame-ancestors 'self'/);
    assert.equal(page.headers['cache-control'], 'no-cache');
    const wasm = of(/_bg\.wasm$/);
    assert.equal(wasm.headers['content-encoding'], 'br', 'the wasm, brotli');
    assert.equal(wasm.headers['content-type'], 'application/wasm');
    assert.match(wasm.headers['cache-control'], /immutable/);
    // The byte count of the wasm as sent is that of the .br file the build wrote.
    const file = wasm.url.split('/').pop();
    const sent = Number(wasm.headers['content-length']);
    assert.equal(sent, readFileSync(join(DIST, `${file}.br`)).length, 'nginx sent the .br file as it is');
    assert.equal(of(/pup-app-[0-9a-f]{8,16}\.js$/).headers['content-encoding'], 'br', 'the JS, brotli');
    // Persona 4 of the seed (not eligible by income), to the printout.
    await questionnaire(p, { pesel: pesel('8507220048'), income: '3000', benefit: false });
    await showResult(p);
    assert.equal(await p.text('#status-verdict'), 'Nie możesz zarejestrować się jako osoba bezrobotna.');
    await checkPrintout(p, 'nginx-persona', ['Dowód osobisty', 'Numer PESEL i NIP', 'Karta rejestracyjna']);
    // Offline: the service worker's cache serves the app.
    for (let i = 0; ; i++) {
      const ready = await p.page.evaluate(async () => navigator.serviceWorker.controller !== null
        && (await caches.keys()).some((k) => k.startsWith('pup-check-')));
      if (ready) break;
      assert.ok(i < 150, 'the offline cache was not filled');
      await p.page.waitForTimeout(100);
    }
    await p.context.setOffline(true);
    await p.page.reload();
    await p.ready();
    // The answers were kept in the tab (issue 13): the result again, offline.
    await p.expectPage('Wynik sprawdzenia');
    assert.equal(await p.text('#status-verdict'), 'Nie możesz zarejestrować się jako osoba bezrobotna.');
    await p.click('Zacznij od nowa');
    await p.click('Tak, usuń odpowiedzi i zacznij od nowa');
    await p.expectPage('Sprawdź, czy możesz zarejestrować się');
    await p.click('Rozpocznij');
    await p.expectPage('Kiedy chcesz zarejestrować się');
    await p.date('2 3 2022');
    await p.next();
    await p.expectPage('Jaki jest Twój numer PESEL');
    p.assertClean();
    await p.close();
  });
});
