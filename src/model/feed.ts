// Plain data shapes shared by the pipeline stages. No behaviour lives here.

/** One entry as the parse stage read it from a feed, before any cleaning. */
export interface RawItem {
  readonly guid: string | null;
  readonly link: string | null;
  readonly title: string | null;
  /** Full content, usually HTML (content:encoded, atom:content, content_html). */
  readonly contentHtml: string | null;
  /** Short description or summary, HTML or text. */
  readonly summaryHtml: string | null;
  /** The date string exactly as the feed gave it. */
  readonly published: string | null;
  readonly author: string | null;
  readonly categories: readonly string[];
}

/** A whole feed document as the parse stage read it. */
export interface ParsedFeed {
  readonly format: 'rss' | 'atom' | 'rdf' | 'json';
  readonly title: string | null;
  /** The site link the feed advertises; base for relative item links. */
  readonly link: string | null;
  /** RSS <ttl>, in minutes, when present. */
  readonly ttlMinutes: number | null;
  readonly items: readonly RawItem[];
}

/** An item after the normalize stage: plain text, absolute canonical URL, parsed date. */
export interface NormalizedItem {
  readonly guid: string | null;
  /** Absolute link as published (tracking parameters kept). */
  readonly url: string | null;
  /** Absolute link with tracking parameters and fragment removed; used for cross-feed dedupe. */
  readonly canonicalUrl: string | null;
  readonly title: string;
  /** Plain text of the content (or summary when there is no content). */
  readonly text: string;
  /** Null when the feed gave no parseable date; the store then uses first-seen time. */
  readonly publishedAt: Date | null;
  readonly author: string | null;
  readonly categories: readonly string[];
}
