// Data access for courses: lists with filters and keyset pagination, lookups by id and by city.
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
import { and, asc, eq, getTableColumns, ilike, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import { type CourseRow, classSessions, courses, type tables, venues } from '../db/schema.ts';
import type { TimeOfDay, Weekday } from '../generated/graphql.ts';
import { dongName, sessionTimes } from '../rules/courseFilter.ts';
import { openForApplication } from './applicationWindow.ts';
import { hasSessionAt } from './sessionTimes.ts';

export type CoursesDb = Db<typeof tables>;

export interface CourseFilter {
  cityId?: string | null;
  category?: CourseRow['category'] | null;
  format?: CourseRow['format'] | null;
  status?: CourseRow['status'] | null;
  search?: string | null;
  openForApplication?: boolean | null;
  dong?: string | null;
  venueId?: string | null;
  weekdays?: readonly Weekday[] | null;
  timeOfDay?: TimeOfDay | null;
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
    const open = openForApplication(now);
    conditions.push(filter.openForApplication ? open : sql`not ${open}`);
  }
  const dong = dongName(filter.dong);
  if (dong !== null) {
    conditions.push(
      sql`${courses.venueId} in (select ${venues.id} from ${venues} where ${venues.dong} = ${dong})`,
    );
  }
  if (filter.venueId !== undefined && filter.venueId !== null) {
    // An id that is no venue's (not even a uuid) matches nothing rather than failing the cast.
    conditions.push(isUuid(filter.venueId) ? eq(courses.venueId, filter.venueId) : sql`false`);
  }
  const times = sessionTimes(filter.weekdays, filter.timeOfDay);
  if (times) conditions.push(hasSessionAt(times));
  return conditions;
}

/** DRAFT courses are seen only by their city's staff ('all' for province admins). */
export type DraftVisibility = 'all' | string[];

function visible(drafts: DraftVisibility): SQL | undefined {
  if (drafts === 'all') return undefined;
  if (drafts.length === 0) return sql`${courses.status} <> 'DRAFT'`;
  return or(sql`${courses.status} <> 'DRAFT'`, inArray(courses.cityId, drafts)) as SQL;
}

export type NewCourse = Omit<
  typeof courses.$inferInsert,
  'id' | 'status' | 'seatsTaken' | 'waitlistCount' | 'createdBy' | 'idempotencyKey'
>;
export type NewSession = { startsAt: Date; endsAt: Date };

export function coursesRepo(db: CoursesDb, drafts: DraftVisibility = []) {
  const write = <T>(cityId: string, work: (tx: CoursesDb) => Promise<T>) => inTenant(db, cityId, work);
  const replaceSessions = async (
    tx: CoursesDb,
    courseId: string,
    format: CourseRow['format'],
    sessions: NewSession[],
  ) => {
    await tx.delete(classSessions).where(eq(classSessions.courseId, courseId));
    await tx.insert(classSessions).values(
      sessions.map((session, i) => ({
        ...session,
        courseId,
        format: format === 'BLENDED' ? (i % 2 === 0 ? 'OFFLINE' : 'ONLINE') : format,
      })),
    );
  };
  return {
    /**
     * Creates a DRAFT course with its sessions. With an idempotency key, the unique index on
     * (creator, key) decides: a second call with the key (also one racing the first) creates
     * nothing and gets the course the first one created.
     */
    create(
      course: NewCourse,
      sessions: NewSession[],
      key: IdempotencyKey | null,
    ): Promise<Created<CourseRow>> {
      return write(course.cityId, async (tx) => {
        const [row] = await tx
          .insert(courses)
          .values({ ...course, ...key, status: 'DRAFT' })
          .onConflictDoNothing({ target: [courses.createdBy, courses.idempotencyKey] })
          .returning();
        if (row) {
          await replaceSessions(tx, row.id, course.format, sessions);
          return { row, created: true };
        }
        const [earlier] = key ? await tx.select().from(courses).where(sameKey(courses, key)) : [];
        if (!earlier) throw new Error('the course was not stored');
        return { row: earlier, created: false };
      });
    },

    /** Edits a course only while it is a DRAFT; null when it no longer is. */
    updateDraft(
      course: CourseRow,
      changes: Partial<NewCourse>,
      sessions: NewSession[] | null,
    ): Promise<CourseRow | null> {
      return write(course.cityId, async (tx) => {
        const [row] = await tx
          .update(courses)
          .set(changes)
          .where(and(eq(courses.id, course.id), eq(courses.status, 'DRAFT')))
          .returning();
        if (row && sessions) await replaceSessions(tx, row.id, row.format, sessions);
        return row ?? null;
      });
    },

    /** Moves a course from one status to the next; null when it was not in `from`. */
    transition(
      course: CourseRow,
      from: CourseRow['status'],
      to: CourseRow['status'],
    ): Promise<CourseRow | null> {
      return write(course.cityId, async (tx) => {
        const [row] = await tx
          .update(courses)
          .set({ status: to })
          .where(and(eq(courses.id, course.id), eq(courses.status, from)))
          .returning();
        return row ?? null;
      });
    },

    async page(
      filter: CourseFilter | null | undefined,
      page: PageRequest,
      now = new Date(),
    ): Promise<CoursePage> {
      const where = and(visible(drafts), ...filterConditions(filter, now));
      const [rows, [count]] = await Promise.all([
        db
          .select()
          .from(courses)
          .where(
            and(where, keysetAfter(page.after, { sort: courses.startsAt, id: courses.id }, 'timestamptz')),
          )
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
      const where = and(
        visible(drafts),
        inArray(courses.cityId, [...cityIds]),
        ...filterConditions(filter, now),
      );
      const ranked = db
        .select({
          ...getTableColumns(courses),
          rank: sql<number>`row_number() over (partition by ${courses.cityId} order by ${courses.startsAt}, ${courses.id})`.as(
            'rank',
          ),
        })
        .from(courses)
        .where(and(where, keysetAfter(page.after, { sort: courses.startsAt, id: courses.id }, 'timestamptz')))
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
      return db
        .select()
        .from(courses)
        .where(and(visible(drafts), inArray(courses.id, valid)));
    },

    async count(): Promise<number> {
      const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(courses);
      return row?.n ?? 0;
    },
  };
}
