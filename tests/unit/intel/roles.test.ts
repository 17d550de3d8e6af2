import { describe, expect, it } from 'vitest';
import { createDealAnalyzer } from '../../../src/intel/index.js';
import type { CompanyRole } from '../../../src/model/deal.js';
import { company } from './helpers.js';

const analyzer = createDealAnalyzer({ watchlist: [company('Microsoft'), company('SoftBank'), company('Nvidia'), company('Google', ['Google Cloud'])] });
const rolesOf = (title: string, body = ''): Record<string, CompanyRole> =>
  Object.fromEntries(analyzer.analyze({ title, body }).companies.map((c) => [c.name, c.role]));

describe('parties and roles from the deal sentence', () => {
  it.each<[string, string, string, Record<string, CompanyRole>]>([
    ['X to acquire Y', 'Microsoft to acquire Activision Blizzard for $68.7 billion', '', { Microsoft: 'acquirer', 'Activision Blizzard': 'target' }],
    ['Y, acquired by X', 'Slack, acquired by Salesforce, to be folded into parent', '', { Salesforce: 'acquirer', Slack: 'target' }],
    ['X agreed to buy a 20% stake in Y', 'SoftBank agreed to buy a 20% stake in Arm Holdings', '', { SoftBank: 'investor', 'Arm Holdings': 'investee' }],
    ['X and Y sign partnership (legal suffixes dropped)', 'Acme Corp and Widget Inc sign partnership', '', { Acme: 'party', Widget: 'party' }],
    ['X partners with Y', 'Nvidia partners with Foxconn on AI factories', '', { Nvidia: 'party', Foxconn: 'party' }],
    ['X leads Series B in Y', 'Sequoia Capital leads $40M Series B in Acme Robotics', '', { 'Sequoia Capital': 'investor', 'Acme Robotics': 'investee' }],
    [
      'Y raises round led by X',
      'Acme Robotics raises $40M Series B led by Sequoia Capital',
      '',
      { 'Acme Robotics': 'investee', 'Sequoia Capital': 'investor' },
    ],
    ['X agrees to invest in Y', 'Meta Agrees to Invest $14.3 Billion in Scale AI', '', { 'Scale AI': 'investee' }],
    ['X and Y extend partnership', 'Microsoft and OpenAI extend partnership', '', { Microsoft: 'party', OpenAI: 'party' }],
    ['X invests in startup Y', 'Nvidia invests in AI startup Mistral', '', { Nvidia: 'investor', Mistral: 'investee' }],
    ['X and Y to merge', 'Exxon and Mobil agree to merge in $80 billion deal', '', { Exxon: 'party', Mobil: 'party' }],
    [
      'X sells Y to Z',
      'K mart sells Kresge stores',
      'K Mart Corp said it agreed to sell its Kresge Inc unit to McCrory Corp for 40 mln dlrs.',
      { 'K Mart': 'seller', Kresge: 'target', McCrory: 'acquirer' },
    ],
  ])('%s', (_label, title, body, expected) => {
    expect(rolesOf(title, body)).toMatchObject(expected);
  });

  it('companies outside the deal sentence are only mentioned', () => {
    const roles = rolesOf(
      'Microsoft to acquire Activision Blizzard',
      'Microsoft agreed to acquire Activision Blizzard for $68.7 billion. Rivals such as Nvidia and SoftBank were not involved.',
    );
    expect(roles).toMatchObject({ Microsoft: 'acquirer', 'Activision Blizzard': 'target', Nvidia: 'mentioned', SoftBank: 'mentioned' });
  });

  it('the same organisation with and without a suffix is listed once', () => {
    const a = analyzer.analyze({ title: 'Cisco to buy Splunk for $28 billion', body: 'Cisco Systems Inc said it would acquire Splunk Inc for $28 billion.' });
    expect(a.companies.filter((c) => c.name.startsWith('Splunk'))).toHaveLength(1);
  });

  it('non-deal stories list companies as mentioned', () => {
    const a = analyzer.analyze({ title: 'Nvidia shares rise', body: 'Nvidia shares rose 3 pct on Monday.' });
    expect(a.deal).toBe(false);
    expect(a.companies).toEqual([{ name: 'Nvidia', role: 'mentioned', watched: true }]);
  });
});
