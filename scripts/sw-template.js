// Service worker of the PUP check (written by scripts/postbuild.mjs for each build).
// Precaches every file of the build under a cache named after the build's content hash;
// a new build installs a new cache and deletes the old one, so files never mix.
// pup-config.json (the office's configuration, edited on the server) is fetched from the
// network first and falls back to the cached copy offline.
const CACHE = 'pup-check-__VERSION__';
const FILES = __FILES__;
const CONFIG = new URL('./pup-config.json', self.location).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // A file whose name carries its content hash (-<8 to 16 hex>) may come from the HTTP cache:
      // the page has just fetched it, and a phone need not download it twice. Any other
      // file ('reload'): never from the HTTP cache, which may hold another build's.
      .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/.test(f) ? 'default' : 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('pup-check-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.href.split('?')[0] === CONFIG) {
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        try {
          const fresh = await fetch(request, { cache: 'no-store' });
          if (fresh.ok) cache.put(CONFIG, fresh.clone());
          return fresh;
        } catch (e) {
          const hit = await cache.match(CONFIG);
          if (hit) return hit;
          throw e;
        }
      }),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
      if (hit) return hit;
      try {
        return await fetch(request);
      } catch (e) {
        if (request.mode === 'navigate') {
          const index = await cache.match('./');
          if (index) return index;
        }
        throw e;
      }
    }),
  );
});
