// Test accounts made through the public API, each unique to its test.
import { randomUUID } from 'node:crypto';
import type { Platform } from './platform.ts';

export interface TestAccount {
  id: string;
  email: string;
  password: string;
  token: string;
  /** The session's single-use refresh token. */
  refreshToken: string;
  auth: { authorization: string };
}

export const demo = {
  admin: { email: 'admin@demo.baeumteo.kr', password: 'demo-admin-2026' },
  staff: { email: 'staff@demo.baeumteo.kr', password: 'demo-staff-2026' },
  analyst: { email: 'analyst@demo.baeumteo.kr', password: 'demo-analyst-2026' },
};

export function uniqueEmail(prefix = 'learner'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@test.baeumteo.kr`;
}

const signUpMutation = `mutation ($input: SignUpInput!) { signUp(input: $input) { token refreshToken learner { id } } }`;
const signInMutation = `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { token refreshToken learner { id } } }`;

type Payload = { token: string; refreshToken: string; learner: { id: string } };

function account(email: string, password: string, payload: Payload): TestAccount {
  return {
    id: payload.learner.id,
    email,
    password,
    token: payload.token,
    refreshToken: payload.refreshToken,
    auth: { authorization: `Bearer ${payload.token}` },
  };
}

export async function signUp(
  platform: Platform,
  overrides: Partial<{
    email: string;
    password: string;
    displayName: string;
    residenceCityId: string;
    preferredLocale: 'KO' | 'EN' | 'ZH' | 'VI';
  }> = {},
): Promise<TestAccount> {
  const input = {
    email: uniqueEmail(),
    password: 'correct horse battery',
    displayName: '테스트 학습자',
    residenceCityId: 'siheung',
    ...overrides,
  };
  const response = await platform.query<{ signUp: Payload }>(signUpMutation, { input });
  if (!response.body.data?.signUp) throw new Error(`signUp failed: ${JSON.stringify(response.body.errors)}`);
  return account(input.email, input.password, response.body.data.signUp);
}

export async function signIn(platform: Platform, email: string, password: string): Promise<TestAccount> {
  const response = await platform.query<{ signIn: Payload }>(signInMutation, {
    email,
    password,
  });
  if (!response.body.data?.signIn) throw new Error(`signIn failed: ${JSON.stringify(response.body.errors)}`);
  return account(email, password, response.body.data.signIn);
}

/** A new account holding a role, granted by the demo province admin (signed in again to carry it). */
export async function withRole(
  platform: Platform,
  role: 'CITY_STAFF' | 'INSTRUCTOR' | 'ANALYST' | 'PROVINCE_ADMIN',
  cityId: string | null,
): Promise<TestAccount> {
  const admin = await signIn(platform, demo.admin.email, demo.admin.password);
  const learner = await signUp(platform, { email: uniqueEmail(role.toLowerCase()) });
  const granted = await platform.query(
    'mutation ($id: ID!, $role: Role!, $city: ID) { grantRole(learnerId: $id, role: $role, cityId: $city) { id } }',
    { id: learner.id, role, city: cityId },
    admin.auth,
  );
  if (granted.body.errors) throw new Error(`grantRole failed: ${JSON.stringify(granted.body.errors)}`);
  return signIn(platform, learner.email, learner.password);
}
