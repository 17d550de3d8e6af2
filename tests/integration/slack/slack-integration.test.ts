import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackIntegration } from '../../../src/chat/slack/index.js';
import { loadIntegrationFactories } from '../../../src/app/integrations.js';
import { startFakeSlack, type FakeSlack } from '../../helpers/fake-slack.js';
import { makeDeal } from '../../unit/slack/fixtures.js';
import { makeContext } from './context.js';

let fake: FakeSlack;
beforeAll(async () => {
  fake = await startFakeSlack();
});
afterAll(async () => {
  await fake.close();
});

describe('createSlackIntegration', () => {
  it('is registered with the app', async () => {
    // Loaded lazily (issue 12): the app wires Slack in when a Slack destination asks for it.
    expect(await loadIntegrationFactories(makeContext({}).config)).toContain(createSlackIntegration);
  });

  it('skips Slack destinations when SLACK_BOT_TOKEN is not set, and starts nothing', async () => {
    const context = makeContext({});
    const integration = createSlackIntegration(context);
    expect(integration.platform).toBe('slack');
    expect(integration.destinations).toEqual([]);
    expect(integration.skipped).toEqual([{ destination: context.config.destinations[0], reason: 'SLACK_BOT_TOKEN is not set' }]);
    await integration.start();
    await integration.stop();
  });

  it('serves configured Slack destinations through SLACK_API_URL', async () => {
    const context = makeContext({ SLACK_BOT_TOKEN: 'xoxb-int', SLACK_API_URL: fake.apiUrl });
    const integration = createSlackIntegration(context);
    expect(integration.skipped).toEqual([]);
    expect(integration.destinations.map((d) => [d.name, d.platform])).toEqual([['deals-slack', 'slack']]);
    const outcome = await integration.destinations[0]!.send({ kind: 'alert', deal: makeDeal() });
    expect(outcome.kind).toBe('sent');
    expect(fake.callsTo('chat.postMessage').at(-1)!.fields.channel).toBe('C0123456789');
    // No signing secret and no app token: commands are off, start() is a no-op.
    await integration.start();
    await integration.stop();
  });
});
