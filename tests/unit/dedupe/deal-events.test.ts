// Which deal a story reports: party keys, and the decision to join a stored deal or start one.
import { describe, expect, it } from 'vitest';
import { applyStory, decideEvent, snapshotOf } from '../../../src/dedupe/deal-events.js';
import { lookupKeys, partyKey, samePartyKey, storyFacts, topicWords, type StoryInput } from '../../../src/dedupe/story-facts.js';
import type { CompanyRole, DealType } from '../../../src/model/deal.js';

const DAY = 86_400_000;
const T = Date.UTC(2026, 0, 10);

describe('partyKey and samePartyKey', () => {
  it.each([
    ['Sony Group Corp.', 'sony'],
    ['Alphabet Inc', 'alphabet'],
    ['Booking.com', 'booking'],
    ['Nestlé S.A.', 'nestle'],
    ['The Walt Disney Company', 'walt disney'],
  ])('partyKey(%s) is %s', (name, key) => {
    expect(partyKey(name)).toBe(key);
  });

  it.each<[string, string, boolean]>([
    ['sony', 'sony', true],
    ['mgm', 'mgm studios', true],
    ['fox', '21st century fox', true],
    ['bhp', 'bhp billiton', true],
    ['mgm', 'metro goldwyn mayer', true],
    ['u s steel', 'united states steel', true],
    ['amd', 'advanced micro devices', true],
    ['ge', 'general electric', false],
    ['apple', 'pineapple', false],
    ['meta', 'metaverse', false],
    ['amd', 'applied materials', false],
    ['us steel', 'united states cellular', false],
  ])('samePartyKey(%s, %s) is %s', (a, b, same) => {
    expect(samePartyKey(a, b)).toBe(same);
    expect(samePartyKey(b, a)).toBe(same);
  });

  it('topic words leave out party names and deal vocabulary', () => {
    expect(topicWords('GM and Honda to mass-produce fuel cells in Michigan joint venture', ['general motors', 'honda', 'gm'])).toEqual([
      'mass',
      'produce',
      'fuel',
      'cell',
      'michigan',
    ]);
  });
});

interface Case {
  readonly name: string;
  readonly first: Partial<StoryInput> & { parties: [string, CompanyRole][] };
  readonly second: Partial<StoryInput> & { parties: [string, CompanyRole][] };
  readonly join: boolean;
  readonly changes?: string[];
}

const story = (s: Case['first']): StoryInput => ({
  type: (s.type ?? 'acquisition') as DealType,
  status: s.status ?? 'announced',
  companies: s.parties.map(([name, role]) => ({ name, role, watched: true })),
  amount: s.amount ?? null,
  title: s.title ?? 'A deal',
  text: s.text ?? '',
  publishedAt: s.publishedAt ?? T,
});
const usd = (value: number) => ({ value, currency: 'USD', text: `$${value}` });

describe('decideEvent', () => {
  it.each<Case>([
    {
      name: 'two outlets report one acquisition',
      first: {
        title: 'Salesforce to buy Informatica for $8 billion',
        parties: [
          ['Salesforce', 'acquirer'],
          ['Informatica', 'target'],
        ],
        amount: usd(8e9),
      },
      second: {
        title: 'Informatica agrees to be acquired by Salesforce',
        parties: [
          ['Salesforce, Inc.', 'acquirer'],
          ['Informatica Inc', 'target'],
        ],
        amount: usd(8e9),
        publishedAt: T + DAY,
      },
      join: true,
    },
    {
      name: 'the completion two years later joins and completes the deal',
      first: {
        title: 'Nippon Steel to buy U.S. Steel',
        parties: [
          ['Nippon Steel', 'acquirer'],
          ['United States Steel', 'target'],
        ],
      },
      second: {
        title: 'Nippon Steel completes U.S. Steel acquisition in 2025',
        status: 'completed',
        parties: [
          ['Nippon Steel', 'acquirer'],
          ['U.S. Steel', 'target'],
        ],
        publishedAt: T + 700 * DAY,
      },
      join: true,
      changes: ['status:announced>completed'],
    },
    {
      name: 'an ordinary report months later is another deal',
      first: {
        title: 'Acme to buy Beta',
        parties: [
          ['Acme', 'acquirer'],
          ['Beta', 'target'],
        ],
      },
      second: {
        title: 'Acme to buy Beta',
        parties: [
          ['Acme', 'acquirer'],
          ['Beta', 'target'],
        ],
        publishedAt: T + 200 * DAY,
      },
      join: false,
    },
    {
      name: 'rival bidders for one target are different deals',
      first: {
        title: 'Disney bids for Fox assets',
        parties: [
          ['Disney', 'acquirer'],
          ['21st Century Fox', 'target'],
        ],
      },
      second: {
        title: 'Comcast bids for Fox assets',
        parties: [
          ['Comcast', 'acquirer'],
          ['21st Century Fox', 'target'],
        ],
      },
      join: false,
    },
    {
      name: 'one buyer, another target',
      first: {
        title: 'Amazon to buy iRobot',
        parties: [
          ['Amazon', 'acquirer'],
          ['iRobot', 'target'],
        ],
      },
      second: {
        title: 'Amazon to buy Whole Foods',
        parties: [
          ['Amazon', 'acquirer'],
          ['Whole Foods', 'target'],
        ],
      },
      join: false,
    },
    {
      name: 'Series B then Series C from the same investor',
      first: {
        type: 'funding',
        title: 'Acme Robotics raises $50 million Series B led by Sequoia',
        parties: [
          ['Acme Robotics', 'investee'],
          ['Sequoia', 'investor'],
        ],
        amount: usd(5e7),
      },
      second: {
        type: 'funding',
        title: 'Acme Robotics raises $120 million Series C led by Sequoia',
        parties: [
          ['Acme Robotics', 'investee'],
          ['Sequoia', 'investor'],
        ],
        amount: usd(1.2e8),
        publishedAt: T + 20 * DAY,
      },
      join: false,
    },
    {
      name: "a company's stake and a round it joined, with different sums",
      first: {
        type: 'investment',
        status: 'rumored',
        title: 'Google to invest up to $2 billion in Anthropic',
        parties: [
          ['Google', 'investor'],
          ['Anthropic', 'investee'],
        ],
        amount: usd(2e9),
      },
      second: {
        type: 'funding',
        title: 'Anthropic raises $450 million led by Spark Capital',
        parties: [
          ['Anthropic', 'investee'],
          ['Spark Capital', 'investor'],
          ['Google', 'investor'],
        ],
        amount: usd(4.5e8),
      },
      join: false,
    },
    {
      name: '"another round" is a new deal',
      first: {
        type: 'funding',
        title: 'Acme raises money from Sequoia',
        parties: [
          ['Acme', 'investee'],
          ['Sequoia', 'investor'],
        ],
      },
      second: {
        type: 'funding',
        title: 'Acme closes another round with Sequoia',
        parties: [
          ['Acme', 'investee'],
          ['Sequoia', 'investor'],
        ],
        publishedAt: T + 3 * DAY,
      },
      join: false,
    },
    {
      name: 'two alliances of one pair about different things',
      first: {
        type: 'joint_venture',
        title: 'GM and Honda to mass-produce fuel cells in Michigan joint venture',
        parties: [
          ['General Motors', 'party'],
          ['Honda', 'party'],
        ],
      },
      second: {
        type: 'partnership',
        status: 'terminated',
        title: 'GM and Honda scrap plan to build affordable electric cars together',
        parties: [
          ['General Motors', 'party'],
          ['Honda', 'party'],
        ],
        publishedAt: T + 30 * DAY,
      },
      join: false,
    },
    {
      name: 'two outlets report one partnership',
      first: {
        type: 'partnership',
        title: 'OpenAI signs cloud deal with Google to ease compute crunch',
        parties: [
          ['OpenAI', 'party'],
          ['Google', 'party'],
        ],
      },
      second: {
        type: 'partnership',
        title: 'Google Cloud to supply compute capacity to OpenAI',
        parties: [
          ['OpenAI', 'party'],
          ['Google', 'party'],
        ],
        publishedAt: T + DAY,
      },
      join: true,
    },
    {
      name: 'one customer, the same sum and subject, the partners named instead of the winner: one contract',
      first: {
        type: 'contract',
        title: 'Harbor Analytics wins £330m Northshire health data platform contract',
        parties: [
          ['Harbor Analytics', 'supplier'],
          ['Northshire Health', 'customer'],
        ],
        amount: { value: 330e6, currency: 'GBP', text: '£330m' },
      },
      second: {
        type: 'contract',
        title: 'Northshire data platform contract: consortium partners revealed',
        parties: [
          ['Northshire Health', 'customer'],
          ['Quillmark', 'supplier'],
          ['Benfield Partners', 'supplier'],
        ],
        amount: { value: 330e6, currency: 'GBP', text: '£330m' },
        publishedAt: T + 2 * DAY,
      },
      join: true,
    },
    {
      name: 'one customer, two contracts with different sums and suppliers',
      first: {
        type: 'contract',
        title: 'Harbor Analytics wins £330m Northshire health data platform contract',
        parties: [
          ['Harbor Analytics', 'supplier'],
          ['Northshire Health', 'customer'],
        ],
        amount: { value: 330e6, currency: 'GBP', text: '£330m' },
      },
      second: {
        type: 'contract',
        title: 'Northshire awards £45m ambulance fleet contract',
        parties: [
          ['Northshire Health', 'customer'],
          ['Crestway Motors', 'supplier'],
          ['Benfield Partners', 'supplier'],
        ],
        amount: { value: 45e6, currency: 'GBP', text: '£45m' },
        publishedAt: T + 2 * DAY,
      },
      join: false,
    },
    {
      name: 'a fresh approach after the deal was called off is a new deal',
      first: {
        status: 'terminated',
        title: 'Mondelez ends pursuit of Hershey',
        parties: [
          ['Mondelez', 'acquirer'],
          ['Hershey', 'target'],
        ],
      },
      second: {
        status: 'rumored',
        title: 'Mondelez makes approach to Hershey',
        parties: [
          ['Mondelez', 'acquirer'],
          ['Hershey', 'target'],
        ],
        publishedAt: T + 10 * DAY,
      },
      join: false,
    },
    {
      name: 'a regulator clears the deal a year later',
      first: {
        title: 'Microsoft to buy Activision Blizzard',
        parties: [
          ['Microsoft', 'acquirer'],
          ['Activision Blizzard', 'target'],
        ],
      },
      second: {
        title: 'UK regulator clears Microsoft deal for Activision',
        text: 'The competition authority approved the deal.',
        parties: [
          ['Microsoft', 'acquirer'],
          ['Activision Blizzard', 'target'],
        ],
        publishedAt: T + 400 * DAY,
      },
      join: true,
      changes: ['regulatory:cleared'],
    },
    {
      name: 'shareholders approve the takeover months after it was agreed',
      first: {
        title: 'Halvorsen Foods to buy Brightmoor Dairy',
        parties: [
          ['Halvorsen Foods', 'acquirer'],
          ['Brightmoor Dairy', 'target'],
        ],
      },
      second: {
        title: 'Brightmoor Dairy shareholders approve Halvorsen takeover',
        parties: [
          ['Halvorsen Foods', 'acquirer'],
          ['Brightmoor Dairy', 'target'],
        ],
        publishedAt: T + 80 * DAY,
      },
      join: true,
    },
    {
      name: "Germany's Federal Cartel Office clears the takeover months later",
      first: {
        title: 'Orsolina Logistik to buy Wendeburg Freight',
        parties: [
          ['Orsolina Logistik', 'acquirer'],
          ['Wendeburg Freight', 'target'],
        ],
      },
      second: {
        title: 'Federal Cartel Office clears Orsolina purchase of Wendeburg',
        parties: [
          ['Orsolina Logistik', 'acquirer'],
          ['Wendeburg Freight', 'target'],
        ],
        publishedAt: T + 120 * DAY,
      },
      join: true,
      changes: ['regulatory:cleared'],
    },
    {
      name: 'the court sanctions the scheme months later',
      first: {
        title: 'Carrowmore Capital agrees takeover of Lisvane Homes',
        parties: [
          ['Carrowmore Capital', 'acquirer'],
          ['Lisvane Homes', 'target'],
        ],
      },
      second: {
        title: 'High Court sanctions Lisvane scheme',
        text: 'The High Court sanctioned the scheme of arrangement for the takeover of Lisvane Homes by Carrowmore Capital.',
        parties: [
          ['Carrowmore Capital', 'acquirer'],
          ['Lisvane Homes', 'target'],
        ],
        publishedAt: T + 110 * DAY,
      },
      join: true,
      changes: ['regulatory:cleared'],
    },
    {
      name: "a mutual's policyholders vote for the takeover months later",
      first: {
        title: 'Tressell Re to buy Ambleworth Mutual',
        parties: [
          ['Tressell Re', 'acquirer'],
          ['Ambleworth Mutual', 'target'],
        ],
      },
      second: {
        title: 'Ambleworth Mutual policyholders vote for Tressell takeover',
        parties: [
          ['Tressell Re', 'acquirer'],
          ['Ambleworth Mutual', 'target'],
        ],
        publishedAt: T + 100 * DAY,
      },
      join: true,
    },
    {
      name: 'regulators approve the merger months later',
      first: {
        type: 'merger',
        title: 'Lindqvist and Harborne agree bank merger',
        parties: [
          ['Lindqvist Bancorp', 'party'],
          ['Harborne Savings', 'party'],
        ],
      },
      second: {
        type: 'merger',
        title: 'Regulators approve Lindqvist, Harborne bank merger',
        parties: [
          ['Lindqvist Bancorp', 'party'],
          ['Harborne Savings', 'party'],
        ],
        publishedAt: T + 170 * DAY,
      },
      join: true,
      changes: ['regulatory:cleared'],
    },
    {
      name: 'an announcement that names the approvals it still needs is no step: months later it is another deal',
      first: {
        title: 'Acme to buy Beta',
        parties: [
          ['Acme', 'acquirer'],
          ['Beta', 'target'],
        ],
      },
      second: {
        title: 'Acme agrees to buy Beta',
        text: 'The deal is subject to approval by the European Commission and by Beta shareholders.',
        parties: [
          ['Acme', 'acquirer'],
          ['Beta', 'target'],
        ],
        publishedAt: T + 200 * DAY,
      },
      join: false,
    },
    {
      name: 'a parent in one report, the unit that buys in another',
      first: {
        title: 'Google to buy Fitbit',
        parties: [
          ['Google', 'acquirer'],
          ['Alphabet', 'acquirer'],
          ['Fitbit', 'target'],
        ],
      },
      second: {
        status: 'rumored',
        title: 'Alphabet makes offer to acquire Fitbit',
        parties: [
          ['Alphabet', 'acquirer'],
          ['Fitbit', 'target'],
        ],
      },
      join: true,
    },
    {
      name: '"new funding" is how a round is announced: two reports of one round',
      first: {
        type: 'funding',
        title: 'Lumenfield raises $40M Series B led by Pinecrest',
        parties: [
          ['Lumenfield', 'investee'],
          ['Pinecrest Ventures', 'investor'],
        ],
        amount: usd(4e7),
      },
      second: {
        type: 'funding',
        title: 'Our Series B',
        text: "Today we're announcing $40 million in new funding led by Pinecrest Ventures.",
        parties: [['Pinecrest Ventures', 'investor']],
        amount: usd(4e7),
      },
      join: true,
    },
    {
      name: '"another $35 million": two reports of the second round join',
      first: {
        type: 'funding',
        title: 'Arbor Robotics raises another $35 million from Kiln Capital',
        parties: [
          ['Arbor Robotics', 'investee'],
          ['Kiln Capital', 'investor'],
        ],
        amount: usd(3.5e7),
      },
      second: {
        type: 'investment',
        title: 'Kiln Capital puts another $35M into Arbor Robotics',
        parties: [
          ['Kiln Capital', 'investor'],
          ['Arbor Robotics', 'investee'],
        ],
        amount: usd(3.5e7),
      },
      join: true,
    },
    {
      name: '"another $35 million" is not the first round of $20 million',
      first: {
        type: 'funding',
        title: 'Arbor Robotics raises $20 million from Kiln Capital',
        parties: [
          ['Arbor Robotics', 'investee'],
          ['Kiln Capital', 'investor'],
        ],
        amount: usd(2e7),
      },
      second: {
        type: 'funding',
        title: 'Arbor Robotics raises another $35 million from Kiln Capital',
        parties: [
          ['Arbor Robotics', 'investee'],
          ['Kiln Capital', 'investor'],
        ],
        amount: usd(3.5e7),
        publishedAt: T + 35 * DAY,
      },
      join: false,
    },
    {
      name: 'one supplier and one customer, two contracts with different sums',
      first: {
        type: 'contract',
        title: 'Brackwell Defence wins £450m Royal Navy radar contract',
        parties: [
          ['Brackwell Defence', 'supplier'],
          ['Ministry of Defence', 'customer'],
        ],
        amount: { value: 450e6, currency: 'GBP', text: '£450m' },
      },
      second: {
        type: 'contract',
        title: 'Brackwell lands £90m MoD drone contract',
        text: 'Brackwell Defence has been awarded a £90m Ministry of Defence contract, two weeks after its frigate radar win.',
        parties: [
          ['Brackwell Defence', 'supplier'],
          ['Ministry of Defence', 'customer'],
        ],
        amount: { value: 90e6, currency: 'GBP', text: '£90m' },
        publishedAt: T + 13 * DAY,
      },
      join: false,
    },
    {
      name: 'no parties: near-identical wording within a week joins',
      first: { title: 'Startup that makes warehouse robots is bought by a logistics group for $40 million', parties: [] },
      second: { title: 'Startup that makes warehouse robots is bought by a logistics group for $40 million, sources say', parties: [], publishedAt: T + DAY },
      join: true,
    },
    {
      name: 'no parties and different wording stays apart',
      first: { title: 'Startup that makes warehouse robots is bought by a logistics group', parties: [] },
      second: { title: 'Chipmaker agrees takeover by private equity firm', parties: [], publishedAt: T + DAY },
      join: false,
    },
  ])('$name', ({ first, second, join, changes }) => {
    const event = snapshotOf(1, storyFacts(story(first)));
    const decision = decideEvent(storyFacts(story(second)), [event]);
    expect(decision.kind).toBe(join ? 'join' : 'new');
    if (decision.kind === 'join' && changes) {
      expect(
        decision.changes.map((c) => (c.kind === 'status' ? `status:${c.from}>${c.to}` : c.kind === 'regulatory' ? `regulatory:${c.step}` : 'amount')),
      ).toEqual(changes);
    }
  });

  it('prefers the deal that fits best, and a joined report brings its parties and status', () => {
    const a = snapshotOf(
      1,
      storyFacts(
        story({
          title: 'Acme to buy Beta',
          parties: [
            ['Acme', 'acquirer'],
            ['Beta', 'target'],
          ],
        }),
      ),
    );
    const b = snapshotOf(
      2,
      storyFacts(
        story({
          title: 'Acme to buy Gamma',
          parties: [
            ['Acme', 'acquirer'],
            ['Gamma', 'target'],
          ],
        }),
      ),
    );
    const facts = storyFacts(
      story({
        status: 'completed',
        title: 'Acme completes purchase of Gamma',
        parties: [
          ['Acme', 'acquirer'],
          ['Gamma', 'target'],
          ['Gamma Labs', 'seller'],
        ],
        publishedAt: T + 90 * DAY,
      }),
    );
    const decision = decideEvent(facts, [a, b]);
    expect(decision).toMatchObject({ kind: 'join', eventId: 2 });
    if (decision.kind !== 'join') return;
    const next = applyStory(b, facts, decision.changes);
    expect(next.status).toBe('completed');
    expect(next.lastAt).toBe(T + 90 * DAY);
  });
});

describe('lookupKeys', () => {
  it.each<[string, string[]]>([
    ['alimentation couche tard', ['alimentation couche tard', 'w:alimentation', 'w:couche', 'w:tard', 'i:act']],
    ['mgm', ['mgm', 'w:mgm', 'i:mgm']],
    ['u s steel', ['u s steel', 'w:steel', 'i:us']],
    ['sequoia capital', ['sequoia capital', 'w:sequoia', 'i:sc']],
  ])('%s is found by %j', (key, expected) => {
    expect(lookupKeys([key])).toEqual(expected);
  });

  it('two names of one party share a key whenever samePartyKey says they are the same', () => {
    const pairs: [string, string][] = [
      ['couche tard', 'alimentation couche tard'],
      ['mgm', 'metro goldwyn mayer'],
      ['u s steel', 'united states steel'],
      ['fox', '21st century fox'],
      ['amd', 'advanced micro devices'],
    ];
    for (const [a, b] of pairs) {
      expect(samePartyKey(a, b)).toBe(true);
      expect(lookupKeys([a]).some((k) => lookupKeys([b]).includes(k))).toBe(true);
    }
  });
});
