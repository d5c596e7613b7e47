/**
 * A book's identity and its file's name: a UUID derived from the story's key (the same story gives
 * the same identifier every time, so an e-reader replaces the book instead of adding a second one)
 * and a file name every OS accepts.
 */

/** SHA-1 of bytes (for the name-based UUID; not for security). */
function sha1(msg: Uint8Array): Uint8Array {
  const len = msg.length;
  const words = new Uint32Array((((len + 8) >> 6) + 1) * 16);
  for (let i = 0; i < len; i++) words[i >> 2] |= msg[i] << (24 - (i % 4) * 8);
  words[len >> 2] |= 0x80 << (24 - (len % 4) * 8);
  words[words.length - 1] = len * 8;
  let [a, b, c, d, e] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Uint32Array(80);
  for (let block = 0; block < words.length; block += 16) {
    for (let t = 0; t < 16; t++) w[t] = words[block + t];
    for (let t = 16; t < 80; t++) {
      const x = w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16];
      w[t] = (x << 1) | (x >>> 31);
    }
    let [A, B, C, D, E] = [a, b, c, d, e];
    for (let t = 0; t < 80; t++) {
      const f = t < 20 ? (B & C) | (~B & D) : t < 40 ? B ^ C ^ D : t < 60 ? (B & C) | (B & D) | (C & D) : B ^ C ^ D;
      const k = t < 20 ? 0x5a827999 : t < 40 ? 0x6ed9eba1 : t < 60 ? 0x8f1bbcdc : 0xca62c1d6;
      const tmp = (((A << 5) | (A >>> 27)) + f + E + k + w[t]) >>> 0;
      [E, D, C, B, A] = [D, C, (B << 30) | (B >>> 2), A, tmp];
    }
    [a, b, c, d, e] = [(a + A) >>> 0, (b + B) >>> 0, (c + C) >>> 0, (d + D) >>> 0, (e + E) >>> 0];
  }
  const out = new Uint8Array(20);
  [a, b, c, d, e].forEach((v, i) => {
    out[i * 4] = v >>> 24;
    out[i * 4 + 1] = (v >>> 16) & 0xff;
    out[i * 4 + 2] = (v >>> 8) & 0xff;
    out[i * 4 + 3] = v & 0xff;
  });
  return out;
}

/** RFC 4122's URL namespace: the name hashed is an Inkwell URI of the story's key. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** A version 5 (name-based) UUID, RFC 4122. */
export function uuidV5(name: string, namespace = URL_NAMESPACE): string {
  const ns = namespace
    .replace(/-/g, '')
    .match(/../g)!
    .map((h) => parseInt(h, 16));
  const bytes = new TextEncoder().encode(name);
  const input = new Uint8Array(16 + bytes.length);
  input.set(ns);
  input.set(bytes, 16);
  const hash = sha1(input).slice(0, 16);
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = Array.from(hash, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The book's identifier: the same for every download of the same story. */
export function bookIdentifier(storyId: string): string {
  return `urn:uuid:${uuidV5(`inkwell:story:${storyId}`)}`;
}

// Windows' device names, reserved with any extension ("CON.epub" is still the console).
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/** At most `max` UTF-8 bytes, cut between characters, never inside one. */
function clip(s: string, max: number): string {
  if (utf8Length(s) <= max) return s;
  let out = '';
  let bytes = 0;
  for (const ch of s) {
    const n = utf8Length(ch);
    if (bytes + n > max) break;
    out += ch;
    bytes += n;
  }
  return out.trimEnd();
}

/** One piece of a file name: no path separators, no characters Windows refuses, no controls or direction overrides. */
function cleanPart(s: string): string {
  return (
    s
      .normalize('NFC')
      .replace(/\s+/g, ' ')
      // Controls, and the invisible marks that can make "kcah.exe" read as something else.
      .replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '')
      .replace(/ *: +/g, ' - ')
      .replace(/[\\/:|]/g, '-')
      .replace(/[<>"?*]/g, '')
      .replace(/ +/g, ' ')
      .trim()
  );
}

/**
 * `Title - author.epub`, safe on every OS: Windows' reserved characters and device names, no
 * leading or trailing dots or spaces, no controls; at most 150 bytes (filesystems allow 255, and a
 * browser may add " (1)").
 */
export function bookFileName(title: string, author: string, ext: string): string {
  const t = clip(cleanPart(title), 100) || 'Untitled';
  const a = clip(cleanPart(author), 40);
  let base = (a ? `${t} - ${a}` : t).replace(/^[.\s-]+/, '').replace(/[.\s]+$/, '') || 'Untitled';
  if (RESERVED.test(base.split('.')[0].trim())) base = `_${base}`;
  return `${base}.${ext}`;
}
