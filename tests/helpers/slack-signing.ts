// Requests as Slack sends them to a slash-command endpoint: a form body, signed with the
// app's signing secret over `v0:<timestamp>:<body>` (Slack's v0 scheme).
import { createHmac } from 'node:crypto';

/** The headers Slack sends with a form body it signed with `secret` at `timestamp` (seconds). */
export function slackSignedHeaders(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  return {
    'content-type': 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`,
  };
}

/** A slash command's form body, as Slack posts it. */
export function slashCommandBody(command: string, text: string, user: string, responseUrl: string): string {
  return new URLSearchParams({
    command,
    text,
    user_id: user,
    user_name: 'someone',
    channel_id: 'C0DEALS001',
    team_id: 'T1',
    response_url: responseUrl,
    trigger_id: 't',
    token: 'legacy',
    api_app_id: 'A1',
  }).toString();
}
