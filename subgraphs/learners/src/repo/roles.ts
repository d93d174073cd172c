// Data access for role grants. City roles are tenant data: written with their city as tenant.
import { inTenant } from '@baeumteo/server';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { LearnersDb } from '../db/schema.ts';
import { accessLog, type LearnerRow, learners, type RoleGrantRow, roleGrants } from '../db/schema.ts';
import type { LogEntry } from './accounts.ts';

export function rolesRepo(db: LearnersDb) {
  return {
    of(learnerIds: readonly string[]): Promise<RoleGrantRow[]> {
      return db
        .select()
        .from(roleGrants)
        .where(inArray(roleGrants.learnerId, [...learnerIds]))
        .orderBy(asc(roleGrants.learnerId), asc(roleGrants.grantedAt));
    },

    /** The accounts (not deleted) holding `role` in `cityId`, by display name, at most `limit`. */
    async holders(role: RoleGrantRow['role'], cityId: string, limit = 500): Promise<LearnerRow[]> {
      const rows = await db
        .select({ learner: learners })
        .from(roleGrants)
        .innerJoin(learners, eq(learners.id, roleGrants.learnerId))
        .where(and(eq(roleGrants.role, role), eq(roleGrants.cityId, cityId), isNull(learners.deletedAt)))
        .orderBy(asc(learners.displayName), asc(learners.id))
        .limit(limit);
      return rows.map((r) => r.learner);
    },

    /** Grants a role once; granting it again changes nothing. */
    async grant(
      grant: {
        learnerId: string;
        role: RoleGrantRow['role'];
        cityId: string | null;
        grantedBy: string | null;
      },
      log: Omit<LogEntry, 'subjectId' | 'action'>,
    ): Promise<void> {
      await inTenant(db, grant.cityId ?? '*', async (tx) => {
        await tx.insert(roleGrants).values(grant).onConflictDoNothing();
        await tx
          .insert(accessLog)
          .values({ ...log, subjectId: grant.learnerId, action: `GRANT_ROLE:${grant.role}` });
      });
    },

    /** Revokes a role; revoking one not held changes nothing (and logs nothing). */
    async revoke(
      grant: { learnerId: string; role: RoleGrantRow['role']; cityId: string | null },
      log: Omit<LogEntry, 'subjectId' | 'action'>,
    ): Promise<void> {
      await inTenant(db, grant.cityId ?? '*', async (tx) => {
        const removed = await tx
          .delete(roleGrants)
          .where(
            and(
              eq(roleGrants.learnerId, grant.learnerId),
              eq(roleGrants.role, grant.role),
              sql`coalesce(${roleGrants.cityId}, '') = ${grant.cityId ?? ''}`,
            ),
          )
          .returning({ role: roleGrants.role });
        if (removed.length === 0) return;
        await tx
          .insert(accessLog)
          .values({ ...log, subjectId: grant.learnerId, action: `REVOKE_ROLE:${grant.role}` });
      });
    },
  };
}
