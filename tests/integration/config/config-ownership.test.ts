// The config file owns what it declares: a feed or a company deleted from the file is gone
// after the next start. What chat or the CLI added, or changed, is the database's and stays.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/commands/index.js';
import { buildCommand } from '../../../src/commands/index.js';
import { startTestApp, tempDir } from '../../helpers/test-app.js';

const admin: Actor = { platform: 'slack', userId: 'UADMIN0001', platformAdmin: false };

describe('config ownership', () => {
  let dir: ReturnType<typeof tempDir>;
  const db = () => join(dir.path, 'db.sqlite');
  const start = (raw: Record<string, unknown>) => startTestApp({ raw: { admins: { slack: [admin.userId] }, ...raw }, databasePath: db() });

  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.cleanup());

  it('removes a feed and a company deleted from the YAML at the next start; chat-added and chat-edited entries survive', async () => {
    const first = await start({
      feeds: [{ url: 'https://a.example/feed.xml' }, { url: 'https://b.example/feed.xml' }],
      watchlist: [{ name: 'Nvidia' }, { name: 'Intel' }, { name: 'AMD' }],
    });
    const add = buildCommand('watchlist', 'add', { name: 'Wiz' }, false);
    const edit = buildCommand('watchlist', 'add', { name: 'AMD', aliases: ['Advanced Micro Devices'] }, false);
    if (!add.ok || !edit.ok) throw new Error('bad command');
    await first.app.runCommand(add.command, admin);
    await first.app.runCommand(edit.command, admin);
    await first.close();

    // b.example, Intel and AMD are deleted from the file.
    const second = await start({ feeds: [{ url: 'https://a.example/feed.xml' }], watchlist: [{ name: 'Nvidia' }] });
    expect((await second.app.store.feeds.list()).map((f) => f.url)).toEqual(['https://a.example/feed.xml']);
    const watched = await second.app.store.watchlist.list();
    expect(watched.map((w) => w.name).sort()).toEqual(['AMD', 'Nvidia', 'Wiz']);
    expect(watched.find((w) => w.name === 'Wiz')!.source).toBe('slack:UADMIN0001');
    // AMD was changed from chat, so the database owns it now.
    expect(watched.find((w) => w.name === 'AMD')!.aliases).toEqual(['Advanced Micro Devices']);
    await second.close();

    // Listed again, the config's entries come back.
    const third = await start({
      feeds: [{ url: 'https://a.example/feed.xml' }, { url: 'https://b.example/feed.xml' }],
      watchlist: [{ name: 'Nvidia' }, { name: 'Intel' }],
    });
    expect((await third.app.store.feeds.list()).map((f) => f.url)).toEqual(['https://a.example/feed.xml', 'https://b.example/feed.xml']);
    expect((await third.app.store.watchlist.list()).map((w) => w.name).sort()).toEqual(['AMD', 'Intel', 'Nvidia', 'Wiz']);
    await third.close();
  });

  it('a feed or company an admin removed stays removed while the file still lists it', async () => {
    const raw = { feeds: [{ url: 'https://a.example/feed.xml' }], watchlist: [{ name: 'Nvidia' }] };
    const first = await start(raw);
    const [feed] = await first.app.store.feeds.list();
    const removeFeed = buildCommand('feeds', 'remove', { target: String(feed!.id) }, false);
    const removeCompany = buildCommand('watchlist', 'remove', { name: 'Nvidia' }, false);
    if (!removeFeed.ok || !removeCompany.ok) throw new Error('bad command');
    await first.app.runCommand(removeFeed.command, admin);
    await first.app.runCommand(removeCompany.command, admin);
    await first.close();
    const second = await start(raw);
    expect(await second.app.store.feeds.list()).toEqual([]);
    expect(await second.app.store.watchlist.list()).toEqual([]);
    await second.close();
  });
});
