import { describe, expect, it } from 'vitest';
import { canonicalizeUrl, resolveUrl } from '../../../src/normalize/index.js';

describe('canonicalizeUrl', () => {
  it.each([
    ['strips utm_* and keeps other params in order', 'https://ex.com/a?b=2&utm_source=x&a=1&utm_medium=y', 'https://ex.com/a?b=2&a=1'],
    ['strips click ids', 'https://ex.com/?fbclid=1&gclid=2&dclid=3&msclkid=4&yclid=5&igshid=6&id=7', 'https://ex.com/?id=7'],
    ['strips mail and HubSpot params', 'https://ex.com/p?mc_cid=1&mc_eid=2&_hsenc=3&_hsmi=4', 'https://ex.com/p'],
    ['strips ref_src', 'https://twitter.com/x/status/1?ref_src=twsrc%5Etfw', 'https://twitter.com/x/status/1'],
    ['tracking names are case-insensitive', 'https://ex.com/?UTM_Source=a&FBCLID=b&q=1', 'https://ex.com/?q=1'],
    ['drops the fragment', 'https://ex.com/a#section-2', 'https://ex.com/a'],
    ['lowercases scheme and host, keeps path case', 'HTTPS://News.Example.COM/Path/To', 'https://news.example.com/Path/To'],
    ['removes default ports', 'http://ex.com:80/a', 'http://ex.com/a'],
    ['removes default https port', 'https://ex.com:443/a', 'https://ex.com/a'],
    ['keeps other ports', 'https://ex.com:8443/a', 'https://ex.com:8443/a'],
    ['keeps param encoding as published', 'https://ex.com/s?q=a+b&r=%2F&utm_term=x', 'https://ex.com/s?q=a+b&r=%2F'],
    ['keeps valueless params', 'https://ex.com/s?amp&utm_campaign=x', 'https://ex.com/s?amp'],
    ['drops an empty query', 'https://ex.com/s?', 'https://ex.com/s'],
    ['drops empty pairs', 'https://ex.com/s?a=1&&utm_source=x&', 'https://ex.com/s?a=1'],
    ['trims whitespace', '  https://ex.com/a  ', 'https://ex.com/a'],
    ['a relative string comes back without fragment', '/a/b#c', '/a/b'],
  ] as const)('%s', (_name, input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });
});

describe('resolveUrl', () => {
  it.each([
    ['relative path', '/a/1', 'https://ex.com/blog/', 'https://ex.com/a/1'],
    ['relative file', 'post.html', 'https://ex.com/blog/', 'https://ex.com/blog/post.html'],
    ['protocol-relative', '//cdn.ex.com/x', 'https://ex.com/', 'https://cdn.ex.com/x'],
    ['already absolute', 'http://other.com/x', 'https://ex.com/', 'http://other.com/x'],
    ['relative without base', '/a/1', null, null],
    ['javascript: is refused', 'javascript:alert(1)', 'https://ex.com/', null],
    ['blank', '   ', 'https://ex.com/', null],
    ['null', null, 'https://ex.com/', null],
  ] as const)('%s', (_name, href, base, expected) => {
    expect(resolveUrl(href, base)).toBe(expected);
  });
});
