// What an item that reports no deal keeps of its text: its lead.
import { describe, expect, it } from 'vitest';
import { leadOf } from '../../../src/storage/poll-commit.js';

describe('leadOf', () => {
  it.each([
    { name: 'a short text stays whole', text: 'Acme reports earnings.', expected: 'Acme reports earnings.' },
    { name: 'exactly 1,000 characters stay whole', text: 'a'.repeat(1_000), expected: 'a'.repeat(1_000) },
    { name: 'a long text is cut at the last word before 1,000', text: `${'word '.repeat(300)}end`, expected: `${'word '.repeat(199)}word…` },
    { name: 'a text without spaces is cut at 1,000', text: 'x'.repeat(5_000), expected: `${'x'.repeat(1_000)}…` },
    { name: 'an emoji at the cut is not split', text: `${'x'.repeat(999)}😀${'y'.repeat(100)}`, expected: `${'x'.repeat(999)}…` },
  ])('$name', ({ text, expected }) => {
    expect(leadOf(text)).toBe(expected);
  });
});
