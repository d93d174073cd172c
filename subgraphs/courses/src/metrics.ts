// What courses exports at /metrics beyond the series every subgraph has: applications it took,
// by where each landed (ENROLLED, WAITLISTED, or PENDING for a lottery or staff's decision).
// Prometheus turns the counter into applications per second with rate(). And how many
// applications each transaction wrote (repo/applications.ts): under a rush, most go in batches.
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

const batchSizes = () =>
  serviceMetrics('courses').histogram({
    name: 'baeumteo_course_application_batch_size',
    help: 'Applications to one course written in one transaction.',
    buckets: [1, 2, 5, 10, 20, 50, 100, 200],
  });

export function observeApplicationBatch(size: number): void {
  batchSizes().observe(size);
}
