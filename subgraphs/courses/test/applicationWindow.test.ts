// The applications-are-open rule: its boundaries, and its SQL reading admitting exactly the
// courses the rule admits.
import type { Database } from '@baeumteo/server';
import { openTestDatabase } from '@baeumteo/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courses, tables } from '../src/db/schema.ts';
import { openForApplication } from '../src/repo/applicationWindow.ts';
import { isOpenForApplication } from '../src/rules/applicationWindow.ts';
import { builder } from './builders.ts';

const opensAt = new Date('2026-04-01T00:00:00Z');
const closesAt = new Date('2026-04-08T09:00:00Z');
const window = { status: 'OPEN' as const, applicationOpensAt: opensAt, applicationClosesAt: closesAt };
const ms = (date: Date, delta: number) => new Date(date.getTime() + delta);
const moments = [ms(opensAt, -1), opensAt, ms(opensAt, 1), ms(closesAt, -1), closesAt, ms(closesAt, 1)];

describe('applications are open', () => {
  it('from the opening instant on, until (not at) the closing instant, only while OPEN', () => {
    expect(moments.map((now) => isOpenForApplication(window, now))).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
    ]);
    for (const status of ['DRAFT', 'CLOSED', 'IN_PROGRESS', 'FINISHED', 'CANCELLED'] as const) {
      expect(isOpenForApplication({ ...window, status }, ms(opensAt, 1)), status).toBe(false);
    }
  });
});

describe('applications are open, in SQL', () => {
  let opened: { close(): Promise<void> } | undefined;
  let database: Database<typeof tables>;

  beforeAll(async () => {
    const test = await openTestDatabase({
      name: 'courses',
      schema: tables,
      migrationsFolder: new URL('../migrations', import.meta.url).pathname,
    });
    opened = test;
    database = test.database;
  });

  afterAll(async () => {
    await opened?.close();
  });

  it('admits the same courses as the rule, at every boundary', async () => {
    const build = builder(database.db);
    const made = await Promise.all(
      (['OPEN', 'CLOSED', 'DRAFT'] as const).map((status) =>
        build.course({ cityId: 'gimpo', status, applicationOpensAt: opensAt, applicationClosesAt: closesAt }),
      ),
    );
    const ids = new Set(made.map(({ course }) => course.id));
    for (const now of moments) {
      const rows = await database.db.select({ id: courses.id }).from(courses).where(openForApplication(now));
      const admitted = rows.map((row) => row.id).filter((id) => ids.has(id));
      const expected = made
        .filter(({ course }) => isOpenForApplication(course, now))
        .map(({ course }) => course.id);
      expect(admitted.sort(), now.toISOString()).toEqual(expected.sort());
    }
  });
});
