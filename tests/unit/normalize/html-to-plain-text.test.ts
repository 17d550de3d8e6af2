import { describe, expect, it } from 'vitest';
import { htmlToPlainText } from '../../../src/normalize/index.js';

describe('htmlToPlainText', () => {
  it.each([
    ['plain text passes through', 'Acme buys Widget', 'Acme buys Widget'],
    ['plain text whitespace collapsed', '  Acme \t buys   Widget  ', 'Acme buys Widget'],
    ['named entities decoded', 'Caf&eacute; &amp; Bar &mdash; &ldquo;ok&rdquo;', 'Café & Bar — “ok”'],
    ['numeric entities decoded', '&#8220;x&#x201D;', '“x”'],
    ['nbsp becomes a space', 'a&nbsp;&nbsp;b', 'a b'],
    ['tags dropped, inline text joined', 'Acme <b>buys</b> <i>Widget</i>', 'Acme buys Widget'],
    ['links as text only', 'Read <a href="https://ex.com/x">the story</a>.', 'Read the story.'],
    ['images dropped', 'A<img src="x.png" alt="chart"> B', 'A B'],
    ['script and style dropped', '<style>p{color:red}</style><p>Hi</p><script>alert(1)</script>', 'Hi'],
    ['paragraphs one per line', '<p>One</p><p>Two</p>\n\n<p>Three</p>', 'One\nTwo\nThree'],
    ['br is a line break', 'One<br>Two<br/>Three', 'One\nTwo\nThree'],
    ['headings are plain lines, not upper-cased', '<h2>Deal news</h2><p>Body</p>', 'Deal news\nBody'],
    ['lists get a dash', '<ul><li>a</li><li>b</li></ul>', '- a\n- b'],
    ['tables flatten', '<table><tr><td>a</td><td> b</td></tr><tr><td>c</td></tr></table>', 'a b\nc'],
    ['source newlines inside a paragraph collapse', '<p>one\n   two</p>', 'one two'],
    ['empty', '', ''],
    ['a lone less-than is text', 'a < b', 'a < b'],
  ] as const)('%s', (_name, html, expected) => {
    expect(htmlToPlainText(html)).toBe(expected);
  });
});
