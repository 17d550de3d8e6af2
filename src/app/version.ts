// The package version, read once, for the User-Agent and --version.
import { readFileSync } from 'node:fs';

function readVersion(): string {
  for (const candidate of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'dealwatch' && pkg.version) return pkg.version;
    } catch {
      // try the next location: sources and the compiled build sit at different depths
    }
  }
  return '0.0.0';
}

export const VERSION = readVersion();
export const USER_AGENT = `dealwatch/${VERSION} (deal-news feed alerting bot)`;
