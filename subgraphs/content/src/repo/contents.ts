// Data access for the shared content library.
import { containsPattern, type Db, isUuid, keysetAfter, type PageRequest } from '@baeumteo/server';
import { and, asc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { type ContentRow, contents, type tables } from '../db/schema.ts';

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

function filterConditions(filter: ContentFilter | null | undefined): SQL[] {
  const conditions: SQL[] = [];
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
    async count(): Promise<number> {
      const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(contents);
      return row?.n ?? 0;
    },
  };
}
