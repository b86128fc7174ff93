// A tiny static file server for dist/ on 127.0.0.1 (tests and the benchmark).
import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Serves `root` on 127.0.0.1 (a free port); resolves to { url, close }. A file's
 * pre-compressed copy written by the build (`file.br`, `file.gz`: scripts/postbuild.mjs) is
 * sent as it is to a client that accepts it, brotli first, as nginx's brotli_static and
 * gzip_static do (docs/deploy.md); `encodings` limits which (e.g. ['gzip']). With `gzip`, bodies
 * are gzip-compressed for clients that accept it, compressed once when the server starts, as
 * a production server serves pre-compressed files (nginx `gzip_static`, a CDN): compressing
 * on every request would put the server's own work (≈ 50 ms for the wasm on this machine)
 * into the page's timings. */
export async function serve(root, { gzip = false, encodings = ['br', 'gzip'] } = {}) {
  const base = resolve(root);
  const compressed = new Map();
  if (gzip) {
    for (const entry of await readdir(base, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = join(entry.parentPath ?? entry.path, entry.name);
      compressed.set(file, gzipSync(await readFile(file), { level: 9 }));
    }
  }
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', vary: 'Accept-Encoding' };
      const accepted = req.headers['accept-encoding'] ?? '';
      for (const [enc, ext] of [['br', '.br'], ['gzip', '.gz']]) {
        if (!encodings.includes(enc) || !new RegExp(`\\b${enc}\\b`).test(accepted)) continue;
        const pre = await readFile(file + ext).catch(() => null);
        if (pre) {
          headers['content-encoding'] = enc;
          res.writeHead(200, headers);
          res.end(pre);
          return;
        }
      }
      let body = await readFile(file);
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = compressed.get(file) ?? gzipSync(body, { level: 9 });
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}
