// `dealwatch classify`: stories as JSON Lines on stdin, one analysis per line on stdout. No database.
import { createInterface } from 'node:readline';
import { createDealAnalyzer, whyLine } from '../intel/index.js';
import type { AppConfig } from '../config/load-config.js';
import { print, type CliContext } from './cli-context.js';

export async function classifyCommand(ctx: CliContext, config: AppConfig | null, options: { readonly explain?: boolean } = {}): Promise<number> {
  const analyzer = createDealAnalyzer({ watchlist: config?.watchlist ?? [], lexicon: config?.lexicon ?? {} });
  let bad = 0;
  let lineNo = 0;
  for await (const line of createInterface({ input: ctx.stdin, crlfDelay: Infinity })) {
    lineNo++;
    if (line.trim() === '') continue;
    let story: { id?: unknown; title?: unknown; body?: unknown };
    try {
      story = JSON.parse(line) as typeof story;
    } catch {
      bad++;
      print(ctx.stderr, `line ${lineNo}: not valid JSON; expected {"id", "title", "body"}`);
      continue;
    }
    if (typeof story !== 'object' || story === null || (typeof story.title !== 'string' && typeof story.body !== 'string')) {
      bad++;
      print(ctx.stderr, `line ${lineNo}: needs a string "title" or "body"`);
      continue;
    }
    const input = { title: typeof story.title === 'string' ? story.title : '', body: typeof story.body === 'string' ? story.body : '' };
    if (options.explain) {
      // The interface's fields first, then the reasons: `why` in one line, `explanation` in full.
      const { explanation, ...analysis } = analyzer.explain(input);
      print(ctx.stdout, JSON.stringify({ id: story.id ?? null, ...analysis, why: whyLine(explanation), explanation }));
    } else print(ctx.stdout, JSON.stringify({ id: story.id ?? null, ...analyzer.analyze(input) }));
  }
  return bad > 0 ? 2 : 0;
}
