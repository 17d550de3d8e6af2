// HTML to plain text for item content and titles. html-to-text is the slowest step in
// normalize (about half of rss-parser's own parse time on the corpus), so it is compiled
// once, skipped for strings without markup or entities, and skipped for the common case of
// simple inline/paragraph markup, which a single tag regex renders identically.
import { decodeHTML } from 'entities';
import { compile } from 'html-to-text';

const skip = { format: 'skip' } as const;
// One newline around blocks: the detector and chat messages want compact text.
const block = { options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } } as const;

const convert = compile({
  wordwrap: false,
  decodeEntities: true,
  preserveNewlines: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', ...skip },
    { selector: 'script', ...skip },
    { selector: 'style', ...skip },
    { selector: 'noscript', ...skip },
    { selector: 'iframe', ...skip },
    { selector: 'svg', ...skip },
    { selector: 'video', ...skip },
    { selector: 'audio', ...skip },
    { selector: 'p', ...block },
    { selector: 'pre', ...block },
    { selector: 'blockquote', format: 'block', ...block },
    { selector: 'h1', format: 'block', ...block },
    { selector: 'h2', format: 'block', ...block },
    { selector: 'h3', format: 'block', ...block },
    { selector: 'h4', format: 'block', ...block },
    { selector: 'h5', format: 'block', ...block },
    { selector: 'h6', format: 'block', ...block },
    { selector: 'ul', options: { itemPrefix: '- ', leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    // Ordered lists get the same dash as unordered ones: numbering adds nothing for detection, and the fast path cannot count.
    { selector: 'ol', format: 'unorderedList', options: { itemPrefix: '- ', leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    { selector: 'hr', format: 'block', ...block },
    // Tables as plain blocks: the table layout formatter is slow and pointless for detection.
    { selector: 'table', format: 'block', ...block },
    { selector: 'tr', format: 'block', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    { selector: 'td', format: 'inline' },
    { selector: 'th', format: 'inline' },
  ],
});

// Whitespace runs other than a lone ASCII space (matching every single space would cost a replacement per word).
const MULTI_SPACE = / [^\S\n]+|[^\S\n ][^\S\n]*/g;
const MULTI_WHITESPACE = / \s+|[^\S ]\s*/g;

/** tidyLines collapses spaces (incl. NBSP) in each line, trims lines and drops empty ones. */
function tidyLines(text: string): string {
  // Two regex passes instead of split/map/join: this runs on every item's full content.
  return text
    .replace(MULTI_SPACE, ' ')
    .replace(/ ?\n[\s\u200b]*/g, '\n')
    .replace(/\u200b/g, '')
    .trim();
}

// Markup whose whitespace or parsing rules a regex cannot follow: left to html-to-text.
const NEEDS_FULL_CONVERTER = /<(?:textarea|math|select|plaintext|xmp)\b/i;
// htmlparser2 (html-to-text's parser) reads CDATA in HTML as a comment, so both are dropped.
const COMMENT = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g;
const PRE = /<pre\b(?:[^>"']|"[^"]*"|'[^']*')*>([\s\S]*?)<\/pre\s*>/gi;
const BR = /<br\b[^>]*>/gi;
// Elements dropped with their content, as html-to-text is configured to do.
const DROPPED = /<(script|style|noscript|iframe|svg|video|audio|template|object)\b[\s\S]*?<\/\1\s*>/gi;
const UNCLOSED_DROPPED = /<(?:script|style|noscript|svg|template)\b/i;
const TAG = /<(\/?)([A-Za-z][\w:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'hr',
  'section',
  'article',
  'header',
  'footer',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
  'address',
  'aside',
  'nav',
  'main',
  'details',
  'summary',
  'ul',
  'ol',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'caption',
]);
// Anything still looking like a tag after the regex pass means broken markup: let htmlparser2 decide.
const LEFTOVER_TAG = /<\/?[A-Za-z!]/;

function tagToText(_tag: string, slash: string, name: string): string {
  const lower = name.toLowerCase();
  if (lower === 'li') return slash ? '\n' : '\n- ';
  if (lower === 'td' || lower === 'th') return ' ';
  return BLOCK_TAGS.has(lower) ? '\n' : '';
}

function collapse(html: string): string {
  return html.replace(MULTI_WHITESPACE, ' ').replace(TAG, tagToText);
}

/** fastConvert renders well-formed everyday markup with regexes, or returns null to defer to html-to-text. */
function fastConvert(html: string): string | null {
  if (NEEDS_FULL_CONVERTER.test(html)) return null;
  const withoutDropped = html.replace(COMMENT, '').replace(DROPPED, '');
  if (UNCLOSED_DROPPED.test(withoutDropped)) return null;
  // Source whitespace in HTML is one space and line breaks come from block tags, except inside <pre>.
  let text = '';
  let last = 0;
  for (const match of withoutDropped.matchAll(PRE)) {
    text += collapse(withoutDropped.slice(last, match.index));
    text += `\n${(match[1] ?? '').replace(BR, '\n').replace(TAG, '')}\n`;
    last = match.index + match[0].length;
  }
  text += collapse(withoutDropped.slice(last));
  if (LEFTOVER_TAG.test(text)) return null;
  return text.includes('&') ? decodeHTML(text) : text;
}

/** convertWithHtmlToText always uses html-to-text; exported for tests that compare it with the fast path. */
export function convertWithHtmlToText(html: string): string {
  return tidyLines(convert(html.replace(/\r\n?/g, '\n')));
}

/** htmlToPlainText renders HTML as text: entities decoded, scripts/styles/images dropped, links as their text, one paragraph per line. */
export function htmlToPlainText(html: string): string {
  const normalized = html.replace(/\r\n?/g, '\n');
  if (!normalized.includes('<')) {
    return tidyLines(normalized.includes('&') ? decodeHTML(normalized) : normalized);
  }
  return tidyLines(fastConvert(normalized) ?? convert(normalized));
}

// Inline markup that feeds put in titles. Only these are removed: a title is text, and
// something like "<!channel>" or "<https://x|y>" in it is literal text that the chat
// adapters escape, not a tag to silently drop.
const TITLE_TAG =
  /<\/?(?:a|abbr|b|big|br|cite|code|del|div|em|font|i|img|ins|mark|p|q|s|small|span|strike|strong|sub|sup|time|u|wbr)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;

/** cleanTitle makes one line of plain text: inline HTML tags removed, entities decoded, whitespace collapsed. */
export function cleanTitle(title: string): string {
  const stripped = title.replace(COMMENT, '').replace(TITLE_TAG, '');
  return tidyLines(stripped.includes('&') ? decodeHTML(stripped) : stripped).replace(/\n/g, ' ');
}
