// Follow-up stories of a deal, as later reports and other outlets tell them: they must read as
// reports of that deal, with its sides the right way round, or they cannot join its thread.
// Fictional companies, written for this test; every row names its watched companies.

import { describe, expect, it } from 'vitest';
import { createDealAnalyzer } from '../../../src/intel/index.js';
import type { DealType } from '../../../src/model/deal.js';
import { company } from './helpers.js';

const analyze = (title: string, body: string, watched: readonly string[]) =>
  createDealAnalyzer({ watchlist: watched.map((n) => company(n)) }).analyze({ title, body });

describe('follow-ups and other outlets read as deals, with their sides', () => {
  it.each<[string, string, DealType, Record<string, string>]>([
    [
      'Sunwa Petrochem, Aldermoor Chemicals to cooperate on plastic recycling',
      '',
      'partnership',
      { 'Sunwa Petrochem': 'party', 'Aldermoor Chemicals': 'party' },
    ],
    ['Ashgrove Capital makes £1.1 billion approach for Pemberton Retail', '', 'acquisition', { 'Ashgrove Capital': 'acquirer', 'Pemberton Retail': 'target' }],
    // The owners or the board of a company deciding on a bid decide on a bid for their company.
    ['Ostrava Copper shareholders back Kestrel takeover', '', 'acquisition', { 'Ostrava Copper': 'target', 'Kestrel Resources': 'acquirer' }],
    ['Brightmoor Dairy shareholders approve Halvorsen takeover', '', 'acquisition', { 'Brightmoor Dairy': 'target', 'Halvorsen Foods': 'acquirer' }],
    ['Pemberton board backs sweetened Ashgrove bid', '', 'acquisition', { 'Pemberton Retail': 'target', 'Ashgrove Capital': 'acquirer' }],
    // ... but the buyer's shareholders approving an acquisition approve buying what the noun names.
    ['Halvorsen shareholders approve Brightmoor acquisition', '', 'acquisition', { 'Halvorsen Foods': 'acquirer', 'Brightmoor Dairy': 'target' }],
  ])('%s', (title, body, type, roles) => {
    const a = analyze(title, body, Object.keys(roles));
    expect(a.deal).toBe(true);
    expect(a.type).toBe(type);
    for (const [name, role] of Object.entries(roles)) expect(a.companies.find((c) => c.name === name)?.role, name).toBe(role);
  });
});

describe('a deal told as an earlier event is background', () => {
  it.each<[string, string, Record<string, string>]>([
    [
      'Veridian Networks acquires Tallis Security in second deal this week',
      'Veridian Networks said on Thursday it would buy Tallis Security, a firewall startup, for an undisclosed sum, three days after agreeing to acquire Corsa Labs.',
      { 'Veridian Networks': 'acquirer', 'Tallis Security': 'target', 'Corsa Labs': 'mentioned' },
    ],
    // The only deal of the story, told after "after", is still the story's deal.
    [
      'Velmar shares soar',
      'Velmar shares soared on Monday after it agreed to be acquired by Corbel Industries for $2 billion.',
      { Velmar: 'target', 'Corbel Industries': 'acquirer' },
    ],
  ])('%s', (title, body, roles) => {
    const a = analyze(title, body, Object.keys(roles));
    expect(a.deal).toBe(true);
    for (const [name, role] of Object.entries(roles)) expect(a.companies.find((c) => c.name === name)?.role, name).toBe(role);
  });
});

describe("a company's owner, named by the company, is not the company", () => {
  it.each<[string, Record<string, string>]>([
    ['QuickMart owner snaps up Gorse Stores in $1.1bn deal', { QuickMart: 'mentioned', 'Gorse Stores': 'target' }],
    ["QuickMart's parent agrees to buy Gorse Stores", { QuickMart: 'mentioned', 'Gorse Stores': 'target' }],
    ['QuickMart parent Fairlane agrees to buy Gorse Stores', { QuickMart: 'mentioned', 'Fairlane Retail': 'acquirer', 'Gorse Stores': 'target' }],
    ['Coach owner Tapestry to buy Capri for $8.5 billion', { Tapestry: 'acquirer', 'Capri Holdings': 'target' }],
  ])('%s', (title, roles) => {
    const a = analyze(title, '', [...Object.keys(roles), 'Fairlane Retail']);
    expect(a.deal).toBe(true);
    for (const [name, role] of Object.entries(roles)) expect(a.companies.find((c) => c.name === name)?.role, name).toBe(role);
  });
});

describe('look-alikes of follow-up wording that are no deal', () => {
  it.each([
    ['Kessel Motors unveils new approach for battery recycling', ['Kessel Motors']],
    ['Tenby Airlines will cooperate with investigators after engine failure', ['Tenby Airlines']],
    ['Quenby Labs says it will cooperate with FDA inquiry', ['Quenby Labs']],
  ])('%s', (title, watched) => {
    expect(analyze(title, '', watched).deal).toBe(false);
  });
});
