// What the certificate test files share: the events that issue certificates, the callers who read
// them, and the steps on a test file's own history subgraph: posting events, reading a learner's
// certificates, downloading a PDF.
import { randomUUID } from 'node:crypto';
import { type Caller, encodeOrigin, type SubgraphService } from '@baeumteo/server';
import { callSubgraph, testGatewaySecret } from '@baeumteo/server/testing';
import { expect } from 'vitest';
import type { tables } from '../src/db/schema.ts';

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
    verificationUrl pdfPath city { id } } } } }`;

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
  verificationUrl: string;
  pdfPath: string;
}

/** post, certificatesOf and download on a test file's own subgraph, which they read when called. */
export function certificateSteps(service: () => SubgraphService<typeof tables>) {
  const base = () => service().url.replace(/\/graphql$/, '');

  async function post(events: object[], source = 'courses') {
    const response = await fetch(`${base()}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-baeumteo-gateway-secret': testGatewaySecret },
      body: JSON.stringify({ source, events }),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as { stored: number; certified: number; rejected: string[] };
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
    return fetch(`${base()}${path}`, {
      headers: {
        'x-baeumteo-gateway-secret': testGatewaySecret,
        ...encodeOrigin({ caller, ip: '127.0.0.1' }, testGatewaySecret),
      },
    });
  }

  return { post, certificatesOf, download };
}
