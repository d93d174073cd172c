// Row-level security on PostgreSQL: the service logs in as its own role (baeumteo_courses), which
// owns no table and cannot bypass RLS; tenant rows are written only under their own tenant, set
// per transaction.
import { randomUUID } from 'node:crypto';
import { type Database, inTenant, rowsOf } from '@baeumteo/server';
import { openTestDatabase, testDatabaseUrl } from '@baeumteo/server/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tables, venues } from '../src/db/schema.ts';

const onPostgres = !!testDatabaseUrl();
let opened: { close(): Promise<void> } | undefined;
let database: Database<typeof tables>;

beforeAll(async () => {
  if (!onPostgres) return;
  const test = await openTestDatabase({
    name: 'courses',
    schema: tables,
    migrationsFolder: new URL('../migrations', import.meta.url).pathname,
    maxConnections: 1, // one pooled connection: every transaction below reuses it
  });
  opened = test;
  database = test.database;
});

afterAll(async () => {
  await opened?.close();
});

const venue = (cityId: string) => ({
  cityId,
  name: `${cityId} 배움터 ${randomUUID().slice(0, 6)}`,
  kind: 'LIBRARY' as const,
  address: '중앙로 1',
});

describe.runIf(onPostgres)('tenancy on PostgreSQL', () => {
  it('runs as an application role that owns no table and does not bypass row-level security', async () => {
    const [role] = rowsOf(
      await database.db.execute(
        sql`select current_user as name, rolsuper, rolbypassrls from pg_roles where rolname = current_user`,
      ),
    ) as { name: string; rolsuper: boolean; rolbypassrls: boolean }[];
    expect(role).toEqual({ name: 'baeumteo_courses', rolsuper: false, rolbypassrls: false });
    const [owned] = rowsOf(
      await database.db.execute(
        sql`select count(*)::int as n from pg_tables where schemaname = 'courses' and tableowner = current_user`,
      ),
    ) as { n: number }[];
    expect(owned?.n).toBe(0);
  });

  it("writes a tenant's rows only under that tenant", async () => {
    await inTenant(database.db, 'suwon', (tx) => tx.insert(venues).values(venue('suwon')));
    await expect(
      inTenant(database.db, 'suwon', (tx) => tx.insert(venues).values(venue('seongnam'))),
    ).rejects.toThrow();
    await expect(database.db.insert(venues).values(venue('suwon'))).rejects.toThrow();
    const updated = await inTenant(database.db, 'seongnam', (tx) =>
      tx.update(venues).set({ name: 'taken over' }).where(sql`${venues.cityId} = 'suwon'`).returning(),
    );
    expect(updated).toEqual([]);
  });

  it("never carries one request's tenant into the next on a pooled connection", async () => {
    await inTenant(database.db, 'suwon', async (tx) => {
      const [inside] = rowsOf(
        await tx.execute(sql`select current_setting('baeumteo.tenant', true) as tenant`),
      );
      expect(inside).toEqual({ tenant: 'suwon' });
    });
    const [after] = rowsOf(
      await database.db.execute(sql`select coalesce(current_setting('baeumteo.tenant', true), '') as tenant`),
    );
    expect(after).toEqual({ tenant: '' });
    await expect(database.db.insert(venues).values(venue('suwon'))).rejects.toThrow();
  });

  it('keeps each of many interleaved requests on its own tenant', async () => {
    const cities = ['suwon', 'seongnam', 'siheung', 'ansan'];
    const seen = await Promise.all(
      Array.from({ length: 40 }, (_, i) => {
        const city = cities[i % cities.length] as string;
        return inTenant(database.db, city, async (tx) => {
          await tx.insert(venues).values(venue(city));
          const [row] = rowsOf(
            await tx.execute(sql`select current_setting('baeumteo.tenant', true) as tenant`),
          );
          return { city, tenant: (row as { tenant: string }).tenant };
        });
      }),
    );
    expect(seen.every((s) => s.city === s.tenant)).toBe(true);
  });
});
