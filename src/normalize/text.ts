// HTML to plain text for item content and titles. html-to-text is the slowest step in
// normalize, so it is compiled once with a minimal configuration and skipped entirely
// for strings that contain no markup and no entities.
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
    { selector: 'ol', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    { selector: 'hr', format: 'block', ...block },
    // Tables as plain blocks: the table layout formatter is slow and pointless for detection.
    { selector: 'table', format: 'block', ...block },
    { selector: 'tr', format: 'block', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    { selector: 'td', format: 'inline' },
    { selector: 'th', format: 'inline' },
  ],
});

/** tidyLines collapses spaces (incl. NBSP) in each line, trims lines and drops empty ones. */
function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0\u200b]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** htmlToPlainText renders HTML as text: entities decoded, scripts/styles/images dropped, links as their text, one paragraph per line. */
export function htmlToPlainText(html: string): string {
  const normalized = html.replace(/\r\n?/g, '\n');
  if (!normalized.includes('<') && !normalized.includes('&')) return tidyLines(normalized);
  return tidyLines(convert(normalized));
}

/** cleanTitle is htmlToPlainText on one line: titles never keep line breaks. */
export function cleanTitle(title: string): string {
  return htmlToPlainText(title).replace(/\n/g, ' ');
}
