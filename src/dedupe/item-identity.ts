// Item identity, after Miniflux: the guid, else the link, else title plus content.
// A guid that repeats within one feed (some CMSs reuse it) is told apart by adding
// the link, so two different stories never collapse into one.
import { createHash } from 'node:crypto';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** What identity depends on. Title and text matter only for items with neither guid nor link. */
export interface IdentityFields {
  readonly guid: string | null;
  readonly canonicalUrl: string | null;
  readonly title: string;
  readonly text: string;
}

function baseKey(item: IdentityFields): string {
  if (item.guid && item.guid.trim() !== '') return `guid:${item.guid.trim()}`;
  if (item.canonicalUrl) return `url:${item.canonicalUrl}`;
  return `text:${item.title}\n${item.text}`;
}

/** Identity hashes for a whole feed's items, in the same order. */
export function identityHashes(items: readonly IdentityFields[]): string[] {
  const keys = items.map(baseKey);
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return items.map((item, i) => {
    const key = keys[i]!;
    if (counts.get(key)! > 1 && key.startsWith('guid:')) {
      return sha256(`${key}\nurl:${item.canonicalUrl ?? ''}\ntitle:${item.canonicalUrl ? '' : item.title}`);
    }
    return sha256(key);
  });
}
