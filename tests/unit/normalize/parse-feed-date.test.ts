import { describe, expect, it } from 'vitest';
import { monthIndex } from '../../../src/normalize/date.js';
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
    // French: juin is June, juil./juillet is July (both start "jui")
    ['French juil.', 'mer., 03 juil. 2024 10:00:00 +0200', '2024-07-03T08:00:00.000Z'],
    ['French juillet', '14 juillet 2024', '2024-07-14T00:00:00.000Z'],
    ['French juin', 'lun., 03 juin 2024 10:00:00 +0200', '2024-06-03T08:00:00.000Z'],
    ['French févr. after mar. (mardi)', 'mar., 06 févr. 2024 08:00:00 +0100', '2024-02-06T07:00:00.000Z'],
    ['French fevr without accent', '06 fevr 2024', '2024-02-06T00:00:00.000Z'],
    ['French mars', '3 mars 2024', '2024-03-03T00:00:00.000Z'],
    ['French avr.', '1 avr. 2024', '2024-04-01T00:00:00.000Z'],
    ['French mai', '8 mai 2024', '2024-05-08T00:00:00.000Z'],
    ['French août', '15 août 2023 09:00:00 CEST', '2023-08-15T07:00:00.000Z'],
    ['French aout', '15 aout 2023', '2023-08-15T00:00:00.000Z'],
    ['French sept.', '1 sept. 2024', '2024-09-01T00:00:00.000Z'],
    ['French déc.', 'ven., 01 déc. 2023 12:00:00 GMT', '2023-12-01T12:00:00.000Z'],
    ['French janv.', '2 janv. 2024', '2024-01-02T00:00:00.000Z'],
    // German
    ['German Mär', 'Di, 05 Mär 2024 10:00:00 +0100', '2024-03-05T09:00:00.000Z'],
    ['German März', 'Mi, 06 März 2024 10:00:00 +0100', '2024-03-06T09:00:00.000Z'],
    ['German März, decomposed umlaut', '06 Ma\u0308rz 2024', '2024-03-06T00:00:00.000Z'],
    ['German Mrz', '06 Mrz 2024', '2024-03-06T00:00:00.000Z'],
    ['German Mai', '01 Mai 2024', '2024-05-01T00:00:00.000Z'],
    ['German Juni', '01 Juni 2024', '2024-06-01T00:00:00.000Z'],
    ['German Juli', '01 Juli 2024', '2024-07-01T00:00:00.000Z'],
    ['German Dez', '24 Dez 2023 18:00:00 +0100', '2023-12-24T17:00:00.000Z'],
    ['Austrian Jänner', '07 Jänner 2024', '2024-01-07T00:00:00.000Z'],
    // Edges that are valid
    ['29 Feb in a leap year', 'Thu, 29 Feb 2024 12:00:00 GMT', '2024-02-29T12:00:00.000Z'],
    ['29 Feb 2000 (divisible by 400)', '2000-02-29', '2000-02-29T00:00:00.000Z'],
    ['31 Dec, last second', '31 Dec 2024 23:59:59 GMT', '2024-12-31T23:59:59.000Z'],
    ['leap second read as :59', '2016-12-31T23:59:60Z', '2016-12-31T23:59:59.000Z'],
    ['12 AM is midnight', 'Mon, 01 Jul 2024 12:30 AM GMT', '2024-07-01T00:30:00.000Z'],
    ['12 PM is noon', 'Mon, 01 Jul 2024 12:05 PM GMT', '2024-07-01T12:05:00.000Z'],
    ['00 AM tolerated', 'Mon, 01 Jul 2024 00:30 AM GMT', '2024-07-01T00:30:00.000Z'],
    ['fraction truncated, not rounded up', '2019-07-31T13:07:31.9999Z', '2019-07-31T13:07:31.999Z'],
    ['fraction .57', '2019-07-31T13:07:31.57Z', '2019-07-31T13:07:31.570Z'],
    ['largest real offset', '2024-01-02T10:00:00+14:00', '2024-01-01T20:00:00.000Z'],
    ['US month first, 29 Feb leap year', 'Feb 29, 2024', '2024-02-29T00:00:00.000Z'],
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
    // Impossible dates are rejected, not rolled over (30 Feb used to become 2 Mar)
    ['30 Feb', 'Fri, 30 Feb 2024 10:00:00 GMT'],
    ['30 Feb, date only', '30 Feb 2024'],
    ['31 Apr', '31 Apr 2024'],
    ['31 Jun', '31 June 2024'],
    ['31 Sep', '31 Sep 2024 10:00 GMT'],
    ['31 Nov', '31 Nov 2024'],
    ['29 Feb outside a leap year', '29 Feb 2023'],
    ['29 Feb 1900 (divisible by 100)', '29 Feb 1900'],
    ['ISO 29 Feb outside a leap year', '2023-02-29'],
    ['ISO 31 Apr', '2024-04-31T00:00:00Z'],
    ['ISO 31 Jun', '2024-06-31'],
    ['US month first, Feb 30', 'Feb 30, 2024'],
    ['day 0', '00 Jan 2024'],
    ['ISO day 0', '2024-01-00'],
    ['ISO month 0', '2024-00-10'],
    ['hour 24', 'Mon, 01 Jul 2024 24:00:00 GMT'],
    ['ISO hour 24', '2024-01-02T24:00:00Z'],
    ['ISO hour 25', '2024-01-02T25:00:00Z'],
    ['minute 60', 'Mon, 01 Jul 2024 10:60 GMT'],
    ['ISO minute 60', '2024-01-02T10:60:00Z'],
    ['ISO second 61', '2024-01-02T10:00:61Z'],
    ['13 PM', 'Mon, 01 Jul 2024 13:05 PM EDT'],
    ['offset over 14 hours', '2024-01-02T10:00:00+25:00'],
    ['offset minutes over 59', '2024-01-02T10:00:00+05:60'],
    ['ambiguous month word jui (juin or juillet)', '03 jui 2024'],
    ['month word that is no month', '03 Juno 2024'],
  ] as const)('%s gives null', (_name, input) => {
    expect(parseFeedDate(input)).toBeNull();
  });
});

describe('monthIndex: the month table', () => {
  const names: readonly (readonly [number, readonly string[]])[] = [
    [0, ['January', 'Januar', 'Jänner', 'janvier', 'Jan', 'janv', 'Jän']],
    [1, ['February', 'Februar', 'février', 'fevrier', 'Feb', 'févr', 'fév', 'fev']],
    [2, ['March', 'März', 'Maerz', 'mars', 'Mar', 'Mär', 'Mrz']],
    [3, ['April', 'avril', 'Apr', 'avr']],
    [4, ['May', 'Mai']],
    [5, ['June', 'Juni', 'juin', 'Jun']],
    [6, ['July', 'Juli', 'juillet', 'Jul', 'juil']],
    [7, ['August', 'août', 'aout', 'Aug', 'aoû']],
    [8, ['September', 'septembre', 'Sep', 'Sept']],
    [9, ['October', 'Oktober', 'octobre', 'Oct', 'Okt']],
    [10, ['November', 'novembre', 'Nov']],
    [11, ['December', 'Dezember', 'décembre', 'decembre', 'Dec', 'Dez', 'déc']],
  ];
  it.each(names.flatMap(([month, words]) => words.map((word) => [word, month] as const)))('%s is month %i', (word, month) => {
    expect(monthIndex(word)).toBe(month);
    expect(monthIndex(`${word}.`)).toBe(month);
  });

  it('every prefix of 3+ letters of every name reads as that month, except "jui", which could be two', () => {
    const ambiguous: string[] = [];
    for (const [month, words] of names) {
      for (const word of words) {
        for (let length = 3; length <= word.length; length++) {
          const prefix = word.slice(0, length);
          const found = monthIndex(prefix);
          if (found === undefined) ambiguous.push(prefix.toLowerCase());
          else expect([prefix, found]).toEqual([prefix, month]);
        }
      }
    }
    expect([...new Set(ambiguous)]).toEqual(['jui']);
  });

  it.each(['Ju', 'Ma', 'Juno', 'Mon', 'Marsupial', 'Octopus', ''])('%j is no month', (word) => {
    expect(monthIndex(word)).toBeUndefined();
  });
});
