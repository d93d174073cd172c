import type { Caller } from '@baeumteo/server';
import { describe, expect, it } from 'vitest';
import { audienceOf, InflightReads } from '../src/inflight.ts';
import type { SubgraphResponse } from '../src/subgraphClient.ts';

const answer = (text: string): SubgraphResponse => ({
  ok: true,
  status: 200,
  statusText: 'OK',
  url: 'http://subgraph/graphql',
  headers: { get: () => null },
  text: async () => text,
  json: async () => JSON.parse(text),
});

/** A fetch that answers when told to, counting how often it was sent. */
function gatedFetch() {
  let sent = 0;
  const opens: ((text: string) => void)[] = [];
  const send = () => {
    sent++;
    return new Promise<SubgraphResponse>((resolve) => opens.push((text) => resolve(answer(text))));
  };
  return { send, sent: () => sent, open: (text: string) => opens.shift()?.(text) };
}

const resident = (id: string, sessionId = 's1'): Caller => ({
  id,
  roles: [{ role: 'RESIDENT', cityId: null }],
  residenceCityId: 'suwon',
  sessionId,
});

describe('audienceOf', () => {
  it('lets anonymous callers share, residents share with their own session, and nobody else', () => {
    expect(audienceOf(null)).toBe('anonymous');
    expect(audienceOf(resident('a'))).toBe(audienceOf(resident('a')));
    expect(audienceOf(resident('a'))).not.toBe(audienceOf(resident('b')));
    expect(audienceOf(resident('a', 's1'))).not.toBe(audienceOf(resident('a', 's2')));
    const staff: Caller = { ...resident('c'), roles: [{ role: 'CITY_STAFF', cityId: 'suwon' }] };
    expect(audienceOf(staff)).toBeNull();
    const both: Caller = {
      ...resident('d'),
      roles: [...resident('d').roles, { role: 'ANALYST', cityId: null }],
    };
    expect(audienceOf(both)).toBeNull();
  });
});

describe('InflightReads', () => {
  it('sends identical reads in flight at once a single time, and each gets the answer', async () => {
    const reads = new InflightReads();
    const fetch = gatedFetch();
    const calls = Array.from({ length: 5 }, () =>
      reads.share('anonymous', 'learners', '{"q":1}', fetch.send),
    );
    expect(fetch.sent()).toBe(1);
    expect(calls.map((c) => c.shared)).toEqual([false, true, true, true, true]);
    fetch.open('{"data":{"cities":[]}}');
    const texts = await Promise.all(calls.map(async (c) => (await c.answer).text()));
    expect(new Set(texts)).toEqual(new Set(['{"data":{"cities":[]}}']));
    expect(reads.size).toBe(0);
  });

  it('never shares across audiences, subgraphs or bodies', () => {
    const reads = new InflightReads();
    const fetch = gatedFetch();
    reads.share('learner:a:s1', 'courses', '{"q":1}', fetch.send);
    reads.share('learner:b:s1', 'courses', '{"q":1}', fetch.send);
    reads.share('learner:a:s1', 'history', '{"q":1}', fetch.send);
    reads.share('learner:a:s1', 'courses', '{"q":2}', fetch.send);
    expect(fetch.sent()).toBe(4);
  });

  it('fetches anew once the shared fetch has settled, failed ones included', async () => {
    const reads = new InflightReads();
    const failing = reads.share('anonymous', 'courses', 'b', () => Promise.reject(new Error('down')));
    await expect(failing.answer).rejects.toThrow('down');
    const fetch = gatedFetch();
    expect(reads.share('anonymous', 'courses', 'b', fetch.send).shared).toBe(false);
    expect(fetch.sent()).toBe(1);
  });

  it('after a mutation by the same audience, a read is fetched anew, not joined to one sent before', async () => {
    const reads = new InflightReads();
    const fetch = gatedFetch();
    const before = reads.share('learner:a:s1', 'courses', 'me', fetch.send);
    const other = reads.share('learner:b:s1', 'courses', 'me', fetch.send);
    reads.forget('learner:a:s1');
    const after = reads.share('learner:a:s1', 'courses', 'me', fetch.send);
    expect(after.shared).toBe(false);
    expect(reads.share('learner:b:s1', 'courses', 'me', fetch.send).shared).toBe(true);
    expect(fetch.sent()).toBe(3);
    fetch.open('old');
    fetch.open('b');
    fetch.open('new');
    expect(await (await before.answer).text()).toBe('old');
    expect(await (await other.answer).text()).toBe('b');
    expect(await (await after.answer).text()).toBe('new');
    // The earlier fetch settling must not drop the later one from the map.
    expect(reads.size).toBe(0);
  });
});
