// Helpers for the loosely typed objects xml2js (inside rss-parser) produces:
// every child element is an array; an element with attributes is { _: text, $: attrs, child: [...] }.

export type XmlValue = unknown;

export interface XmlElement {
  readonly _?: unknown;
  readonly $?: Readonly<Record<string, unknown>>;
  readonly [child: string]: unknown;
}

export function isElement(value: XmlValue): value is XmlElement {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** children returns an element's child array for `name`, or an empty array. */
export function children(node: XmlValue, name: string): readonly XmlValue[] {
  if (!isElement(node)) return [];
  const value = node[name];
  return Array.isArray(value) ? value : [];
}

/** attr returns an attribute value as a string, or null. */
export function attr(node: XmlValue, name: string): string | null {
  if (!isElement(node) || !isElement(node.$)) return null;
  const value = node.$[name];
  return typeof value === 'string' ? value : null;
}

/** textOf returns the text of an element (its own text, then its children's), or null when blank. */
export function textOf(node: XmlValue): string | null {
  const text = collect(node, 0).trim();
  return text === '' ? null : text;
}

function collect(node: XmlValue, depth: number): string {
  if (typeof node === 'string') return node;
  if (typeof node === 'number') return String(node);
  if (depth > 8) return '';
  if (Array.isArray(node)) return node.map((child) => collect(child, depth + 1)).join(' ');
  if (!isElement(node)) return '';
  let text = typeof node._ === 'string' ? node._ : '';
  for (const [key, value] of Object.entries(node)) {
    if (key !== '_' && key !== '$') text += ` ${collect(value, depth + 1)}`;
  }
  return text;
}

/** firstText is textOf the first child named `name`. */
export function firstText(node: XmlValue, name: string): string | null {
  const first = children(node, name)[0];
  return first === undefined ? null : textOf(first);
}

/** stringOrNull keeps a value only when it is a non-blank string (rss-parser may hand back objects). */
export function stringOrNull(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (isElement(value) && typeof value._ === 'string') return stringOrNull(value._);
  return null;
}

/** resolveAgainst makes `href` absolute against `base` when it can, else returns it unchanged. */
export function resolveAgainst(href: string, base: string | null | undefined): string {
  if (!base) return href;
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}
