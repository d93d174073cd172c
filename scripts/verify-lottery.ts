// Re-runs a course's lottery draw from its recorded seed, so that anyone holding the seed and the
// list of applicants can check who was enrolled and in which order the others wait (docs/lottery.md).
//
//   pnpm exec tsx scripts/verify-lottery.ts --seed <lotterySeed> --seats <capacity> \
//     [--residents-of <courseCityId>] <enrollmentId>[=<residenceCityId>] ...
//
// Applicants may also come on standard input, one a line (`<enrollmentId>` or
// `<enrollmentId> <residenceCityId>`). `--residents-of` is for a course open beyond its city
// (PROVINCE_RESIDENTS or ANYONE): its residents are drawn first. `--json` prints JSON.
// It runs the very functions the courses service draws with, so the two cannot drift apart.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { draw } from '../subgraphs/courses/src/rules/lottery.ts';
import { type Place, placeInOrder } from '../subgraphs/courses/src/rules/seats.ts';

export interface LotteryApplicant {
  /** The enrollment id (`Course.enrollments { edges { node { id } } }`). */
  id: string;
  /** Where the applicant lived when applying; only needed with `residentsOf`. */
  residenceCityId: string | null;
}

export interface LotteryCheck {
  seed: string;
  /** Seats the draw gave out: the course's capacity (nothing takes a seat before a lottery). */
  seats: number;
  /** The course's city, when its residents were drawn first; null otherwise. */
  residentsOf: string | null;
  applicants: readonly LotteryApplicant[];
}

/** The draw's outcome: every applicant in drawn order, ENROLLED or WAITLISTED at a position. */
export function verifyLottery(check: LotteryCheck): Place<LotteryApplicant>[] {
  const order = draw(check.applicants, check.seed, check.residentsOf ?? '', check.residentsOf !== null);
  return placeInOrder(order, check.seats);
}

/** `<id>`, `<id>=<city>` or `<id> <city>`. */
export function parseApplicant(line: string): LotteryApplicant | null {
  const [id, city] = line
    .trim()
    .split(/[=\s,]+/)
    .filter(Boolean);
  return id ? { id, residenceCityId: city ?? null } : null;
}

function main(argv: string[]): void {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      seed: { type: 'string' },
      seats: { type: 'string' },
      'residents-of': { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const seats = Number(values.seats);
  if (values.help || !values.seed || !Number.isInteger(seats) || seats < 0) {
    process.stderr.write(
      'usage: verify-lottery --seed <lotterySeed> --seats <capacity> [--residents-of <cityId>] [--json] <enrollmentId>[=<residenceCityId>] ...\n',
    );
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const lines = positionals.length > 0 ? positionals : readFileSync(0, 'utf8').split('\n');
  const applicants = lines.map(parseApplicant).filter((a): a is LotteryApplicant => a !== null);
  const residentsOf = values['residents-of'] ?? null;
  if (residentsOf && applicants.some((a) => a.residenceCityId === null)) {
    process.stderr.write('With --residents-of, give every applicant as <enrollmentId>=<residenceCityId>.\n');
    process.exitCode = 2;
    return;
  }
  const places = verifyLottery({ seed: values.seed, seats, residentsOf, applicants });
  if (values.json) {
    const rows = places.map((p) => ({
      id: p.applicant.id,
      status: p.status,
      waitlistPosition: p.waitlistPosition,
    }));
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  process.stdout.write(
    `seed ${values.seed}, ${seats} seat(s), ${applicants.length} applicant(s)` +
      `${residentsOf ? `, residents of ${residentsOf} first` : ''}\n`,
  );
  places.forEach((p, i) => {
    const where = p.status === 'ENROLLED' ? 'ENROLLED' : `WAITLISTED ${p.waitlistPosition}`;
    process.stdout.write(`${String(i + 1).padStart(4)}  ${p.applicant.id}  ${where}\n`);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
