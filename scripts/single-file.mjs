// Single-file build: one self-contained .html holding the app, its wasm and its styles, that
// works when opened from file:// (a kiosk, a USB stick). It fetches nothing.
//   node scripts/single-file.mjs [DIST] [OUT] [CONFIG]
//   (defaults: dist, dist-single/pup-check.html; CONFIG: an office configuration JSON file,
//    baked in as data-config — see docs/embedding.md; default: DIST/pup-config.json)
// `make single` builds the release first. The file runs under its own strict CSP: the one
// inline script and the inline styles are allowed by their SHA-256 hashes.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { appFiles, shareModule } from './postbuild.mjs';

const dist = process.argv[2] || 'dist';
const out = process.argv[3] || 'dist-single/pup-check.html';
const configPath = process.argv[4] || join(dist, 'pup-config.json');

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const { js: jsName, wasm: wasmName } = appFiles(dist);
if (readdirSync(dist).includes('snippets')) throw new Error('single-file: wasm-bindgen snippets are not supported');

// wasm-bindgen's ES module, made the body of the one inline module: its exports become
// local names (nothing is imported: no file can be fetched from file://).
let js = readFileSync(join(dist, jsName), 'utf8');
if (/(^|[;}\s])import(\s+[{*\w"']|\s*[{*"'])/.test(js)) throw new Error('single-file: the wasm-bindgen module imports other files');
// The module's exports become plain names (the build minifies it: `export{N as initSync,…}`
// on one line; unminified: `export { initSync };` and `export default __wbg_init;`).
const exported = {};
js = js
  .replace(/(^|[;}\s])export\s*\{([^}]*)\};?/g, (_, before, list) => {
    for (const item of list.split(',').map((x) => x.trim()).filter(Boolean)) {
      const [local, name = local] = item.split(/\s+as\s+/);
      exported[name] = local;
    }
    return before;
  })
  .replace(/(^|[;}\s])export default ([\w$]+);?/, (_, before, local) => {
    exported.default = local;
    return before;
  })
  .replace(/^export (async function|function|class|const|let|var) /gm, '$1 ');
if (/(^|[;}\s])export[\s{]/.test(js)) throw new Error('single-file: an export is left in the wasm-bindgen module');
if (!exported.initSync) throw new Error('single-file: the wasm-bindgen module exports no initSync');
const wasm = readFileSync(join(dist, wasmName)).toString('base64');
// The share module of the result page (issue 25), here in the one script: it cannot be
// imported from file://. It sets globalThis.__pupCheckShare, which the app looks for first.
const share = await shareModule(false);
if (/<\/script|<!--/i.test(share)) throw new Error('single-file: the share module holds "</script" or "<!--"');
const script = `${share}
${js}
const bytes = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));
${exported.initSync}({ module: bytes });
`;

// The inlined style blocks of the build, in order.
const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
if (styles.length === 0) throw new Error('single-file: no inlined styles in index.html');

const hash = (s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const csp = [
  "default-src 'none'",
  `script-src ${hash(script)} 'wasm-unsafe-eval'`,
  `style-src ${styles.map(hash).join(' ')}`,
  'img-src data:',
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// The office configuration, as the JSON text of data-config on #app.
const attr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
let config = '';
if (existsSync(configPath)) {
  const text = JSON.stringify(JSON.parse(readFileSync(configPath, 'utf8')));
  config = ` data-config="${attr(text)}"`;
}

// The body of the built page (pre-rendered start page), without any script.
const body = html
  .match(/<body[^>]*>([\s\S]*)<\/body>/)[1]
  .replace(/<script[\s\S]*?<\/script>/g, '')
  .replace('<div id="app" class="pup-app"', `<div id="app" class="pup-app"${config}`);
if (!body.includes('id="app"')) throw new Error('single-file: no #app in the built page');
// The languages the app fetches when chosen (dist/i18n/*.ftl), carried inline as data
// blocks (never run, so the CSP does not concern them); src/app/i18n.rs reads them first.
const i18nDir = join(dist, 'i18n');
const languages = existsSync(i18nDir)
  ? readdirSync(i18nDir)
      .filter((f) => f.endsWith('.ftl'))
      .map((f) => {
        const text = readFileSync(join(i18nDir, f), 'utf8');
        // Only "</script" (any case) or "<!--" could end or upset a data block; the marks of
        // Polish words ("<pl>…</pl>") cannot.
        if (/<\/script|<!--/i.test(text)) throw new Error(`single-file: ${f} holds "</script" or "<!--"`);
        return `<script type="text/x-fluent" id="pup-i18n-${f.replace('.ftl', '')}">${text}</script>`;
      })
  : [];
// The rules' source sentences, read with the result (src/app/platform/quotes.rs).
const quotesFile = join(i18nDir, 'quotes.txt');
if (existsSync(quotesFile)) {
  const text = readFileSync(quotesFile, 'utf8');
  if (/<\/script|<!--/i.test(text)) throw new Error('single-file: quotes.txt holds "</script" or "<!--"');
  languages.push(`<script type="text/plain" id="pup-quotes">${text}</script>`);
}
const lang = (html.match(/<html lang="([^"]+)"/) || [])[1] || 'pl';
const title = (html.match(/<title>([\s\S]*?)<\/title>/) || [])[1] || '';
const page = `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${title}</title>
${styles.map((s) => `<style>${s}</style>`).join('\n')}
<link rel="icon" href="data:,">
</head>
<body>${body}${languages.join('\n')}<script type="module">${script}</script></body>
</html>
`;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, page);
console.log(`single-file: ${out} (${(page.length / 1024).toFixed(0)} KiB)`);
