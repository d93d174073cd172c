import type { Context } from '../context.ts';
import type { CertificateRow } from '../db/schema.ts';

export const Certificate = {
  __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.certificateById.load(ref.id),
  city: (c: CertificateRow) => ({ __typename: 'City', id: c.cityId }),
  course: (c: CertificateRow) => (c.courseId ? { __typename: 'Course', id: c.courseId } : null),
};
