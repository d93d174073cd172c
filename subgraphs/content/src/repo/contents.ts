// Data access for the shared content library.
import {
  type Created,
  containsPattern,
  type Db,
  type IdempotencyKey,
  inTenant,
  isUuid,
  keysetAfter,
  type PageRequest,
  sameKey,
} from '@baeumteo/server';
import { and, asc, eq, ilike, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { type ContentRow, contents, type tables } from '../db/schema.ts';
import type { CheckedContent } from '../rules/contentInput.ts';

export type ContentDb = Db<typeof tables>;

export interface ContentFilter {
  search?: string | null;
  kind?: ContentRow['kind'] | null;
  level?: ContentRow['level'] | null;
  category?: ContentRow['category'] | null;
  language?: ContentRow['languages'][number] | null;
}

/** The library is listed by Korean title; the cursor is (titleKo, id) of the last content seen. */
export function contentCursor(content: ContentRow): [string, string] {
  return [content.titleKo, content.id];
}

/** The library as residents search it: retired contents are out. */
function filterConditions(filter: ContentFilter | null | undefined): SQL[] {
  const conditions: SQL[] = [isNull(contents.retiredAt)];
  if (!filter) return conditions;
  if (filter.kind) conditions.push(eq(contents.kind, filter.kind));
  if (filter.level) conditions.push(eq(contents.level, filter.level));
  if (filter.category) conditions.push(eq(contents.category, filter.category));
  if (filter.language) conditions.push(sql`${filter.language} = any(${contents.languages})`);
  const pattern = containsPattern(filter.search);
  if (pattern) conditions.push(or(ilike(contents.titleKo, pattern), ilike(contents.titleEn, pattern)) as SQL);
  return conditions;
}

export function contentsRepo(db: ContentDb) {
  return {
    async page(filter: ContentFilter | null | undefined, page: PageRequest) {
      const where = and(...filterConditions(filter));
      const [rows, [count]] = await Promise.all([
        db
          .select()
          .from(contents)
          .where(and(where, keysetAfter(page.after, { sort: contents.titleKo, id: contents.id }, 'text')))
          .orderBy(asc(contents.titleKo), asc(contents.id))
          .limit(page.limit + 1),
        db.select({ n: sql<number>`count(*)::int` }).from(contents).where(where),
      ]);
      return { rows, totalCount: count?.n ?? 0 };
    },
    byIds(ids: readonly string[]): Promise<ContentRow[]> {
      const valid = ids.filter(isUuid);
      if (valid.length === 0) return Promise.resolve([]);
      return db.select().from(contents).where(inArray(contents.id, valid));
    },
    /**
     * Adds a content, written as the province ('*': every content is the province's to curate);
     * with an idempotency key, once (packages/server idempotency.ts).
     */
    create(content: CheckedContent, key: IdempotencyKey | null): Promise<Created<ContentRow>> {
      return inTenant(db, '*', async (tx) => {
        const [row] = await tx
          .insert(contents)
          .values({ ...content, ...key })
          .onConflictDoNothing({ target: [contents.createdBy, contents.idempotencyKey] })
          .returning();
        if (row) return { row, created: true };
        const [earlier] = key ? await tx.select().from(contents).where(sameKey(contents, key)) : [];
        if (!earlier) throw new Error('the content was not stored');
        return { row: earlier, created: false };
      });
    },

    /** Replaces a content's fields; null when there is no such content. */
    async update(id: string, content: CheckedContent): Promise<ContentRow | null> {
      if (!isUuid(id)) return null;
      const [row] = await inTenant(db, '*', (tx) =>
        tx.update(contents).set(content).where(eq(contents.id, id)).returning(),
      );
      return row ?? null;
    },

    /**
     * Retires a content once: one conditional update, so of simultaneous calls exactly one wins.
     * RETIRED: this call did; ALREADY: an earlier one did; MISSING: no such content.
     */
    async retire(
      id: string,
      now = new Date(),
    ): Promise<{ status: 'RETIRED' | 'ALREADY' | 'MISSING'; row: ContentRow | null }> {
      if (!isUuid(id)) return { status: 'MISSING', row: null };
      return inTenant(db, '*', async (tx) => {
        const [row] = await tx
          .update(contents)
          .set({ retiredAt: now })
          .where(and(eq(contents.id, id), isNull(contents.retiredAt)))
          .returning();
        if (row) return { status: 'RETIRED', row };
        const [existing] = await tx.select().from(contents).where(eq(contents.id, id));
        return existing ? { status: 'ALREADY', row: existing } : { status: 'MISSING', row: null };
      });
    },

    async count(): Promise<number> {
      const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(contents);
      return row?.n ?? 0;
    },
  };
}
