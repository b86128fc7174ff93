// Trunk post-build hook (Trunk.toml [[hooks]] stage = "post_build"), also runnable by hand:
//   node scripts/postbuild.mjs [DIR]     (default: $TRUNK_STAGING_DIR, else dist)
//
// 1. Puts two scripts inline into index.html, so that no request chain comes before the
//    wasm (docs/app.md, "Start-up"): scripts/early.js at the end of <body> (the first
//    question works, and no tap is lost, before the app has started) and the loader, a
//    module that requests the wasm and its JS at once, starts the app after the first paint,
//    registers the service worker and, inside an iframe, reports the page's height to the
//    parent (docs/embedding.md). The page runs under a strict Content-Security-Policy
//    without 'unsafe-inline': both scripts are allowed by their SHA-256 hashes.
// 2. Adds the policy as the first element of <head>: <meta http-equiv="Content-Security-
//    Policy">. The inlined <style> and <script> blocks are allowed by their hashes
//    (docs/deploy.md has the same policy as an HTTP header for servers).
// 3. Writes the embedding files: pup-check-<hash>.css (the app's CSS, for the shadow root),
//    pup-check-host-<hash>.css (print rules for the host page) and embed.js (stable name).
// 4. Removes the comments (translators' notes) from the translations in i18n/*.ftl: a line
//    that starts with '#' is always a comment in Fluent.
// 5. Writes sw.js, a service worker that precaches every file of this build under a cache
//    named after the build's content hash (a new build replaces the old cache whole).
// 6. Writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy beside every file,
//    so that a static server sends them as they are (nginx brotli_static / gzip_static, a
//    CDN) instead of compressing each response (docs/deploy.md).
// 0. First of all, fewer bytes before the app starts (issue 12, decision 80): the names by
//    which the wasm imports its JS functions (wasm-bindgen's `__wbg_querySelector_<16 hex>`,
//    164 of them) become short names in both files, and the JS module, the inline loader
//    and early.js are minified with terser.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { minify } from 'terser';

const sha = (data) => createHash('sha256').update(data).digest('hex');
const sha64 = (data) => createHash('sha256').update(data).digest('base64');

/** The policy; `styleHashes` and `scriptHashes` are the 'sha256-…' sources of the inlined
 * style and script blocks. */
export function csp(styleHashes = [], scriptHashes = []) {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes, "'wasm-unsafe-eval'"].join(' '),
    ["style-src 'self'", ...styleHashes].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

function listFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path).map((p) => `${name}/${p}`));
    else out.push(name);
  }
  return out;
}

/** The build's wasm-bindgen module and wasm file names. */
export function appFiles(dir) {
  const files = readdirSync(dir);
  const js = files.find((f) => /^pup-app-[0-9a-f]+\.js$/.test(f));
  const wasm = files.find((f) => /^pup-app-[0-9a-f]+_bg\.wasm$/.test(f));
  if (!js || !wasm) throw new Error(`postbuild: no pup-app js/wasm in ${dir}`);
  return { js, wasm };
}

// The loader of the app's own page, inline in index.html: every address is relative to the
// page, so the build works in any directory of a site.
const BOOT = ({ js, wasm }) => `// The PUP check's loader (written by scripts/postbuild.mjs).
const here = document.baseURI;
let booted = false;
// The app imports its later modules (share.js, with the result) through this: a wasm module
// cannot write import() itself, and the CSP allows no eval.
globalThis.__pupCheckImport ??= (url) => import(url);
// The app's files are requested at once (the network works while the page is painted); the
// app is compiled and started once the pre-rendered start page has been painted, so as not
// to delay it.
const wasm = fetch(new URL('./${wasm}', here));
const glue = import(new URL('./${js}', here).href);
const boot = async () => {
  if (booted) return;
  booted = true;
  const init = (await glue).default;
  await init({ module_or_path: wasm });
  // Offline: after the first visit every file of the build comes from the cache (sw.js).
  if ('serviceWorker' in navigator && (location.protocol === 'https:' || location.protocol === 'http:')) {
    navigator.serviceWorker.register(new URL('./sw.js', here), { scope: new URL('./', here).href })
      .catch((e) => console.warn('pup-check: offline cache not available:', e.message));
  }
};
new PerformanceObserver((list) => {
  if (list.getEntriesByName('first-contentful-paint').length) boot();
}).observe({ type: 'paint', buffered: true });
setTimeout(boot, 300);

// In an iframe: tell the parent page the height of the content on every change, so that it
// can size the iframe (docs/embedding.md, "iframe").
if (window.parent !== window) {
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: 'pup-check:height', height }, '*');
    }
  };
  new ResizeObserver(report).observe(document.documentElement);
}
`;

// The embedding script: a host page holds <div data-pup-check …></div> and
// <script type="module" src="…/embed.js"></script> (docs/embedding.md).
const EMBED = ({ js, wasm, css, hostCss }) => `// Mounts the PUP check inside a host page (written by scripts/postbuild.mjs).
// docs/embedding.md: <div data-pup-check data-office-name="…"></div>
//                    <script type="module" src="https://…/embed.js"></script>
const here = import.meta.url;
// The app imports its later modules (share.js, with the result) through this.
globalThis.__pupCheckImport ??= (url) => import(url);
const container = document.querySelector('[data-pup-check]');
if (!container) {
  console.error('pup-check: the page has no element with the data-pup-check attribute');
} else {
  // The app lives in a shadow root: the host's CSS and the app's do not reach each other.
  const shadow = container.shadowRoot ?? container.attachShadow({ mode: 'open' });
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = new URL('./${css}', here).href;
  const root = document.createElement('div');
  root.id = 'app';
  root.className = 'pup-app';
  root.setAttribute('data-app-base', new URL('./', here).href);
  shadow.replaceChildren(style, root);
  const styled = new Promise((ok) => { style.onload = ok; style.onerror = ok; });
  // Printing from the host page prints the app only.
  if (!document.querySelector('link[data-pup-check-print]')) {
    const print = document.createElement('link');
    print.rel = 'stylesheet';
    print.media = 'print';
    print.href = new URL('./${hostCss}', here).href;
    print.setAttribute('data-pup-check-print', '');
    document.head.append(print);
  }
  const wasm = fetch(new URL('./${wasm}', here));
  const init = (await import(new URL('./${js}', here).href)).default;
  await styled;
  await init({ module_or_path: wasm });
}
`;

// Print rules for the host page: only the container is printed.
const HOST_CSS = `/* PUP check, embedded: printing the host page prints the app only. */
@media print {
  @page { size: A4; margin: 15mm 15mm 18mm; }
  body :not(:has([data-pup-check])):not([data-pup-check]) { display: none !important; }
  /* The container's ancestors become plain blocks: a host layout (a grid or flex row with a
     sidebar, a fixed width) would otherwise squeeze the app into a column of the page. */
  body:has([data-pup-check]), body :has([data-pup-check]) {
    display: block !important; width: auto !important; min-width: 0 !important; max-width: none !important;
    height: auto !important; float: none !important; position: static !important; transform: none !important;
    overflow: visible !important; margin: 0 !important; padding: 0 !important; border: 0 !important; box-shadow: none !important;
  }
  [data-pup-check] { display: block !important; width: auto !important; max-width: none !important; margin: 0 !important; float: none !important; }
}
`;

// wasm-bindgen's module name for the imports of its JS (the web target).
const GLUE_MODULE = './pup-app_bg.js';

function readLeb(buf, pos) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = buf[pos++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, pos];
}

function leb(n) {
  const out = [];
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}

/** The n-th short name: a … z, A … Z, aa, ab, … */
export function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let s = '';
  do {
    s = letters[n % 52] + s;
    n = Math.floor(n / 52) - 1;
  } while (n >= 0);
  return s;
}

/** The wasm with the imports of module `from` renamed: module `to`, each field by `rename`
 * (a Map filled here, in the order of the imports). Every other byte is kept. */
export function renameImports(wasm, from, to, rename) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('postbuild: not a wasm module');
  const out = [wasm.subarray(0, 8)];
  let pos = 8;
  while (pos < wasm.length) {
    const id = wasm[pos];
    const [size, start] = readLeb(wasm, pos + 1);
    const end = start + size;
    if (id !== 2) {
      out.push(wasm.subarray(pos, end));
      pos = end;
      continue;
    }
    let [count, q] = readLeb(wasm, start);
    const body = [leb(count)];
    for (let i = 0; i < count; i++) {
      const name = () => {
        const [len, p] = readLeb(wasm, q);
        q = p + len;
        return wasm.subarray(p, q).toString();
      };
      let mod = name();
      let field = name();
      const desc = q;
      const kind = wasm[q++];
      const limits = () => {
        const flags = wasm[q++];
        [, q] = readLeb(wasm, q);
        if (flags & 1) [, q] = readLeb(wasm, q);
      };
      if (kind === 0) [, q] = readLeb(wasm, q); // a function: its type
      else if (kind === 1) { q++; limits(); } // a table: its element type, limits
      else if (kind === 2) limits(); // a memory
      else if (kind === 3) q += 2; // a global: its type, mutability
      else throw new Error(`postbuild: import kind ${kind} not known`);
      if (mod === from) {
        if (!rename.has(field)) rename.set(field, shortName(rename.size));
        [mod, field] = [to, rename.get(field)];
      }
      body.push(leb(Buffer.byteLength(mod)), Buffer.from(mod), leb(Buffer.byteLength(field)), Buffer.from(field), wasm.subarray(desc, q));
    }
    if (q !== end) throw new Error('postbuild: the import section did not read to its end');
    const section = Buffer.concat(body);
    out.push(Buffer.from([2]), leb(section.length), section);
    pos = end;
  }
  return Buffer.concat(out);
}

/** Step 0: the wasm's JS imports under short names (in the wasm and in its JS module), and
 * the module minified. A second run finds the names short already and only minifies. */
async function shrinkGlue(dir, { js, wasm }) {
  const rename = new Map();
  const module = renameImports(readFileSync(join(dir, wasm)), GLUE_MODULE, 'w', rename);
  let glue = readFileSync(join(dir, js), 'utf8');
  const key = `"${GLUE_MODULE}": import0`;
  if (rename.size) {
    for (const [from, to] of rename) {
      const re = new RegExp(`\\b${from}\\b`, 'g');
      const n = (glue.match(re) || []).length;
      if (n !== 1) throw new Error(`postbuild: ${from} is named ${n} times in ${js}, not once`);
      glue = glue.replace(re, to);
    }
    if (glue.split(key).length !== 2) throw new Error(`postbuild: ${js} does not give its imports as ${key}`);
    glue = glue.replace(key, 'w: import0');
  } else if (glue.includes(key)) {
    // A wasm already renamed beside a JS that is not: an earlier run that failed half-way.
    throw new Error(`postbuild: ${wasm} has short import names but ${js} has not; build again`);
  }
  // The JS first: if terser fails, neither file has changed.
  const minified = await minifyJs(glue, true);
  writeFileSync(join(dir, js), minified);
  if (rename.size) writeFileSync(join(dir, wasm), module);
}

/** JavaScript minified (terser: compressed, names mangled). */
export async function minifyJs(code, module) {
  const out = await minify(code, { module, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  return out.code;
}

/** CSS without comments and without the spaces that mean nothing: around `{`, `}`, `;`, `,`
 * and after `:`. Spaces elsewhere stay (a descendant combinator, `calc(a + b)`); the app's
 * CSS has no `:`, `;`, `,` or braces inside strings (checked here). */
export function minifyCss(css) {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of text.matchAll(/"[^"]*"|'[^']*'/g)) {
    if (/[{};,:]/.test(m[0])) throw new Error(`postbuild: a CSS string holds {};,: — ${m[0]}`);
  }
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** The share module (scripts/share.js) with the QR code generator it uses (npm
 * `qrcode-generator`, MIT, its licence kept) in front of it, minified: an ES module
 * (`module`), or the body of the single-file build's inline script, where its exports
 * become `globalThis.__pupCheckShare`. */
export async function shareModule(module) {
  const qrPath = new URL('../node_modules/qrcode-generator/dist/qrcode.mjs', import.meta.url);
  const qr = readFileSync(qrPath, 'utf8')
    .replace(/^export default qrcode;$/m, '')
    .replace(/^export const stringToBytes = .*$/m, '')
    .replace(/^export const qrcode = /m, 'const qrcode = ');
  if (/^export /m.test(qr)) throw new Error('postbuild: qrcode-generator has an export this build does not expect');
  let share = readFileSync(new URL('./share.js', import.meta.url), 'utf8');
  if (!module) {
    share = share.replace(/^export (async function|function) /gm, '$1 ')
      + '\nglobalThis.__pupCheckShare = { encode, decode, qr, share, mount, speak };\n';
  }
  const licence = '/*! qrcode-generator 2.0.4 (c) Kazuhiko Arase, MIT licence: https://github.com/kazuhikoarase/qrcode-generator */\n';
  const out = await minify(`${qr}\n${share}`, { module, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  return licence + out.code;
}

/** A Fluent file without its comment lines (the app never shows them). */
export function stripFluentComments(text) {
  return text
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n');
}

export async function postbuild(dir) {
  const indexPath = join(dir, 'index.html');
  let html = readFileSync(indexPath, 'utf8');
  const names = appFiles(dir);
  await shrinkGlue(dir, names);

  // Earlier outputs of this script (when run twice on the same directory).
  for (const f of listFiles(dir)) {
    if (/^(boot|pup-check|pup-check-host)-[0-9a-f]{16}\.(js|css)$/.test(f) || /\.(br|gz)$/.test(f)) unlinkSync(join(dir, f));
  }

  // 1. The two inline scripts (marked data-pup, so that a second run replaces them); no
  //    other inline script may be there (Trunk writes none with pattern_script = "").
  html = html.replace(/<script data-pup[^>]*>[\s\S]*?<\/script>\s*/g, '');
  if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
    throw new Error('postbuild: an unknown inline script is in index.html; the CSP would block it');
  }
  if (/\sstyle="/.test(html)) {
    throw new Error('postbuild: a style="…" attribute is in index.html; the CSP would block it');
  }
  const early = await minifyJs(readFileSync(new URL('./early.js', import.meta.url), 'utf8'), false);
  const boot = await minifyJs(BOOT(names), true);
  for (const [name, text] of [['early.js', early], ['the loader', boot]]) {
    if (/<\/script|<!--/i.test(text)) throw new Error(`postbuild: ${name} holds "</script" or "<!--"`);
  }
  html = html.replace(/<\/body>/, `<script data-pup="early">${early}</script>\n<script data-pup="boot" type="module">${boot}</script>\n</body>`);

  // 2. The inlined CSS without its comments and spaces (they are the larger part of the page's
  //    bytes before the first paint; decision 76), then the policy, first thing in <head> so
  //    that it covers everything after it.
  html = html.replace(/<style([^>]*)>([\s\S]*?)<\/style>/g, (_, attrs, css) => `<style${attrs}>${minifyCss(css)}</style>`);
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  const scripts = [...html.matchAll(/<script data-pup[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const hash = (s) => `'sha256-${sha64(s)}'`;
  const policy = csp(styles.map(hash), scripts.map(hash));
  html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '');
  html = html.replace(/<link data-pup="preload"[^>]*>\s*/g, '');
  // The wasm is asked for from <head> (the preload scanner sees the link in the page's first
  // bytes), not when the loader at the end of <body> runs once the page has been parsed: on
  // Slow 4G its request leaves ≈ 50 ms sooner (docs/decisions.md 76). The loader's fetch()
  // (mode cors, credentials same-origin) takes this response: `crossorigin` (anonymous) is
  // what makes the preload match the fetch(). Not the JS (modulepreload): parsing it before
  // the first paint delayed the paint by ≈ 30 ms on a fast network.
  const preload = `<link data-pup="preload" rel="preload" href="./${names.wasm}" as="fetch" type="application/wasm" crossorigin>\n  `;
  html = html.replace(/<head>\s*/, `<head>\n  <meta http-equiv="Content-Security-Policy" content="${policy}">\n  ${preload}`);
  writeFileSync(indexPath, html);

  // 3. Embedding: the app's CSS (every inlined block but the page's own, which is the first:
  //    styles/page.css), the host's print rules, and embed.js.
  const appCss = styles.slice(1).join('\n');
  const css = `pup-check-${sha(appCss).slice(0, 16)}.css`;
  writeFileSync(join(dir, css), appCss);
  const hostCss = `pup-check-host-${sha(HOST_CSS).slice(0, 16)}.css`;
  writeFileSync(join(dir, hostCss), HOST_CSS);
  writeFileSync(join(dir, 'embed.js'), EMBED({ ...names, css, hostCss }));
  // The share module of the result page (issue 25; stable name, like embed.js).
  writeFileSync(join(dir, 'share.js'), await shareModule(true));

  // 4. The service worker, listing every file of the build.
  for (const f of listFiles(dir).filter((f) => /^i18n\/[a-z-]+\.ftl$/.test(f))) {
    const text = readFileSync(join(dir, f), 'utf8');
    writeFileSync(join(dir, f), stripFluentComments(text));
  }

  const files = listFiles(dir).filter((f) => f !== 'sw.js').sort();
  const version = sha(files.map((f) => `${f} ${sha(readFileSync(join(dir, f)))}`).join('\n')).slice(0, 16);
  const sw = readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8')
    .replace('__VERSION__', version)
    .replace('__FILES__', JSON.stringify(['./', ...files.map((f) => `./${f}`)]));
  writeFileSync(join(dir, 'sw.js'), sw);

  // 6. The pre-compressed copies.
  //    Not pup-config.json: the office edits it on the server, and a server that sends the
  //    pre-compressed copy as it is would keep sending the build's empty configuration.
  for (const f of listFiles(dir).filter((f) => f !== 'pup-config.json')) {
    const raw = readFileSync(join(dir, f));
    writeFileSync(join(dir, `${f}.br`), brotliCompressSync(raw, {
      params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    }));
    writeFileSync(join(dir, `${f}.gz`), gzipSync(raw, { level: 9 }));
  }
  return { version, files, policy };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR || 'dist';
  const { version, files } = await postbuild(dir);
  console.log(`postbuild: ${dir}: inline scripts, CSP meta, embed.js, sw.js (cache ${version}, ${files.length + 1} entries), .br and .gz copies`);
}
