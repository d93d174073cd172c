// What courses exports at /metrics beyond the series every subgraph has: applications it took,
// by where each landed (ENROLLED, WAITLISTED, or PENDING for a lottery or staff's decision).
// Prometheus turns the counter into applications per second with rate().
import { serviceMetrics } from '@baeumteo/server';
import type { EnrollmentRow } from './db/schema.ts';

const applications = () =>
  serviceMetrics('courses').counter({
    name: 'baeumteo_course_applications_total',
    help: 'Applications to courses accepted, by the status they got (ENROLLED, WAITLISTED, PENDING).',
    labelNames: ['outcome'],
  });

/** Counts one new application (not a repeated one answered with the enrollment it already has). */
export function countApplication(enrollment: Pick<EnrollmentRow, 'status'>): void {
  applications().inc({ outcome: enrollment.status });
}
