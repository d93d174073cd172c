// Data access for courses: lists with filters and keyset pagination, lookups by id and by city.
import { containsPattern, type Db, isUuid, type PageRequest } from '@baeumteo/server';
import { and, asc, eq, getTableColumns, ilike, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import { type CourseRow, courses, type tables } from '../db/schema.ts';

export type CoursesDb = Db<typeof tables>;

export interface CourseFilter {
  cityId?: string | null;
  category?: CourseRow['category'] | null;
  format?: CourseRow['format'] | null;
  status?: CourseRow['status'] | null;
  search?: string | null;
  openForApplication?: boolean | null;
}

export interface CoursePage {
  rows: CourseRow[];
  totalCount: number;
}

/** Courses are listed soonest first; the cursor is (startsAt, id) of the last course seen. */
export function courseCursor(course: CourseRow): [string, string] {
  return [course.startsAt.toISOString(), course.id];
}

function filterConditions(filter: CourseFilter | null | undefined, now: Date): SQL[] {
  const conditions: SQL[] = [];
  if (!filter) return conditions;
  if (filter.cityId) conditions.push(eq(courses.cityId, filter.cityId));
  if (filter.category) conditions.push(eq(courses.category, filter.category));
  if (filter.format) conditions.push(eq(courses.format, filter.format));
  if (filter.status) conditions.push(eq(courses.status, filter.status));
  const pattern = containsPattern(filter.search);
  if (pattern) conditions.push(or(ilike(courses.titleKo, pattern), ilike(courses.titleEn, pattern)) as SQL);
  if (filter.openForApplication !== undefined && filter.openForApplication !== null) {
    // Raw SQL gets the instant as text with a cast: drivers differ in how they bind a Date.
    const at = sql`${now.toISOString()}::timestamptz`;
    const open = sql`(${courses.status} = 'OPEN' and ${courses.applicationOpensAt} <= ${at} and ${at} < ${courses.applicationClosesAt})`;
    conditions.push(filter.openForApplication ? open : sql`not ${open}`);
  }
  return conditions;
}

function afterCondition(after: PageRequest['after']): SQL | undefined {
  if (!after) return undefined;
  const [startsAt, id] = after;
  const date = new Date(String(startsAt));
  // A cursor that decodes but does not point at a course is treated like the end of the list.
  if (Number.isNaN(date.getTime()) || typeof id !== 'string' || !isUuid(id)) return sql`false`;
  return sql`(${courses.startsAt}, ${courses.id}) > (${date.toISOString()}::timestamptz, ${id}::uuid)`;
}

export function coursesRepo(db: CoursesDb) {
  return {
    async page(
      filter: CourseFilter | null | undefined,
      page: PageRequest,
      now = new Date(),
    ): Promise<CoursePage> {
      const where = and(...filterConditions(filter, now));
      const [rows, [count]] = await Promise.all([
        db
          .select()
          .from(courses)
          .where(and(where, afterCondition(page.after)))
          .orderBy(asc(courses.startsAt), asc(courses.id))
          .limit(page.limit + 1),
        db.select({ n: sql<number>`count(*)::int` }).from(courses).where(where),
      ]);
      return { rows, totalCount: count?.n ?? 0 };
    },

    /** One page per city in two statements, whatever the number of cities. */
    async pagesByCity(
      cityIds: readonly string[],
      filter: CourseFilter | null | undefined,
      page: PageRequest,
      now = new Date(),
    ): Promise<Map<string, CoursePage>> {
      const where = and(inArray(courses.cityId, [...cityIds]), ...filterConditions(filter, now));
      const ranked = db
        .select({
          ...getTableColumns(courses),
          rank: sql<number>`row_number() over (partition by ${courses.cityId} order by ${courses.startsAt}, ${courses.id})`.as(
            'rank',
          ),
        })
        .from(courses)
        .where(and(where, afterCondition(page.after)))
        .as('ranked');
      const [rows, counts] = await Promise.all([
        db
          .select()
          .from(ranked)
          .where(lte(ranked.rank, page.limit + 1))
          .orderBy(asc(ranked.cityId), asc(ranked.rank)),
        db
          .select({ cityId: courses.cityId, n: sql<number>`count(*)::int` })
          .from(courses)
          .where(where)
          .groupBy(courses.cityId),
      ]);
      const pages = new Map<string, CoursePage>(cityIds.map((id) => [id, { rows: [], totalCount: 0 }]));
      for (const { rank: _rank, ...row } of rows) pages.get(row.cityId)?.rows.push(row);
      for (const { cityId, n } of counts) {
        const entry = pages.get(cityId);
        if (entry) entry.totalCount = n;
      }
      return pages;
    },

    byIds(ids: readonly string[]): Promise<CourseRow[]> {
      const valid = ids.filter(isUuid);
      if (valid.length === 0) return Promise.resolve([]);
      return db.select().from(courses).where(inArray(courses.id, valid));
    },

    async count(): Promise<number> {
      const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(courses);
      return row?.n ?? 0;
    },
  };
}
