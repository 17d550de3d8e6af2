import { describe, expect, it } from 'vitest';
import { redactUrl, redactUrls } from '../../../src/text/redact.js';

describe('redactUrl', () => {
  it.each([
    ['http://user:hunter2@feeds.example.com/rss', 'http://***@feeds.example.com/rss'],
    ['https://feeds.example.com/rss?token=abc123&page=2', 'https://feeds.example.com/rss?token=***&page=2'],
    [
      'https://feeds.example.com/rss?api_key=k&sig=s&password=p&secret=x&access_token=t',
      'https://feeds.example.com/rss?api_key=***&sig=***&password=***&secret=***&access_token=***',
    ],
    ['https://feeds.example.com/rss?monkey=1&keyword=deal', 'https://feeds.example.com/rss?monkey=1&keyword=deal'],
    ['https://feeds.example.com/rss?utm_source=x', 'https://feeds.example.com/rss?utm_source=x'],
    ['not a url', 'not a url'],
  ])('%s → %s', (input, expected) => {
    expect(redactUrl(input)).toBe(expected);
  });
});

describe('redactUrls', () => {
  it('hides secrets of every URL inside a message, keeping the punctuation after it', () => {
    expect(redactUrls('fetcher: redirect loop starting at https://x.example/f?key=SECRET. Giving up; see http://u:pw@y.example/.')).toBe(
      'fetcher: redirect loop starting at https://x.example/f?key=***. Giving up; see http://***@y.example/.',
    );
    expect(redactUrls('no URL here')).toBe('no URL here');
  });
});
