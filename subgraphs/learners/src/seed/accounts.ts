// Accounts that exist from the first start: the province admin named by the environment, and
// (for demos, with `pnpm start`) one account per kind of user, listed in the README.
import { inTenant, type Role } from '@baeumteo/server';
import { type LearnersDb, roleGrants } from '../db/schema.ts';
import { accountsRepo } from '../repo/accounts.ts';
import { hashPassword } from '../rules/passwords.ts';
import { checkDisplayName, checkEmail, checkPassword } from '../rules/signUp.ts';

export interface AccountSeed {
  email: string;
  password: string;
  displayName: string;
  residenceCityId: string;
  roles: { role: Role; cityId: string | null }[];
}

export const demoAccounts: AccountSeed[] = [
  {
    email: 'resident@demo.baeumteo.kr',
    password: 'demo-resident-2026',
    displayName: '김시민',
    residenceCityId: 'siheung',
    roles: [],
  },
  {
    email: 'staff@demo.baeumteo.kr',
    password: 'demo-staff-2026',
    displayName: '이담당',
    residenceCityId: 'suwon',
    roles: [
      { role: 'CITY_STAFF', cityId: 'suwon' },
      { role: 'CITY_STAFF', cityId: 'siheung' },
    ],
  },
  {
    email: 'instructor@demo.baeumteo.kr',
    password: 'demo-instructor-2026',
    displayName: '박강사',
    residenceCityId: 'suwon',
    roles: [{ role: 'INSTRUCTOR', cityId: 'suwon' }],
  },
  {
    email: 'analyst@demo.baeumteo.kr',
    password: 'demo-analyst-2026',
    displayName: '최분석',
    residenceCityId: 'uijeongbu',
    roles: [{ role: 'ANALYST', cityId: null }],
  },
  {
    email: 'admin@demo.baeumteo.kr',
    password: 'demo-admin-2026',
    displayName: '정관리',
    residenceCityId: 'suwon',
    roles: [{ role: 'PROVINCE_ADMIN', cityId: null }],
  },
];

/** Creates the account unless its email exists, then makes sure it holds its roles. */
export async function ensureAccount(db: LearnersDb, seed: AccountSeed): Promise<void> {
  const accounts = accountsRepo(db);
  const email = checkEmail(seed.email, 'email');
  checkPassword(seed.password, 'password');
  let learner = await accounts.byEmail(email);
  if (!learner) {
    learner = await accounts.create(
      {
        email,
        passwordHash: await hashPassword(seed.password),
        displayName: checkDisplayName(seed.displayName, 'displayName'),
        birthYear: null,
        preferredLocale: 'KO',
      },
      seed.residenceCityId,
      { ip: null, correlationId: null },
    );
  }
  const learnerId = learner.id;
  if (seed.roles.length === 0) return;
  await inTenant(db, '*', (tx) =>
    tx
      .insert(roleGrants)
      .values(seed.roles.map((r) => ({ learnerId, role: r.role, cityId: r.cityId })))
      .onConflictDoNothing(),
  );
}
