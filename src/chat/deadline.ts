// Chat platforms want an answer within 3 seconds. A command that finishes within the
// deadline is answered at once; a slower one is acknowledged ("Working on it…", "thinking…")
// and answered when it is done. Every door uses this one race.

export type Timed<T> = { readonly kind: 'in-time'; readonly value: T } | { readonly kind: 'late'; readonly later: Promise<T> };

/** answerWithin resolves with the value if `work` settles within `ms`, else with the pending work. */
export async function answerWithin<T>(work: Promise<T>, ms: number): Promise<Timed<T>> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  const first = await Promise.race([work.then((value) => ({ value })), late]);
  clearTimeout(timer);
  return first ? { kind: 'in-time', value: first.value } : { kind: 'late', later: work };
}
