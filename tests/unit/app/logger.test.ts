import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/app/logger.js';

function sink(isTTY: boolean) {
  let text = '';
  const stream = Object.assign(
    new Writable({
      write(chunk, _enc, cb) {
        text += String(chunk);
        cb();
      },
    }),
    { isTTY },
  );
  return { stream, text: () => text };
}

describe('createLogger', () => {
  it.each([
    { format: 'auto' as const, isTTY: false, json: true },
    { format: 'auto' as const, isTTY: true, json: false },
    { format: 'json' as const, isTTY: true, json: true },
    { format: 'pretty' as const, isTTY: false, json: false },
  ])('$format on a TTY=$isTTY writes JSON=$json, and redacts secrets either way', ({ format, isTTY, json }) => {
    const out = sink(isTTY);
    const log = createLogger('info', format, out.stream);
    log.info({ feedId: 7, slack: { botToken: 'xoxb-secret-1' }, headers: { authorization: 'Bearer abc' } }, 'feed updated');
    const text = out.text();
    expect(text).toContain('feed updated');
    expect(text).not.toContain('xoxb-secret-1');
    expect(text).not.toContain('Bearer abc');
    expect(text.trim().startsWith('{')).toBe(json);
  });
});
