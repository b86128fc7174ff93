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
