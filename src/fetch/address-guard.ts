// SSRF guard for feeds added from chat (issue 6). A chat user must not be able to make
// the bot read cloud metadata (169.254.169.254), localhost admin ports or the office LAN.
// The check runs on the address the socket actually connects to (see createGuardedLookup),
// so a DNS answer that changes between check and connect (rebinding) cannot slip through.
import { promises as dnsPromises, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { FetchError } from './fetch-error.js';

/** DnsLookup resolves a host name to all its addresses. Injectable so tests can map names to loopback. */
export type DnsLookup = (hostname: string) => Promise<readonly LookupAddress[]>;

/** AddressPolicy decides whether an IP may be connected to; the default is isPublicAddress. */
export type AddressPolicy = (ip: string) => boolean;

export const systemLookup: DnsLookup = (hostname) => dnsPromises.lookup(hostname, { all: true, verbatim: true });

// IANA IPv4 special-purpose registry entries that are not reachable public unicast.
const blockedV4: ReadonlyArray<readonly [string, number]> = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // RFC 1918
  ['100.64.0.0', 10], // CGNAT, RFC 6598
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, includes cloud metadata 169.254.169.254
  ['172.16.0.0', 12], // RFC 1918
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // TEST-NET-1
  ['192.88.99.0', 24], // deprecated 6to4 relay anycast
  ['192.168.0.0', 16], // RFC 1918
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // TEST-NET-2
  ['203.0.113.0', 24], // TEST-NET-3
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, includes broadcast 255.255.255.255
];

function parseV4(ip: string): number | null {
  const parts = ip.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const octet = Number(part);
    if (octet > 255) return null;
    value = value * 256 + octet;
  }
  return value;
}

function isPublicV4(ip: string): boolean {
  const value = parseV4(ip);
  if (value === null) return false;
  return !blockedV4.some(([base, bits]) => {
    const size = 2 ** (32 - bits);
    const start = parseV4(base) ?? 0;
    return value >= start && value < start + size;
  });
}

/** parseV6 expands an IPv6 address (optionally with a trailing dotted quad) to eight 16-bit groups. */
function parseV6(ip: string): number[] | null {
  let text = ip.toLowerCase();
  const zone = text.indexOf('%');
  if (zone !== -1) text = text.slice(0, zone);
  // Rewrite a trailing dotted quad (::ffff:1.2.3.4) as two hex groups, then parse uniformly.
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    const v4 = parseV4(text.slice(lastColon + 1));
    if (v4 === null) return null;
    text = `${text.slice(0, lastColon + 1)}${Math.floor(v4 / 65536).toString(16)}:${(v4 % 65536).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const toGroups = (s: string): number[] | null => {
    if (s === '') return [];
    const groups = s.split(':').map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN));
    return groups.some(Number.isNaN) ? null : groups;
  };
  const head = toGroups(halves[0] ?? '');
  const rest = halves.length === 2 ? toGroups(halves[1] ?? '') : [];
  if (head === null || rest === null) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - rest.length;
  if (missing < 1) return null;
  return [...head, ...new Array<number>(missing).fill(0), ...rest];
}

function embeddedV4(groups: number[], from: number): string {
  const a = groups[from] ?? 0;
  const b = groups[from + 1] ?? 0;
  return `${a >> 8}.${a & 255}.${b >> 8}.${b & 255}`;
}

function isPublicV6(ip: string): boolean {
  const g = parseV6(ip);
  if (g === null) return false;
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0] = g;
  // IPv4-mapped ::ffff:a.b.c.d — the kernel connects to the IPv4 address, so judge that.
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0xffff) return isPublicV4(embeddedV4(g, 6));
  // NAT64 well-known prefix 64:ff9b::/96 reaches the embedded IPv4 address.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return isPublicV4(embeddedV4(g, 6));
  // 6to4 2002::/16 embeds the IPv4 address in groups 1-2.
  if (g0 === 0x2002) return isPublicV4(embeddedV4(g, 1));
  // Only 2000::/3 is global unicast; this also excludes ::, ::1, fc00::/7, fe80::/10, ff00::/8.
  if ((g0 & 0xe000) !== 0x2000) return false;
  if (g0 === 0x2001 && g1 < 0x200) return false; // 2001::/23 IETF protocol assignments (Teredo, ORCHID…)
  if (g0 === 0x2001 && g1 === 0xdb8) return false; // documentation
  if (g0 === 0x3fff && g1 < 0x1000) return false; // 3fff::/20 documentation
  return true;
}

/**
 * isPublicAddress reports whether an IP literal is ordinary public unicast. Anything it cannot
 * parse is treated as not public, so the guard fails closed.
 */
export function isPublicAddress(ip: string): boolean {
  const bare = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  switch (isIP(bare)) {
    case 4:
      return isPublicV4(bare);
    case 6:
      return isPublicV6(bare);
    default:
      return false;
  }
}

function blockedError(hostname: string, ip: string): FetchError {
  const what = hostname === ip ? `address ${ip} is private` : `${hostname} resolves to private address ${ip}`;
  return new FetchError('blocked-address', `refused: ${what} (an operator can allow it with security.allow_private_feed_urls)`);
}

/** literalHost returns the URL's host as a bare IP when it is an IP literal, else null. */
export function literalHost(url: URL): string | null {
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  return isIP(host) === 0 ? null : host;
}

/** parseHttpUrl parses a feed URL and rejects anything but http(s). */
export function parseHttpUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    throw new FetchError('invalid-url', `invalid feed URL "${url.slice(0, 200)}"`, { cause: error });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new FetchError('invalid-url', `unsupported URL scheme "${parsed.protocol}" (only http and https)`);
  }
  if (parsed.username !== '' || parsed.password !== '') {
    // Never fetched, never stored: the password would end up in logs, errors and lists.
    throw new FetchError(
      'credentials-in-url',
      `feed URLs may not carry a user name or password (${parsed.host}); give the feed an Authorization header from the environment with feeds[].headers_from_env`,
    );
  }
  return parsed;
}

/**
 * assertLiteralAllowed checks IP-literal hosts, which never reach a lookup function
 * (node:net connects to literals directly). The WHATWG URL parser has already turned
 * forms like http://0x7f000001/ into 127.0.0.1.
 */
export function assertLiteralAllowed(url: URL, policy: AddressPolicy = isPublicAddress): void {
  const ip = literalHost(url);
  if (ip !== null && !policy(ip)) throw blockedError(ip, ip);
}

function checkAll(hostname: string, addresses: readonly LookupAddress[], policy: AddressPolicy): void {
  // Refuse if any answer is private: a name that mixes public and private records is suspect.
  const bad = addresses.find((a) => !policy(a.address));
  if (bad !== undefined) throw blockedError(hostname, bad.address);
}

/**
 * assertPublicUrl resolves the URL's host and throws FetchError 'blocked-address' if it is, or
 * resolves to, a non-public address. Useful for validating a URL when it is added; fetching
 * itself re-checks at connect time.
 */
export async function assertPublicUrl(url: string, lookup: DnsLookup = systemLookup, policy: AddressPolicy = isPublicAddress): Promise<void> {
  const parsed = parseHttpUrl(url);
  if (literalHost(parsed) !== null) return assertLiteralAllowed(parsed, policy);
  let addresses: readonly LookupAddress[];
  try {
    addresses = await lookup(parsed.hostname);
  } catch (error) {
    throw new FetchError('dns', `DNS lookup failed for ${parsed.hostname}`, { cause: error });
  }
  checkAll(parsed.hostname, addresses, policy);
}

/**
 * createConnectLookup adapts a DnsLookup to the callback shape node:net passes to `connect.lookup`.
 * With a policy it refuses non-public answers, so the address checked is the address connected.
 */
export function createConnectLookup(lookup: DnsLookup, policy: AddressPolicy | null): LookupFunction {
  return (hostname, options, callback) => {
    const onAddresses = (all: readonly LookupAddress[]): void => {
      try {
        if (policy !== null) checkAll(hostname, all, policy);
      } catch (error) {
        callback(error as NodeJS.ErrnoException, '', 0);
        return;
      }
      const family = options.family === 4 || options.family === 6 ? options.family : 0;
      const addresses = family === 0 ? all : all.filter((a) => a.family === family);
      const first = addresses[0];
      if (first === undefined) {
        const error = Object.assign(new Error(`no addresses for ${hostname}`), { code: 'ENOTFOUND', hostname });
        callback(error, '', 0);
      } else if (options.all === true) {
        // node:net asks for every address when autoSelectFamily (happy eyeballs) is on.
        (callback as unknown as (err: null, addresses: LookupAddress[]) => void)(null, [...addresses]);
      } else {
        callback(null, first.address, first.family);
      }
    };
    lookup(hostname).then(onAddresses, (error: unknown) => {
      callback(error as NodeJS.ErrnoException, '', 0);
    });
  };
}
