// Checks a rendered Slack message against the Block Kit limits in chat-platforms.md.
import type { SlackBlock } from '../../../src/chat/slack/index.js';

const len = (s: string) => Array.from(s).length;

export function limitProblems(message: { text: string; blocks: readonly SlackBlock[] }): string[] {
  const problems: string[] = [];
  if (message.text.trim() === '') problems.push('empty top-level text');
  if (message.blocks.length > 50) problems.push(`${message.blocks.length} blocks`);
  for (const [i, block] of message.blocks.entries()) {
    if ('block_id' in block && block.block_id && len(block.block_id) > 255) problems.push(`block ${i}: block_id too long`);
    switch (block.type) {
      case 'header':
        if (len(block.text.text) > 150) problems.push(`block ${i}: header ${len(block.text.text)} chars`);
        if (block.text.text.trim() === '') problems.push(`block ${i}: empty header`);
        break;
      case 'section':
        if (block.text && len(block.text.text) > 3000) problems.push(`block ${i}: section text ${len(block.text.text)} chars`);
        if (block.fields && block.fields.length > 10) problems.push(`block ${i}: ${block.fields.length} fields`);
        for (const f of block.fields ?? []) if (len(f.text) > 2000) problems.push(`block ${i}: field ${len(f.text)} chars`);
        if (!block.text && !block.fields) problems.push(`block ${i}: section without text or fields`);
        break;
      case 'context':
        if (block.elements.length > 10) problems.push(`block ${i}: ${block.elements.length} context elements`);
        break;
      case 'actions':
        for (const e of block.elements) {
          if (!/^https?:\/\//.test(e.url)) problems.push(`block ${i}: button url ${e.url}`);
          if (len(e.url) > 3000) problems.push(`block ${i}: button url too long`);
        }
        break;
      case 'divider':
        break;
    }
  }
  return problems;
}

/** Every mrkdwn/plain text string in the message, top-level text included. */
export function allTexts(message: { text: string; blocks: readonly SlackBlock[] }): string[] {
  const out = [message.text];
  for (const block of message.blocks) {
    if (block.type === 'header') out.push(block.text.text);
    if (block.type === 'section') {
      if (block.text) out.push(block.text.text);
      for (const f of block.fields ?? []) out.push(f.text);
    }
    if (block.type === 'context') for (const e of block.elements) out.push(e.text);
  }
  return out;
}
