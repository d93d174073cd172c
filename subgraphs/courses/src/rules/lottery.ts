// The lottery: a uniformly random order of the applicants, reproducible from a recorded seed.
// When a course is open beyond its city, the city's residents are drawn first. The seats left go
// to the first of the order; the others wait in drawn order.
import { createHash } from 'node:crypto';

export interface Applicant {
  id: string;
  residenceCityId: string | null;
}

/** A deterministic stream of 32-bit words from the seed (SHA-256 in counter mode). */
function randomWords(seed: string) {
  let counter = 0;
  let block: Buffer = Buffer.alloc(0);
  let offset = 0;
  return () => {
    if (offset >= block.length) {
      block = createHash('sha256').update(`${seed}:${counter++}`).digest();
      offset = 0;
    }
    const word = block.readUInt32BE(offset);
    offset += 4;
    return word;
  };
}

/** An unbiased integer in [0, n) by rejection sampling. */
function below(n: number, next: () => number): number {
  const limit = 2 ** 32 - (2 ** 32 % n);
  for (;;) {
    const word = next();
    if (word < limit) return word % n;
  }
}

/** Fisher-Yates shuffle of applicants sorted by id, so the result depends on the seed alone. */
export function shuffle<T extends { id: string }>(items: readonly T[], seed: string): T[] {
  const order = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const next = randomWords(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = below(i + 1, next);
    [order[i], order[j]] = [order[j] as T, order[i] as T];
  }
  return order;
}

export function draw<T extends Applicant>(
  applicants: readonly T[],
  seed: string,
  courseCityId: string,
  residentsFirst: boolean,
): T[] {
  const order = shuffle(applicants, seed);
  if (!residentsFirst) return order;
  return [
    ...order.filter((a) => a.residenceCityId === courseCityId),
    ...order.filter((a) => a.residenceCityId !== courseCityId),
  ];
}

/** The draw closes an OPEN course's applications; a CLOSED course stays CLOSED. */
export function statusAfterDraw<S extends string>(status: S): S | 'CLOSED' {
  return status === 'OPEN' ? 'CLOSED' : status;
}
