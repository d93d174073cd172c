// Many callers at the same instant through one gateway: each answer is the caller's own. The
// subgraph requests of two learners' `me` are byte for byte the same but for the signed caller, so
// a gateway that merged identical requests in flight (Hive's HTTP executor does unless told not to)
// would hand one learner another's account.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../src/accounts.ts';
import { type Platform, startPlatform } from '../src/platform.ts';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform({ seed: false });
});
afterAll(() => platform?.stop());

describe('simultaneous callers', () => {
  it('answers twenty learners asking `me` at once each with their own account', async () => {
    const learners = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signUp(platform, { displayName: `동시 학습자 ${i}` })),
    );
    for (let round = 0; round < 3; round++) {
      const answers = await Promise.all(
        learners.map((learner) =>
          platform.query<{ me: { id: string; email: string } }>('{ me { id email } }', {}, learner.auth),
        ),
      );
      expect(answers.map((a) => a.body.data?.me)).toEqual(learners.map(({ id, email }) => ({ id, email })));
    }
  });
});
