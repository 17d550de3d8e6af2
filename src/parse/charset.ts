// Picks the character encoding of a feed body and decodes it to a string.
//
// Rule (documented in docs/parsing.md):
// 1. A byte-order mark wins: it cannot occur by accident, and a server header that
//    disagrees with it is the usual mislabelling (as WHATWG and XML 1.0 appendix F say).
// 2. Otherwise candidates in order: the HTTP content-type charset, the XML declaration's
//    encoding, then UTF-8. Names iconv-lite does not know are skipped.
// 3. Labels lie. When the chosen label is UTF-8 but the bytes are not valid UTF-8, use the
//    other declared charset, else windows-1252 (the commonest real encoding of mislabelled
//    feeds, and a superset of ISO-8859-1 for printable text). When the chosen label is a
//    legacy charset but another declaration says UTF-8 and the bytes are valid UTF-8 with
//    non-ASCII bytes, UTF-8 wins: valid multibyte UTF-8 is almost never accidental.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export interface DecodedBody {
  readonly text: string;
  /** The encoding actually used, lower-case iconv-lite name. */
  readonly encoding: string;
}

const UTF8_NAMES = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

/** charsetFromContentType reads `charset=` from a content-type header value. */
export function charsetFromContentType(contentType: string | null): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
  return match?.[1] ? match[1].toLowerCase() : null;
}

/** charsetFromXmlDeclaration reads `encoding=` from the XML declaration, for any ASCII-compatible or UTF-16 body. */
export function charsetFromXmlDeclaration(body: Buffer): string | null {
  let head = body.subarray(0, 512);
  // UTF-16 without a BOM: look at every other byte so the declaration is still readable.
  if (head[0] === 0x3c && head[1] === 0x00) head = everyOther(head, 0);
  else if (head[0] === 0x00 && head[1] === 0x3c) head = everyOther(head, 1);
  const text = head.toString('latin1');
  const match = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(text);
  return match?.[1] ? match[1].toLowerCase() : null;
}

function everyOther(buf: Buffer, start: number): Buffer {
  const out = Buffer.alloc(Math.ceil((buf.length - start) / 2));
  for (let i = start, j = 0; i < buf.length; i += 2, j++) out[j] = buf[i] ?? 0;
  return out;
}

function bomEncoding(body: Buffer): { encoding: string; length: number } | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (body[0] === 0xff && body[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (body[0] === 0xfe && body[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function known(name: string | null): string | null {
  if (!name) return null;
  return iconv.encodingExists(name) ? name : null;
}

function isUtf8Name(name: string): boolean {
  return UTF8_NAMES.has(name);
}

function hasNonAscii(body: Buffer): boolean {
  for (const byte of body) if (byte >= 0x80) return true;
  return false;
}

/** chooseEncoding applies the rule above and returns the iconv-lite name to decode with. */
export function chooseEncoding(body: Buffer, contentType: string | null): string {
  const bom = bomEncoding(body);
  if (bom) return bom.encoding;
  const header = known(charsetFromContentType(contentType));
  const declared = known(charsetFromXmlDeclaration(body));
  // UTF-16 declared in an ASCII-looking body (no NUL bytes) is a lie a UTF-8 re-encoder left behind.
  const candidates = [header, declared].filter((name): name is string => name !== null && !(/^utf-?16/.test(name) && !body.subarray(0, 64).includes(0)));
  const first = candidates[0] ?? 'utf-8';
  const valid = isUtf8(body);
  if (isUtf8Name(first)) {
    if (valid) return 'utf-8';
    return candidates.find((name) => !isUtf8Name(name)) ?? 'windows-1252';
  }
  if (candidates.some(isUtf8Name) && valid && hasNonAscii(body)) return 'utf-8';
  return first;
}

/** decodeBody turns feed bytes into a string with no BOM, following chooseEncoding. */
export function decodeBody(body: Buffer, contentType: string | null): DecodedBody {
  const encoding = chooseEncoding(body, contentType);
  if (isUtf8Name(encoding)) {
    const start = bomEncoding(body)?.encoding === 'utf-8' ? 3 : 0;
    return { text: body.toString('utf8', start), encoding: 'utf-8' };
  }
  // iconv-lite strips a BOM by default.
  return { text: iconv.decode(body, encoding), encoding };
}
