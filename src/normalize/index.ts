// The normalize stage's public surface.
export { itemKeys, normalizeItem, type ItemKeys, type NormalizeContext } from './item.js';
export { canonicalizeUrl, resolveUrl } from './url.js';
export { htmlToPlainText } from './text.js';
export { parseFeedDate } from './date.js';
export { capItemText, DEFAULT_ITEM_TEXT_LIMITS, type ItemTextLimits } from './text-limits.js';
