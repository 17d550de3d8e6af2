// Every door's syntax is derived from the one command spec: Discord's registration JSON,
// Slack's usage lines, the CLI's help and the Slack manifest's hints all name exactly the
// spec's subcommands and arguments, so adding a subcommand is one spec entry (plus one
// execute case, which the compiler demands).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { cliEntries, cliHelp, globalHelp } from '../../../src/chat/cli/cli-args.js';
import { discordCommands } from '../../../src/chat/discord/command-options.js';
import { slackUsage, slackUsageHint } from '../../../src/chat/slack/slack-command-text.js';
import { COMMANDS, OPERATOR_COMMANDS, commandsFor, subcommandsFor, type CommandName, type SubcommandSpec } from '../../../src/commands/index.js';
import { REPO_ROOT } from '../../helpers/shared-data.js';

const commandNames = Object.keys(COMMANDS) as CommandName[];
const chatCommands = commandsFor('slack');

describe('the command spec', () => {
  it('the doors offer the commands that have subcommands for them', () => {
    expect(discordCommands().map((c) => c.name)).toEqual(commandsFor('discord'));
    expect(commandsFor('slack')).toEqual(['deals', 'watchlist', 'feeds']);
    expect(commandsFor('cli')).toEqual(commandNames);
  });

  it.each(commandsFor('discord'))('/%s: Discord registers exactly the spec subcommands and their options', (name) => {
    const registered = discordCommands().find((c) => c.name === name)!;
    const subs = subcommandsFor(COMMANDS[name], 'discord');
    expect((registered.options ?? []).map((o) => o.name)).toEqual(subs.map(([sub]) => sub));
    for (const [sub, spec] of subs) {
      const options = ((registered.options ?? []).find((o) => o.name === sub) as { options?: { name: string; required?: boolean }[] }).options ?? [];
      expect(options.map((o) => o.name).sort()).toEqual([...spec.args.map((a) => a.name), 'public'].sort());
      for (const arg of spec.args) expect(options.find((o) => o.name === arg.name)!.required, `${sub} ${arg.name}`).toBe(arg.required === true);
    }
    expect(registered.description).toBe(COMMANDS[name].description);
  });

  it.each(chatCommands)('/%s: Slack usage names every spec subcommand, in spec order', (name) => {
    const usage = slackUsage(name);
    const positions = subcommandsFor(COMMANDS[name], 'slack').map(([sub]) => usage.indexOf(` ${sub}`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it.each(commandNames)('/%s: the CLI has an entry with help for every CLI subcommand, listing each option', (name) => {
    for (const [sub, spec] of subcommandsFor(COMMANDS[name], 'cli')) {
      const entry = cliEntries().find((e) => e.kind === 'command' && e.command === name && e.action === sub);
      expect(entry, `${name} ${sub}`).toBeDefined();
      const help = cliHelp(entry!);
      expect(help).toContain(`dealwatch ${COMMANDS[name].cliName} ${sub}`);
      expect(help).toContain(spec.description);
      for (const arg of spec.args) expect(help, `${name} ${sub} --${arg.name}`).toContain(arg.description);
      expect(globalHelp('test')).toContain(`${COMMANDS[name].cliName} ${sub}`);
    }
  });

  it('the CLI lists every operator command from the spec', () => {
    for (const [name, spec] of Object.entries(OPERATOR_COMMANDS) as [string, SubcommandSpec][]) {
      expect(globalHelp('test')).toContain(name);
      expect(cliHelp(cliEntries().find((e) => e.kind === 'operator' && e.name === name)!)).toContain(spec.description);
    }
  });

  it("the Slack manifest's commands and usage hints are the spec's", () => {
    const manifest = parseYaml(readFileSync(join(REPO_ROOT, 'config/slack-app-manifest.yaml'), 'utf8')) as {
      features: { slash_commands: { command: string; usage_hint: string }[] };
    };
    const declared = manifest.features.slash_commands;
    expect(declared.map((c) => c.command)).toEqual(chatCommands.map((n) => `/${n}`));
    for (const name of chatCommands) expect(declared.find((c) => c.command === `/${name}`)!.usage_hint).toBe(slackUsageHint(name));
  });

  it('is unambiguous: one positional text argument at most, lists after it, descriptions that fit Discord', () => {
    const subs = [
      ...Object.values(COMMANDS).flatMap((c) => Object.values(c.subcommands) as SubcommandSpec[]),
      ...(Object.values(OPERATOR_COMMANDS) as SubcommandSpec[]),
    ];
    for (const command of subs) {
      const positional = command.args.filter((a) => a.positional);
      expect(positional.filter((a) => a.kind !== 'list').length).toBeLessThanOrEqual(1);
      expect(positional.filter((a) => a.kind === 'list').length).toBeLessThanOrEqual(1);
      expect(command.description.length).toBeLessThanOrEqual(100);
      for (const arg of command.args) expect(arg.name).toMatch(/^[a-z][a-z_]{0,31}$/);
      for (const name of command.needsOneOf ?? []) expect(command.args.some((a) => a.name === name)).toBe(true);
    }
  });
});
