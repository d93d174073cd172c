// What a new account must look like. Only the minimum personal data is taken (PIPA): no
// resident registration number, phone or address.
import { badInput } from '@baeumteo/server';
import type { Locale } from '../generated/graphql.ts';

export interface SignUpInput {
  email: string;
  password: string;
  displayName: string;
  residenceCityId: string;
  preferredLocale?: Locale | null;
  birthYear?: number | null;
}

export const passwordRule = { min: 10, max: 200 };
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const controlCharacters = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function checkEmail(email: string, field = 'input.email'): string {
  const normalized = normalizeEmail(email);
  if (normalized.length > 254 || !emailPattern.test(normalized)) {
    throw badInput('Enter a valid email address, e.g. name@example.kr.', field);
  }
  return normalized;
}

export function checkPassword(password: string, field = 'input.password'): void {
  if (password.length < passwordRule.min) {
    throw badInput(`The password must have at least ${passwordRule.min} characters.`, field);
  }
  if (password.length > passwordRule.max) {
    throw badInput(`The password may have at most ${passwordRule.max} characters.`, field);
  }
}

export function checkDisplayName(name: string, field = 'input.displayName'): string {
  const normalized = name.normalize('NFC').trim();
  if (controlCharacters.test(normalized))
    throw badInput('The name may not contain control characters.', field);
  if (normalized.length === 0) throw badInput('Enter a name.', field);
  if ([...normalized].length > 50) throw badInput('The name may have at most 50 characters.', field);
  return normalized;
}

/** A residence must be one of the 31 cities and counties, not the province itself. */
export function checkResidence(cityId: string, residenceCityIds: ReadonlySet<string>, field: string): string {
  if (!residenceCityIds.has(cityId)) {
    throw badInput(`"${cityId.slice(0, 40)}" is not one of the 31 cities and counties of Gyeonggi.`, field);
  }
  return cityId;
}

export function checkSignUp(input: SignUpInput, residenceCityIds: ReadonlySet<string>, now = new Date()) {
  const email = checkEmail(input.email);
  checkPassword(input.password);
  const displayName = checkDisplayName(input.displayName);
  const residenceCityId = checkResidence(input.residenceCityId, residenceCityIds, 'input.residenceCityId');
  const birthYear = input.birthYear ?? null;
  if (birthYear !== null && (birthYear < 1900 || birthYear > now.getFullYear())) {
    throw badInput(`The birth year must be between 1900 and ${now.getFullYear()}.`, 'input.birthYear');
  }
  return {
    email,
    password: input.password,
    displayName,
    residenceCityId,
    preferredLocale: input.preferredLocale ?? 'KO',
    birthYear,
  };
}
