// The answers in a link and a QR code (issue 25), and sharing the link. Not part of the app's
// first visit: the result page imports it (src/app/platform/share.rs), from `share.js` of the
// build, which scripts/postbuild.mjs writes from this file with the QR code generator
// (npm `qrcode-generator`, MIT) in front of it as `qrcode`; the single-file build carries
// both inline (scripts/single-file.mjs). Nothing here talks to a server: the answers travel
// only in the URL's fragment (`#…`), which browsers never send.
//
// A code: `a1.` + base64url(deflate-raw(UTF-8 JSON)), where the JSON is
// `{ "v": 1, "pesel": true|false, "answers": { …the answers file… } }` without null fields
// (a missing field means "not answered", as in the answers file). `a1` is the link format's
// version; the answers carry their own `format`.

const PREFIX = 'a1.';

/** Bytes → base64url without padding. */
function toBase64url(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url → bytes; throws on a character that is not one. */
function fromBase64url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('the code holds a character a link code never has');
  const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

async function through(bytes, stream) {
  const out = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

/** The value without its null fields (arrays are kept as they are: [] means "none"). */
function withoutNulls(v) {
  if (Array.isArray(v)) return v.map(withoutNulls);
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, x] of Object.entries(v)) if (x !== null) out[k] = withoutNulls(x);
    return out;
  }
  return v;
}

/** The code of a payload (its JSON text): `a1.…`. */
export async function encode(json) {
  const compact = JSON.stringify(withoutNulls(JSON.parse(json)));
  const packed = await through(new TextEncoder().encode(compact), new CompressionStream('deflate-raw'));
  return PREFIX + toBase64url(packed);
}

/** The payload's JSON text of a code; throws, with the reason, when it is not one. */
export async function decode(code) {
  if (!code.startsWith(PREFIX)) throw new Error('not a code of this checker, or of another version of it');
  let bytes;
  try {
    bytes = await through(fromBase64url(code.slice(PREFIX.length)), new DecompressionStream('deflate-raw'));
  } catch (e) {
    throw new Error(`the code is damaged (${e.message})`);
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The QR code of `text` as an image address (a GIF data: URL), or '' when it does not fit in
 * one code. */
export function qr(text) {
  try {
    // eslint-disable-next-line no-undef
    const code = qrcode(0, 'L');
    code.addData(text, 'Byte');
    code.make();
    return code.createDataURL(4, 16);
  } catch {
    return '';
  }
}

/** Shares the link (the phone's share sheet where the browser has one), else copies it to the
 * clipboard: 'shared', 'copied', 'cancelled' or 'failed'. */
export async function share(url, title) {
  if (navigator.share) {
    try {
      await navigator.share({ url, title });
      return 'shared';
    } catch (e) {
      if (e && e.name === 'AbortError') return 'cancelled';
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'failed';
  }
}

/** Draws the code for `payload` into `box` (the result page's "Zabierz wynik" section, drawn
 * by the app): the QR code, and — not in a kiosk — the link and the share button. `base`: the
 * address the link starts from; `t`: the texts in the page's language (`qrAlt`, `open`,
 * `share`, `shared`, `copied`, `failed`, `tooLong`, `cannot`). */
export async function mount(box, payload, base, kiosk, t) {
  const doc = box.ownerDocument;
  const el = (tag, attrs = {}, text = '') => {
    const e = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text) e.textContent = text;
    return e;
  };
  let link;
  try {
    link = `${base}#${await encode(payload)}`;
  } catch (e) {
    console.warn('pup-check: the link code:', e.message);
    box.replaceChildren(el('p', { id: 'take-along-failed' }, t.cannot));
    return;
  }
  const parts = [];
  const image = qr(link);
  if (image) {
    parts.push(el('img', { class: kiosk ? 'take-along__qr take-along__qr--large' : 'take-along__qr', id: 'take-along-qr', src: image, alt: t.qrAlt }));
  } else {
    parts.push(el('p', { id: 'take-along-too-long' }, t.tooLong));
  }
  // A kiosk shows the code only: no link away from it, nothing shared from a shared device.
  if (!kiosk) {
    const p = el('p', { class: 'no-print' });
    p.append(el('a', { id: 'take-along-link', href: link }, t.open));
    const told = el('p', { class: 'no-print', role: 'status', id: 'take-along-told' });
    const button = el('button', { type: 'button', class: 'button button--secondary', id: 'take-along-share' }, t.share);
    button.addEventListener('click', async () => {
      const outcome = await share(link, doc.title);
      told.textContent = { shared: t.shared, copied: t.copied, cancelled: '' }[outcome] ?? t.failed;
    });
    const buttons = el('div', { class: 'no-print' });
    buttons.append(button);
    parts.push(p, buttons, told);
  }
  box.replaceChildren(...parts);
}

/** Reads the page aloud: the visible headings, hints, legends, option labels, paragraphs and
 * list items under `root` (not a closed "Dlaczego?", not the buttons), in language `lang`
 * (a BCP 47 tag), from the start. */
export function speak(root, lang) {
  const synthesis = globalThis.speechSynthesis;
  if (!synthesis) return;
  synthesis.cancel();
  const texts = [];
  for (const e of root.querySelectorAll('h1, h2, h3, legend, label, .hint, p, li, dt, dd')) {
    if (e.offsetParent === null) continue;
    if (e.closest('details:not([open]) > :not(summary), button, .read-aloud, .visually-hidden')) continue;
    if (e.parentElement?.closest('li, p, label, legend, dd')) continue;
    const text = e.innerText.split(/\s+/).filter(Boolean).join(' ');
    if (text && texts.at(-1) !== text) texts.push(text);
  }
  for (const text of texts) {
    const u = new SpeechSynthesisUtterance(text);
    u.lang = lang;
    synthesis.speak(u);
  }
}
