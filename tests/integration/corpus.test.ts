// Runs every feed in ../shared/corpus/feeds through parseFeed and normalizeItem, and checks
// item counts and titles against the expected output shipped with rss-parser and feed-rs.
// The corpus is read in place (never copied into the project); see ../shared/README.md.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { describeShared, hasSharedData } from '../helpers/shared-data.js';
import { htmlToPlainText, normalizeItem } from '../../src/normalize/index.js';
import { ParseError, parseFeed } from '../../src/parse/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpusRoot = path.resolve(repoRoot, '../shared/corpus/feeds');

/**
 * Inputs whose expected output we deliberately do not match, with the reason.
 * Keyed by path relative to corpusRoot.
 */
const EXPECTED_ERRORS: Readonly<Record<string, string>> = {
  // A standalone Atom *entry* document (RFC 4287 section 4.1.2), not a feed. feed-rs reads it as a
  // one-entry feed; a poller is never served one, so we report not-a-feed instead.
  'feed-rs/feed-rs/fixture/atom/atom_entry_1.xml': 'not-a-feed',
};

interface Expected {
  readonly source: string;
  readonly titles: readonly (string | null)[];
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [full];
    });
}

/** isInput tells feeds from expected-output JSON, licences and notes. */
function isInput(relative: string): boolean {
  const base = path.basename(relative);
  if (/^(LICENSE|COPYING|README)/i.test(base)) return false;
  if (relative.startsWith('rss-parser/') && relative.includes('/output/')) return false;
  if (base.endsWith('.serde.json')) return false;
  return /\.(xml|rss|atom|rdf|json|html?|gz)$/i.test(base);
}

function titleOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'content' in value && typeof value.content === 'string') return value.content;
  return null;
}

/** expectedFor finds the expected item titles that rss-parser or feed-rs ship for an input. */
function expectedFor(file: string): Expected | null {
  const rssParser = file.replace(`${path.sep}input${path.sep}`, `${path.sep}output${path.sep}`).replace(/\.[^.]+$/, '.json');
  if (file.includes(`rss-parser${path.sep}`) && rssParser !== file && existsSync(rssParser)) {
    const doc = JSON.parse(readFileSync(rssParser, 'utf8')) as { feed?: { items?: { title?: unknown }[] } };
    return { source: 'rss-parser', titles: (doc.feed?.items ?? []).map((item) => titleOf(item.title)) };
  }
  const feedRs = file.replace(/\.[^.]+$/, '.serde.json');
  if (file.includes(`feed-rs${path.sep}`) && existsSync(feedRs)) {
    const doc = JSON.parse(readFileSync(feedRs, 'utf8')) as { entries?: { title?: unknown }[] };
    return { source: 'feed-rs', titles: (doc.entries ?? []).map((entry) => titleOf(entry.title)) };
  }
  return null;
}

/** comparable decodes entities, drops tags and collapses whitespace, so both sides say the same thing. */
function comparable(title: string | null): string {
  if (title === null) return '';
  return htmlToPlainText(title).replace(/\s+/g, ' ').trim();
}

function mojibakePattern(title: string): RegExp {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\uFFFD/g, '.');
  return new RegExp(`^${escaped}$`, 'u');
}

function readInput(file: string): Buffer {
  const bytes = readFileSync(file);
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
}

describeShared('feed corpus: every feed of ../shared/corpus/feeds parses as its expected output says', () => {
  // Suites are collected even when skipped, so the walk must not run without ../shared.
  const files = (hasSharedData ? walk(corpusRoot) : []).filter((file) => isInput(path.relative(corpusRoot, file)));
  const summary = { files: files.length, parsed: 0, items: 0, errors: 0, withExpected: 0 };
  const errorLines: string[] = [];

  describe('feed corpus', () => {
    it('finds inputs in all three collections', () => {
      for (const collection of ['rss-parser', 'feed-rs', 'node-feedparser']) {
        expect(
          files.some((file) => path.relative(corpusRoot, file).startsWith(`${collection}/`)),
          collection,
        ).toBe(true);
      }
    });

    it.each(files.map((file) => [path.relative(corpusRoot, file), file] as const))('%s', async (relative, file) => {
      let feed;
      try {
        feed = await parseFeed(readInput(file), { contentType: null, url: `https://corpus.invalid/${relative}` });
      } catch (error) {
        expect(error, `${relative} threw something other than ParseError`).toBeInstanceOf(ParseError);
        const message = (error as ParseError).message;
        expect(message, 'one-line message').not.toMatch(/\n/);
        expect(message.length).toBeGreaterThan(0);
        summary.errors++;
        errorLines.push(`${relative}: [${(error as ParseError).code}] ${message}`);
        const expectedCode = EXPECTED_ERRORS[relative];
        if (expectedCode) expect((error as ParseError).code).toBe(expectedCode);
        else expect(expectedFor(file), `${relative} has expected output but failed: ${message}`).toBeNull();
        return;
      }
      expect(EXPECTED_ERRORS[relative], `${relative} was expected to fail`).toBeUndefined();
      const items = feed.items.map((item) => normalizeItem(item, { baseUrl: feed.link ?? `https://corpus.invalid/${relative}` }));
      summary.parsed++;
      summary.items += items.length;
      expect(items.length, `${relative} yields no items`).toBeGreaterThan(0);
      for (const item of items) {
        expect(typeof item.title).toBe('string');
        expect(typeof item.text).toBe('string');
        if (item.publishedAt) expect(Number.isNaN(item.publishedAt.getTime())).toBe(false);
      }
      const expected = expectedFor(file);
      if (!expected) return;
      summary.withExpected++;
      expect(items.length, `item count vs ${expected.source}`).toBe(expected.titles.length);
      // Compare the raw titles: NormalizedItem.title falls back to the text when a title is missing.
      const actual = feed.items.map((item) => comparable(item.title));
      const wanted = expected.titles.map(comparable);
      // Deliberate exception: rss-parser's expected output for encoding.rss and uolNoticias.rss
      // (ISO-8859-1 feeds) shows U+FFFD where rss-parser decoded Latin-1 bytes as UTF-8. We decode
      // them correctly, so there each U+FFFD stands for any one character.
      actual.forEach((title, index) => {
        const want = wanted[index] ?? '';
        if (want.includes('\uFFFD')) expect(title).toMatch(mojibakePattern(want));
        else expect(title, `title ${index} vs ${expected.source}`).toBe(want);
      });
    });

    // Feeds cut off mid-transfer are common; whatever the cut, only ParseError may escape.
    it('truncated inputs yield items or a ParseError', async () => {
      for (const file of files) {
        const bytes = readInput(file);
        for (const fraction of [0.1, 0.5, 0.9]) {
          const cut = bytes.subarray(0, Math.floor(bytes.length * fraction));
          try {
            const feed = await parseFeed(cut, { contentType: null });
            for (const item of feed.items) normalizeItem(item, { baseUrl: feed.link });
          } catch (error) {
            expect(error, `${path.relative(corpusRoot, file)} cut at ${fraction}`).toBeInstanceOf(ParseError);
          }
        }
      }
    });

    it('prints a summary', () => {
      console.log(
        `corpus: ${summary.files} files, ${summary.parsed} feeds parsed (${summary.withExpected} checked against expected output), ${summary.items} items, ${summary.errors} errors`,
      );
      for (const line of errorLines) console.log(`  ${line}`);
      expect(summary.parsed + summary.errors).toBe(summary.files);
    });
  });
});
