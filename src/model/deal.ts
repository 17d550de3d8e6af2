// Deal-intelligence shapes: what the intel stage produces and the store keeps.

export const DEAL_TYPES = ['acquisition', 'merger', 'partnership', 'investment', 'funding', 'contract', 'joint_venture', 'ipo'] as const;
export type DealType = (typeof DEAL_TYPES)[number];

/**
 * What an organisation does in a deal. acquirer/target/seller: an acquisition ("X sells its unit to Y":
 * X seller, Y acquirer, the unit target); investor/investee: a stake or a funding round; customer/supplier:
 * a contract or award; party: merger, partnership, joint venture, IPO; mentioned: named, not taking part.
 */
export const COMPANY_ROLES = ['acquirer', 'target', 'seller', 'party', 'investor', 'investee', 'customer', 'supplier', 'mentioned'] as const;
export type CompanyRole = (typeof COMPANY_ROLES)[number];

/**
 * How live a deal is: announced (agreed or signed), completed (closed), rumored (talks, people familiar),
 * terminated (called off, abandoned, blocked), denied (a party says there is no deal). null when not a deal.
 */
export const DEAL_STATUSES = ['announced', 'completed', 'rumored', 'terminated', 'denied'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

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
  /** null exactly when `deal` is false. */
  readonly status: DealStatus | null;
  readonly score: number;
  readonly companies: readonly DealCompany[];
  readonly amount: DealAmount | null;
  readonly summary: string;
}

/** One piece of evidence behind a score: a named feature, the words that fired it, and its weight. */
export interface ExplanationItem {
  readonly feature: string;
  readonly text: string;
  readonly weight: number;
}

/** Why a story was (or was not) read as a deal: see `DealAnalyzer.explain`. */
export interface DealExplanation {
  /** The deal frame found, e.g. "Halvard —acquire→ Tessel Corp", or null. */
  readonly frame: string | null;
  /** Evidence that raised the score, strongest first. */
  readonly features: readonly ExplanationItem[];
  /** Hedges, negatives and dampers that lowered it. */
  readonly hedges: readonly ExplanationItem[];
}

/** A DealAnalysis with the reasons for it (`DealAnalyzer.explain`). */
export interface ExplainedDealAnalysis extends DealAnalysis {
  readonly explanation: DealExplanation;
}

export interface Story {
  readonly title: string;
  readonly body: string;
}
