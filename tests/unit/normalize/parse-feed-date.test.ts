import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../../src/normalize/index.js';

describe('parseFeedDate', () => {
  it.each([
    // RFC 822 / 2822
    ['RFC 822', 'Tue, 03 Jun 2003 09:39:21 GMT', '2003-06-03T09:39:21.000Z'],
    ['numeric zone', 'Wed, 31 Jan 2018 07:26:05 +0100', '2018-01-31T06:26:05.000Z'],
    ['negative zone', 'Mon, 01 Jan 2024 12:00:00 -0500', '2024-01-01T17:00:00.000Z'],
    ['no day name', '03 Jun 2003 09:39:21 GMT', '2003-06-03T09:39:21.000Z'],
    ['single-digit day', 'Sun, 5 Jan 2020 10:00:00 GMT', '2020-01-05T10:00:00.000Z'],
    ['two-digit year 20xx', 'Sun, 05 Jan 20 10:00:00 GMT', '2020-01-05T10:00:00.000Z'],
    ['two-digit year 19xx', '05 Jan 99 10:00:00 GMT', '1999-01-05T10:00:00.000Z'],
    ['EST', 'Mon, 01 Jan 2024 12:00:00 EST', '2024-01-01T17:00:00.000Z'],
    ['PDT', 'Mon, 01 Jul 2024 12:00:00 PDT', '2024-07-01T19:00:00.000Z'],
    ['CEST', 'Mon, 01 Jul 2024 12:00:00 CEST', '2024-07-01T10:00:00.000Z'],
    ['GMT+0200', 'Mon, 01 Jul 2024 12:00:00 GMT+0200', '2024-07-01T10:00:00.000Z'],
    ['GMT+2', 'Mon, 01 Jul 2024 12:00:00 GMT+2', '2024-07-01T10:00:00.000Z'],
    ['zone with colon', 'Mon, 01 Jul 2024 12:00:00 +02:00', '2024-07-01T10:00:00.000Z'],
    ['no seconds', 'Mon, 01 Jul 2024 12:00 GMT', '2024-07-01T12:00:00.000Z'],
    ['no zone is UTC', 'Mon, 01 Jul 2024 12:00:00', '2024-07-01T12:00:00.000Z'],
    ['full month and day names', 'Monday, 01 July 2024 12:00:00 GMT', '2024-07-01T12:00:00.000Z'],
    ['date only', '01 Jul 2024', '2024-07-01T00:00:00.000Z'],
    ['wrong day name ignored', 'Fri, 01 Jul 2024 12:00:00 GMT', '2024-07-01T12:00:00.000Z'],
    ['extra spaces', '  Mon,  1   Jul  2024   12:00:00   GMT ', '2024-07-01T12:00:00.000Z'],
    ['am/pm', 'Mon, 01 Jul 2024 1:05 PM EDT', '2024-07-01T17:05:00.000Z'],
    // ISO 8601 / RFC 3339
    ['ISO Z', '2024-01-02T03:04:05Z', '2024-01-02T03:04:05.000Z'],
    ['ISO millis', '2019-07-31T13:07:31.364Z', '2019-07-31T13:07:31.364Z'],
    ['ISO offset', '2003-12-13T08:29:29-04:00', '2003-12-13T12:29:29.000Z'],
    ['ISO offset without colon', '2003-12-13T08:29:29+0100', '2003-12-13T07:29:29.000Z'],
    ['ISO without zone is UTC', '2024-01-02T03:04:05', '2024-01-02T03:04:05.000Z'],
    ['ISO with a space', '2024-01-02 03:04:05', '2024-01-02T03:04:05.000Z'],
    ['ISO with a space and zone', '2024-01-02 03:04:05 +02:00', '2024-01-02T01:04:05.000Z'],
    ['ISO minutes only', '2024-01-02T03:04Z', '2024-01-02T03:04:00.000Z'],
    ['ISO date only', '2024-01-02', '2024-01-02T00:00:00.000Z'],
    ['ISO basic format', '20240102T030405Z', '2024-01-02T03:04:05.000Z'],
    ['ISO microseconds', '2024-01-02T03:04:05.123456+00:00', '2024-01-02T03:04:05.123Z'],
    // Other broken forms seen in feeds
    ['JavaScript toString', 'Tue Jun 03 2003 09:39:21 GMT+0200 (Central European Summer Time)', '2003-06-03T07:39:21.000Z'],
    ['US month first', 'June 3, 2003 09:39:21 GMT', '2003-06-03T09:39:21.000Z'],
    ['US month first, date only', 'Jun 3, 2003', '2003-06-03T00:00:00.000Z'],
    ['German month', '03 Okt 2023 10:00:00 +0200', '2023-10-03T08:00:00.000Z'],
    ['unix seconds', '1700000000', '2023-11-14T22:13:20.000Z'],
  ] as const)('%s: %s', (_name, input, expected) => {
    expect(parseFeedDate(input)?.toISOString()).toBe(expected);
  });

  it.each([
    ['null', null],
    ['empty', ''],
    ['garbage', 'not a date'],
    ['a number', '1'],
    ['unknown zone', 'Mon, 01 Jul 2024 12:00:00 XYZW'],
    ['month 13', '2024-13-01'],
    ['day 32', '32 Jan 2024'],
    ['unknown month', '01 Foo 2024'],
    ['year 0001', '0001-01-01T00:00:00Z'],
  ] as const)('%s gives null', (_name, input) => {
    expect(parseFeedDate(input)).toBeNull();
  });
});
