import { describe, expect, it } from 'vitest';
import { htmlToPlainText } from '../../../src/normalize/index.js';
import { convertWithHtmlToText } from '../../../src/normalize/text.js';

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
    ['ordered lists get a dash too', '<ol><li>a</li><li>b</li></ol>', '- a\n- b'],
    ['comments dropped', 'a<!-- hidden -->b', 'ab'],
    ['pre keeps its line breaks', '<p>Code:</p><pre>line 1\nline 2</pre>', 'Code:\nline 1\nline 2'],
    ['iframe and svg dropped', '<p>x</p><iframe src="v"></iframe><svg><text>y</text></svg>', 'x'],
    ['attribute containing >', '<a title="a > b" href="/x">link</a> text', 'link text'],
    ['escaped markup stays text', '&lt;p&gt; is a tag', '<p> is a tag'],
    ['zero-width spaces removed', 'a\u200b<b>b</b>', 'ab'],
  ] as const)('%s', (_name, html, expected) => {
    expect(htmlToPlainText(html)).toBe(expected);
  });

  // The regex fast path must agree with html-to-text on what it handles.
  it.each([
    'Acme <b>buys</b> <i>Widget</i>',
    'Read <a href="https://ex.com/x">the story</a>.',
    '<style>p{color:red}</style><p>Hi</p><script>alert(1)</script>',
    '<p>One</p><p>Two</p>\n\n<p>Three</p>',
    'One<br>Two<br/>Three',
    '<h2>Deal news</h2><p>Body &amp; more&nbsp;text</p>',
    '<ul><li>a</li><li>b</li></ul>',
    '<ol><li>a</li><li>b</li></ol>',
    '<div><p>nested <span>inline</span></p><blockquote>quote</blockquote></div>',
    '<p>Code:</p><pre>line 1\nline 2</pre>',
    '<figure><img src="x.png"><figcaption>Caption</figcaption></figure>',
  ])('fast path matches html-to-text: %s', (html) => {
    expect(htmlToPlainText(html)).toBe(convertWithHtmlToText(html));
  });

  it('falls back to html-to-text for broken markup', () => {
    expect(htmlToPlainText('<p>ok</p><a href="x')).toBe(convertWithHtmlToText('<p>ok</p><a href="x'));
  });
});
