// Deal-intelligence shapes: what the intel stage produces and the store keeps.

export const DEAL_TYPES = [
  'acquisition',
  'merger',
  'partnership',
  'investment',
  'funding',
  'contract',
  'joint_venture',
  'ipo',
] as const;
export type DealType = (typeof DEAL_TYPES)[number];

export const COMPANY_ROLES = ['acquirer', 'target', 'party', 'investor', 'investee', 'mentioned'] as const;
export type CompanyRole = (typeof COMPANY_ROLES)[number];

/** How strictly a watched name must appear before it counts as a mention. */
export type MatchMode =
  /** Decide from the name: common-word names need capitalisation and company context. */
  | 'auto'
  /** Exact case only. */
  | 'case-sensitive'
  /** Case-insensitive anywhere. */
  | 'any';

export interface WatchedCompany {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly tickers: readonly string[];
  readonly match: MatchMode;
}

export interface DealCompany {
  readonly name: string;
  readonly role: CompanyRole;
  readonly watched: boolean;
}

export interface DealAmount {
  readonly value: number | null; // null for "undisclosed"
  readonly currency: string | null; // ISO 4217 code, e.g. USD, EUR, JPY
  readonly text: string;
}

/** The result of analysing one story; also the `dealwatch classify` output minus `id`. */
export interface DealAnalysis {
  readonly deal: boolean;
  readonly type: DealType | null;
  readonly score: number;
  readonly companies: readonly DealCompany[];
  readonly amount: DealAmount | null;
  readonly summary: string;
}

export interface Story {
  readonly title: string;
  readonly body: string;
}
