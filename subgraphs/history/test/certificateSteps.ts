// What the certificate test files share: the events that issue certificates, the callers who read
// them, and the steps on a test file's own history subgraph: posting events, reading a learner's
// certificates, downloading a PDF.
import { randomUUID } from 'node:crypto';
import { eventOwners, kindOf, type StreamEvent } from '@baeumteo/contracts';
import type { Caller, SubgraphService } from '@baeumteo/server';
import { callSubgraph, deliverAsOwners, signedFetch } from '@baeumteo/server/testing';
import { expect } from 'vitest';
import type { tables } from '../src/db/schema.ts';

/** The producer that may send an event (undefined for a kind the stream does not know). */
export const ownerOf = (event: object) => eventOwners[kindOf(event as StreamEvent)];

export const learner = (id: string): Caller => ({
  id,
  roles: [{ role: 'RESIDENT', cityId: null }],
  residenceCityId: 'siheung',
});
export const admin: Caller = {
  id: randomUUID(),
  roles: [{ role: 'PROVINCE_ADMIN', cityId: null }],
  residenceCityId: null,
};

export function completed(learnerId: string, title = '수채화 기초', at = '2026-05-20T10:00:00+09:00') {
  return {
    id: randomUUID(),
    verb: 'COMPLETED',
    learnerId,
    cityId: 'siheung',
    residenceCityId: 'siheung',
    courseId: randomUUID(),
    courseTitle: title,
    courseTitleEn: 'Watercolour basics',
    hours: 12,
    category: 'CULTURE_ARTS',
    occurredAt: at,
  };
}

export const profile = (learnerId: string, name: string, at = new Date().toISOString()) => ({
  id: randomUUID(),
  type: 'PROFILE',
  learnerId,
  name,
  occurredAt: at,
});

export const certificatesQuery = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Learner {
  certificates { id number holderName courseTitle courseTitleEn category hours credential revokedAt
    revocationReason verificationCode verificationUrl pdfPath city { id } } } } }`;

export interface Cert {
  id: string;
  number: string;
  holderName: string;
  courseTitle: string;
  courseTitleEn: string | null;
  category: string;
  hours: number;
  credential: string;
  revokedAt: string | null;
  revocationReason: string | null;
  verificationCode: string | null;
  verificationUrl: string;
  pdfPath: string;
}

/** post, certificatesOf and download on a test file's own subgraph, which they read when called. */
export function certificateSteps(service: () => SubgraphService<typeof tables>) {
  const base = () => service().url.replace(/\/graphql$/, '');

  /** Delivers the events as their producers do: each signed by the service that owns its kind. */
  async function post(events: object[]) {
    const { statuses, totals } = await deliverAsOwners(`${base()}/events`, events, ownerOf);
    expect(statuses.every((status) => status === 200)).toBe(true);
    return totals;
  }

  async function certificatesOf(learnerId: string, caller: Caller = learner(learnerId)) {
    const { data, errors } = await callSubgraph<{ _entities: { certificates: Cert[] }[] }>(
      service().url,
      certificatesQuery,
      { reps: [{ __typename: 'Learner', id: learnerId }] },
      { caller },
    );
    expect(errors).toBeUndefined();
    return data?._entities[0]?.certificates ?? [];
  }

  function download(path: string, caller: Caller | null) {
    return signedFetch(`${base()}${path}`, { origin: { caller } });
  }

  return { post, certificatesOf, download };
}
