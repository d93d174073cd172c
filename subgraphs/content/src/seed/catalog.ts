// Seeds the shared content library and the learning paths. Idempotent: rows that exist are kept.
import { generateCatalog } from '@baeumteo/catalog';
import { chunks, seedDay } from '@baeumteo/server';
import { contents, learningPathSteps, learningPaths } from '../db/schema.ts';
import type { ContentDb } from '../repo/contents.ts';

export async function seedCatalog(db: ContentDb, now = new Date()) {
  const catalog = generateCatalog({ now: seedDay(now) });
  const steps = catalog.learningPaths.flatMap((path) =>
    path.contentIds.map((contentId, position) => ({ pathId: path.id, position, contentId })),
  );
  await db.transaction(async (tx) => {
    for (const batch of chunks(catalog.contents))
      await tx.insert(contents).values(batch).onConflictDoNothing();
    const paths = catalog.learningPaths.map(({ contentIds: _steps, ...path }, position) => ({
      ...path,
      position,
    }));
    await tx.insert(learningPaths).values(paths).onConflictDoNothing();
    for (const batch of chunks(steps)) await tx.insert(learningPathSteps).values(batch).onConflictDoNothing();
  });
  return { contents: catalog.contents.length, 'learning paths': catalog.learningPaths.length };
}
