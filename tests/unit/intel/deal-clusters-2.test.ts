// A second set of our own deal clusters (fixtures/deal-clusters-2.jsonl, fictional companies, labelled before
// the analyzer read them), grouped exactly as `scripts/grouping-eval.ts` groups the dev set. Each cluster is
// one deal told by a wire, a press release, a bare headline, a trade blog, a translated headline or an analyst
// note, and followed for months: votes, clearances and probes, court sanctions, completion, termination, raised
// bids, a second tranche, a round extended. Decoys must stay apart: the same pair two years later, a second
// round or a further stake from one investor, a second contract for one supplier, one buyer's two targets.
// Below the grouping, the follow-up phrasings this set found the analyzer missing, each with look-alikes that
// must stay no deal.

import { describe, expect, it } from 'vitest';
import { groupRows, scoreGrouping } from '../../../scripts/eval/grouping.js';
import { readClusters, sharedGroups, strays } from './cluster-fixtures.js';
import { createDealAnalyzer } from '../../../src/intel/index.js';
import type { DealType } from '../../../src/model/deal.js';
import { company } from './helpers.js';

const rows = readClusters('deal-clusters-2.jsonl');

// Different deals between the same companies, or for the same buyer, investor or supplier.
const DECOYS: readonly (readonly [string, string])[] = [
  ['hesketh-ebberly-stake', 'hesketh-ebberly-increase'],
  ['pixelmoss-series-a', 'pixelmoss-series-b'],
  ['dravenport-marwood-trams', 'dravenport-marwood-maintenance'],
  ['coldharbour-drumlin-partnership', 'coldharbour-drumlin-takeover'],
  ['stonebridge-ivybrook', 'stonebridge-pembury'],
];

/**
 * Stories left out of their deal's thread. The analyzer reads every one of them as its deal, with its
 * sides; the grouping rules (src/dedupe) keep them apart even on the labelled facts:
 * - more than 45 days after the last report, and no step the rules know: a probe opened (h009, "Brussels
 *   opens in-depth investigation"), a contract signed after its award (h028);
 * - a money deal with another sum: "the second £60 million tranche" reads as another investment (h018),
 *   a Series A extended from €25m to €32m as another round (h023).
 * On the labelled facts, "Air Force finalises Sabrewing trainer engine deal" (h082, announced, seven months
 * on) is split too; the analyzer reads "finalises" as a completion, a lifecycle step, and joins it.
 * (A court sanctioning a scheme, h078, Germany's Federal Cartel Office, h032, and a mutual's policyholders
 * voting, h057, were strays too until the grouping rules knew those steps.)
 */
const KNOWN_MISSES = ['h009', 'h018', 'h023', 'h028'];
const KNOWN_GOLD_MISSES = [...KNOWN_MISSES, 'h082'].sort();

describe('grouping a second set of our own deal clusters', () => {
  const grouped = groupRows(rows, false);

  it('reads the fixture: about 20 deals and 85 stories of every deal type, each dated', () => {
    expect(rows.length).toBeGreaterThanOrEqual(80);
    expect(new Set(rows.map((r) => r.cluster)).size).toBeGreaterThanOrEqual(20);
    expect(new Set(rows.map((r) => r.type))).toEqual(
      new Set<DealType>(['acquisition', 'merger', 'partnership', 'investment', 'funding', 'contract', 'joint_venture', 'ipo']),
    );
    expect(rows.every((r) => r.published && !Number.isNaN(Date.parse(r.published)))).toBe(true);
  });

  it('joins reports of one deal and keeps different deals apart, at the rates reached', () => {
    const score = scoreGrouping(grouped, 'all');
    expect(score.precision).toBe(1);
    expect(score.mergedWrongly).toBe(0);
    // 0.603 before the analyzer read the follow-ups below, 0.826 before the grouping rules knew court
    // sanctions, cartel offices and policyholder votes; on the labelled facts they reach 0.901.
    expect(score.recall).toBeGreaterThanOrEqual(0.91);
  });

  it.each(DECOYS)('keeps %s and %s apart', (a, b) => {
    expect(sharedGroups(rows, grouped, a, b)).toEqual([]);
  });

  it('puts every other story in its deal’s thread: the known misses are the only strays', () => {
    expect(strays(rows, grouped)).toEqual(KNOWN_MISSES);
  });

  it('reads every deal story of the set as a deal', () => {
    const analyzer = createDealAnalyzer({ watchlist: [...new Set(rows.flatMap((r) => r.parties.map((p) => p.name)))].map((n) => company(n)) });
    const missed = rows.filter((r) => !analyzer.analyze({ title: r.title, body: r.body }).deal).map((r) => r.id);
    expect(missed).toEqual([]);
  });

  it('on the labelled facts, the grouping rules make only the errors listed', () => {
    const gold = groupRows(rows, true);
    expect(scoreGrouping(gold, 'all').precision).toBe(1);
    expect(strays(rows, gold)).toEqual(KNOWN_GOLD_MISSES);
  });
});

const analyze = (title: string, body: string, watched: readonly string[]) =>
  createDealAnalyzer({ watchlist: watched.map((n) => company(n)) }).analyze({ title, body });

describe('follow-up phrasings this set found, read as deals with their sides', () => {
  it.each<[string, string, DealType, Record<string, string>]>([
    // The British "agrees a deal", without "to", and a deal named for a company, then its step.
    ['Dunleary (DNLY.I) agrees €780m Fellside Cider deal', '', 'acquisition', { 'Dunleary Brewing': 'acquirer', 'Fellside Cider': 'target' }],
    ['Carnbrae Cable deal called off by Culvercrest after court loss', '', 'acquisition', { 'Culvercrest Telecom': 'acquirer', 'Carnbrae Cable': 'target' }],
    ["Keystone Leisure's $700 million Marisol resorts deal closes", '', 'acquisition', { 'Keystone Leisure': 'acquirer', 'Marisol Hotels': 'seller' }],
    ['Culvercrest terminates Carnbrae deal', '', 'acquisition', { 'Culvercrest Telecom': 'acquirer', 'Carnbrae Cable': 'target' }],
    // A holding is a stake.
    ['Hesketh to lift Ebberly Wind holding to 40% in £310m deal', '', 'investment', { 'Hesketh Holdings': 'investor', 'Ebberly Wind': 'investee' }],
    ['Hesketh ups shareholding in Ebberly Wind', '', 'investment', { 'Hesketh Holdings': 'investor', 'Ebberly Wind': 'investee' }],
    // A name and its noun as a headline's subject ("transit agency picks").
    [
      'Marwood transit agency picks Dravenport for 1.2 billion pound tram order',
      '',
      'contract',
      { 'Marwood Transit Authority': 'customer', 'Dravenport Rail': 'supplier' },
    ],
    // A translated joint venture.
    [
      'Ostmark Energie and Kaigan Shipping found common company for LNG transport',
      '',
      'joint_venture',
      { 'Ostmark Energie': 'party', 'Kaigan Shipping': 'party' },
    ],
    // A combination of two companies, and a tie-up priced in billions, are mergers.
    ['Canadian regulator approves Fenwright-Colbeck combination', '', 'merger', { 'Fenwright Insurance': 'party', 'Colbeck Mutual': 'party' }],
    [
      'Osric-Thessaly tie-up wins EU approval with conditions',
      'BRUSSELS, Nov 5 - EU antitrust regulators approved the $6 billion tie-up of Osric Metals and Thessaly Steel on Thursday.',
      'merger',
      { 'Osric Metals': 'party', 'Thessaly Steel': 'party' },
    ],
    ['Aldwyn backs Skellig Solar with €150m', '', 'funding', { 'Aldwyn Infrastructure Partners': 'investor', 'Skellig Solar': 'investee' }],
    // A bid priced a share in pence.
    ["Kittering Leisure: board 'minded to recommend' Bramhall's improved 520p offer", '', 'acquisition', { 'Bramhall Capital': 'acquirer' }],
    // Owners deciding against a bid decide on a bid for their company.
    ['Trevisk Foods shareholders reject Pendry bid', '', 'acquisition', { 'Trevisk Foods': 'target', 'Pendry Group': 'acquirer' }],
    // The firm behind "funds managed by" buys; a government body's short name is still the customer.
    [
      'Ingleby Chemicals Completes Sale of Industrial Coatings Business',
      'Ingleby Chemicals today announced that it has completed the sale of its Industrial Coatings business to funds managed by Maplestead Partners.',
      'acquisition',
      { 'Ingleby Chemicals': 'seller', 'Maplestead Partners': 'acquirer' },
    ],
    [
      'Marwood signs £1.2bn tram contract with Dravenport',
      'The Marwood Transit Authority signed its £1.2 billion tram contract with Dravenport Rail on Tuesday.',
      'contract',
      { 'Marwood Transit Authority': 'customer', 'Dravenport Rail': 'supplier' },
    ],
  ])('%s', (title, body, type, roles) => {
    const a = analyze(title, body, Object.keys(roles));
    expect(a.deal).toBe(true);
    expect(a.type).toBe(type);
    for (const [name, role] of Object.entries(roles)) expect(a.companies.find((c) => c.name === name)?.role, name).toBe(role);
  });

  it.each<[string, string, string, string[]]>([
    ['Dunleary wraps up Fellside Cider acquisition', '', 'completed', ['Dunleary Brewing', 'Fellside Cider']],
    [
      'Pendry lets Trevisk Foods offer lapse after failing to win support',
      'Pendry Group said its offer for Trevisk Foods had lapsed after it received acceptances for only 31% of Trevisk shares.',
      'terminated',
      ['Pendry Group', 'Trevisk Foods'],
    ],
  ])('%s', (title, body, status, watched) => {
    expect(analyze(title, body, watched).status).toBe(status);
  });
});

describe('look-alikes of the new phrasings that are no deal', () => {
  it.each([
    ['A combination of Apple Music and TV+ for $15', ['Apple']],
    ['Hesketh raises concerns about holding structure', ['Hesketh Holdings']],
    ['Senate budget deal approved', []],
    ['Greek Bailout Deal Approved', []],
    ['Hospital improves approach to cancer care', []],
  ])('%s', (title, watched) => {
    expect(analyze(title, '', watched).deal).toBe(false);
  });
});
