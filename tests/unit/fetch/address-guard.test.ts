import { describe, expect, it } from 'vitest';
import { assertPublicUrl, FetchError, isPublicAddress } from '../../../src/fetch/index.js';

describe('isPublicAddress', () => {
  const table: Array<[string, boolean]> = [
    ['8.8.8.8', true],
    ['93.184.216.34', true],
    ['1.1.1.1', true],
    ['127.0.0.1', false],
    ['127.255.255.254', false],
    ['10.0.0.5', false],
    ['172.16.0.1', false],
    ['172.31.255.255', false],
    ['172.32.0.1', true],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['100.127.255.255', false],
    ['100.128.0.1', true],
    ['0.0.0.0', false],
    ['0.1.2.3', false],
    ['224.0.0.1', false],
    ['239.255.255.250', false],
    ['240.0.0.1', false],
    ['255.255.255.255', false],
    ['192.0.2.10', false],
    ['198.18.0.1', false],
    ['2606:4700:4700::1111', true],
    ['2001:4860:4860::8888', true],
    ['::1', false],
    ['::', false],
    ['fc00::1', false],
    ['fd12:3456:789a::1', false],
    ['fe80::1', false],
    ['fe80::1%eth0', false],
    ['ff02::1', false],
    ['2001:db8::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:7f00:1', false],
    ['::ffff:169.254.169.254', false],
    ['::ffff:10.0.0.1', false],
    ['::ffff:8.8.8.8', true],
    ['64:ff9b::a00:1', false],
    ['64:ff9b::808:808', true],
    ['2002:7f00:1::1', false],
    ['[::1]', false],
    ['0x7f000001', false],
    ['localhost', false],
    ['', false],
    ['1.2.3', false],
    ['256.1.1.1', false],
  ];
  it.each(table)('%s → %s', (ip, expected) => {
    expect(isPublicAddress(ip)).toBe(expected);
  });
});

describe('assertPublicUrl', () => {
  const lookup = (map: Record<string, string[]>) => async (host: string) =>
    (map[host] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

  it.each([
    'http://127.0.0.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]/',
    'http://0x7f000001/',
    'http://2130706433/',
    'http://[::ffff:127.0.0.1]/',
  ])('refuses literal %s', async (url) => {
    await expect(assertPublicUrl(url, lookup({}))).rejects.toMatchObject({ code: 'blocked-address' });
  });

  it('refuses a name resolving to a private address, with an actionable message', async () => {
    const error = await assertPublicUrl('https://example.internal/feed', lookup({ 'example.internal': ['10.0.0.5'] })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).message).toContain(
      'refused: example.internal resolves to private address 10.0.0.5 (an operator can allow it with security.allow_private_feed_urls)',
    );
  });

  it('refuses when any of several answers is private', async () => {
    await expect(assertPublicUrl('https://mixed.example/', lookup({ 'mixed.example': ['93.184.216.34', '192.168.0.2'] }))).rejects.toMatchObject({
      code: 'blocked-address',
    });
  });

  it('accepts a name resolving to public addresses only', async () => {
    await expect(assertPublicUrl('https://news.example/rss', lookup({ 'news.example': ['93.184.216.34', '2606:2800:220:1::1'] }))).resolves.toBeUndefined();
  });

  it('rejects non-http schemes and garbage as invalid-url', async () => {
    await expect(assertPublicUrl('file:///etc/passwd', lookup({}))).rejects.toMatchObject({ code: 'invalid-url' });
    await expect(assertPublicUrl('not a url', lookup({}))).rejects.toMatchObject({ code: 'invalid-url' });
  });

  it('reports lookup failures as dns', async () => {
    const failing = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND nope.example'), { code: 'ENOTFOUND' });
    };
    await expect(assertPublicUrl('https://nope.example/', failing)).rejects.toMatchObject({ code: 'dns' });
  });
});
