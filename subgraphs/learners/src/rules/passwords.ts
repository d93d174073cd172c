// Passwords are stored as argon2id hashes (OWASP parameters: 19 MiB, 2 passes, 1 lane).
import { hash, verify } from '@node-rs/argon2';

const argon2id = 2; // Algorithm.Argon2id (a const enum, not importable as a value here)
const options = { algorithm: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

// Checked when the email is unknown, so that both answers take as long.
let decoy: Promise<string> | undefined;

export async function passwordMatches(storedHash: string | null, password: string): Promise<boolean> {
  if (!storedHash) {
    decoy ??= hashPassword('not-a-password-of-anyone');
    await verify(await decoy, password);
    return false;
  }
  return verify(storedHash, password);
}
