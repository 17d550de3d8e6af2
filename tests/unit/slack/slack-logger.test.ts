// Bolt's and the WebClient's messages follow LOG_LEVEL, and never carry a token.
import { LogLevel } from '@slack/bolt';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createSlackLogger } from '../../../src/chat/slack/slack-logger.js';

function recorder(level: string) {
  const lines: string[] = [];
  return { lines, log: pino({ level }, { write: (line: string) => lines.push(line) }) };
}

describe('createSlackLogger', () => {
  it.each([
    ['debug', LogLevel.DEBUG, true],
    ['trace', LogLevel.DEBUG, true],
    ['info', LogLevel.INFO, false],
    ['warn', LogLevel.WARN, false],
    ['error', LogLevel.ERROR, false],
  ] as const)('LOG_LEVEL=%s → Slack level %s', (level, slackLevel, debugShown) => {
    const { lines, log } = recorder(level);
    const logger = createSlackLogger(log, 'slack-bolt');
    expect(logger.getLevel()).toBe(slackLevel);
    logger.debug('a debug line from Bolt');
    expect(lines.some((l) => l.includes('a debug line from Bolt'))).toBe(debugShown);
  });

  it('scrubs tokens from whatever the library logs', () => {
    const { lines, log } = recorder('debug');
    createSlackLogger(log, 'slack-web-api').error('failed with token xoxb-1234-abcd and xapp-1-XYZ');
    expect(lines.join('')).not.toMatch(/xoxb-1234|xapp-1-XYZ/);
  });
});
