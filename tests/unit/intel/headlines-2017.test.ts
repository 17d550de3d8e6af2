// Headlines alone, a second set (fixtures/headlines-2017.jsonl): 251 business headlines in the styles of
// 2016-2018 outlets (Reuters with its desk labels and "- sources", Bloomberg's "said to", CNBC, WSJ, FT,
// TechCrunch, press-release wires, Seeking Alpha, business journals), in Title Case and sentence case,
// written and labelled before the analyzer was read: 125 deals, 124 hard negatives with deal words
// (earnings, ratings, picks, trade and Brexit "deals", sports, products, buybacks, lawsuits, hires) and two
// denials. Scored as a feed without descriptions would be: the headline and an empty body, with a
// watchlist of every labelled name and again with none.

import { describe, expect, it } from 'vitest';
import { createDealAnalyzer, shouldAlert } from '../../../src/intel/index.js';
import type { DealStatus } from '../../../src/model/deal.js';
import { f1, readStories, roleRate, watchlistOf, type StoryRow as Row } from './story-fixtures.js';

const rows = readStories('headlines-2017.jsonl');
const watching = createDealAnalyzer({ watchlist: watchlistOf(rows, { mentions: true }) });
const nobody = createDealAnalyzer({ watchlist: [] });

type Field = 'deal' | 'type' | 'roles' | 'mentions';
// Known misses, kept with their honest labels: each is left out of the per-story check for the fields listed
// only, and counted in the aggregate checks below.
// deal: "report of United Technologies approach" (an approach named by its bidder alone is no deal word);
// sports deals and trades ("LeBron James agrees to ... deal with Lakers", "Yankees acquire Giancarlo Stanton",
// "Celtics acquire Kyrie Irving") whose people and teams are not known as such; "extends Iger's contract" (a
// bare surname is no person); a founder selling his company's stock named by surname alone ("Zuckerberg to
// sell ... Facebook stock"); cities' bids for a headquarters ("Amazon's HQ2 bids").
// roles: "it" for a company the headline names only as an ordinary word ("Apple confirms it has acquired");
// both sides of "Twitter shares soar on report Salesforce mulling bid" (since the rounds were merged, "mulling"
// reads as a description of what is sold, so Salesforce comes out as seller and Twitter as buyer); "approach to Mattel"; "Snyder's-Lance"; an ordinary
// word as target ("battle for Sky"); the seller of "Fox assets"; the bank picked to lead an IPO; who supplies
// in "clinches deal for 430 jets from Indigo Partners"; the customer of "bags deal from Alight Solutions".
// type: "team up to form health care company" (a venture formed without "a new company").
// mentions: the bank picked to lead an IPO is read as a party of it.
const KNOWN_MISSES: Readonly<Record<string, readonly Field[]>> = {
  y013: ['roles'],
  y019: ['roles'],
  y020: ['deal', 'type', 'roles'],
  y021: ['roles'],
  y037: ['roles'],
  y039: ['roles'],
  y040: ['roles'],
  y074: ['mentions'],
  y098: ['roles'],
  y106: ['roles'],
  y122: ['type'],
  y158: ['deal'],
  y160: ['deal'],
  y161: ['deal'],
  y204: ['deal'],
  y211: ['deal'],
  y236: ['deal'],
};
const exempt = (id: string, field: Field): boolean => KNOWN_MISSES[id]?.includes(field) ?? false;

const analyses = new Map(rows.map((r) => [r.id, watching.analyze({ title: r.title, body: r.body })]));
const unwatched = new Map(rows.map((r) => [r.id, nobody.analyze({ title: r.title, body: r.body })]));
const live = (r: Row): boolean => r.deal && r.status !== 'denied';
const isDeal = (a: { deal: boolean; status: DealStatus | null }): boolean => a.deal && a.status !== 'denied';
const alerts = (r: Row): boolean => shouldAlert(analyses.get(r.id) as never, { minScore: 0.5, alertOnMention: false });

describe('2016-2018 headlines, second set, headline only', () => {
  it.each(rows.map((r) => [`${r.id} ${r.title}`, r] as const))('%s', (_label, r) => {
    const a = analyses.get(r.id);
    const b = unwatched.get(r.id);
    if (!a || !b) throw new Error(`no analysis for ${r.id}`);
    if (r.status === 'denied') expect(a.status).toBe('denied');
    if (!exempt(r.id, 'deal')) {
      expect(alerts(r)).toBe(live(r));
      expect(isDeal(b), 'deal with an empty watchlist').toBe(live(r));
    }
    if (!exempt(r.id, 'deal') && !exempt(r.id, 'mentions'))
      for (const m of r.mentioned) expect(a.companies.find((c) => c.name === m)?.role ?? 'mentioned', m).toBe('mentioned');
    if (!r.deal || exempt(r.id, 'deal')) return;
    if (!exempt(r.id, 'type')) expect(a.type).toBe(r.type);
    expect(a.status).toBe(r.status);
    if (!exempt(r.id, 'roles')) for (const p of r.parties) expect(a.companies.find((c) => c.name === p.name)?.role, p.name).toBe(p.role);
    expect(a.amount?.value ?? null).toBe(r.amount?.value ?? null);
    if (r.amount) expect(a.amount?.currency).toBe(r.amount.currency);
  });

  it('keeps its known misses honest: each still misses what it is exempted for', () => {
    const misses = (id: string, field: Field): boolean => {
      const r = rows.find((x) => x.id === id) as Row;
      const a = analyses.get(id);
      const b = unwatched.get(id);
      if (!a || !b) return false;
      if (field === 'deal') return isDeal(b) !== live(r) || alerts(r) !== live(r);
      if (field === 'type') return a.type !== r.type;
      if (field === 'mentions') return r.mentioned.some((m) => (a.companies.find((c) => c.name === m)?.role ?? 'mentioned') !== 'mentioned');
      return r.parties.some((p) => a.companies.find((c) => c.name === p.name)?.role !== p.role);
    };
    const fixed = Object.entries(KNOWN_MISSES).flatMap(([id, fields]) => fields.filter((f) => !misses(id, f)).map((f) => `${id}:${f}`));
    expect(fixed, 'known misses now right: take them off the list').toEqual([]);
  });

  it('reaches the rates of the whole set, with and without a watchlist', () => {
    const liveF1 = (pred: (r: Row) => boolean): number => f1(rows, live, pred);
    const dealRows = rows.filter((r) => r.deal);
    expect(liveF1(alerts)).toBeGreaterThanOrEqual(0.985);
    expect(liveF1((r) => isDeal(unwatched.get(r.id) as never))).toBeGreaterThanOrEqual(0.97);
    expect(roleRate(rows, analyses)).toBeGreaterThanOrEqual(0.945);
    expect(dealRows.filter((r) => analyses.get(r.id)?.type === r.type).length / dealRows.length).toBeGreaterThanOrEqual(0.98);
    expect(dealRows.filter((r) => analyses.get(r.id)?.status === r.status).length / dealRows.length).toBeGreaterThanOrEqual(0.99);
  });
});
