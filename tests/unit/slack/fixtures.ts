// Deal records for the Slack tests.
import type { DealRecord } from '../../../src/model/records.js';

export function makeDeal(overrides: Partial<DealRecord> = {}): DealRecord {
  return {
    id: 42,
    title: 'OpenAI acquires Windsurf for $3bn',
    url: 'https://news.example.com/openai-windsurf?utm=x&y=1',
    source: 'Example News',
    type: 'acquisition',
    score: 0.93,
    amount: { value: 3_000_000_000, currency: 'USD', text: '$3bn' },
    summary: 'OpenAI agreed to buy the AI coding startup Windsurf for about $3bn.',
    companies: [
      { name: 'OpenAI', role: 'acquirer', watched: true },
      { name: 'Windsurf', role: 'target', watched: false },
      { name: 'Microsoft', role: 'mentioned', watched: true },
    ],
    publishedAt: new Date('2025-05-06T14:30:00Z'),
    createdAt: new Date('2025-05-06T14:35:00Z'),
    firstSeenAt: new Date('2025-05-06T14:35:00Z'),
    status: 'announced',
    regulatory: null,
    reportCount: 1,
    lastReportAt: new Date('2025-05-06T14:30:00Z'),
    ...overrides,
  };
}
