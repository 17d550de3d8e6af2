// rss-parser's own helpers, which it ships untyped. We call the two that read xml2js nodes
// the way rss-parser does, so our item mapping matches its output field for field.
declare module 'rss-parser/lib/utils.js' {
  interface RssParserUtils {
    copyFromXML(xml: unknown, dest: Record<string, unknown>, fields: readonly unknown[]): void;
    getContent(content: unknown): string;
  }
  const utils: RssParserUtils;
  export = utils;
}
