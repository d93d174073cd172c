import type { Context } from '../context.ts';
import type { CertificateRow } from '../db/schema.ts';
import { certificatePdfPath } from '../rules/downloads.ts';

export const Certificate = {
  __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.certificateById.load(ref.id),
  city: (c: CertificateRow) => ({ __typename: 'City', id: c.cityId }),
  course: (c: CertificateRow) => (c.courseId ? { __typename: 'Course', id: c.courseId } : null),
  verificationUrl: (c: CertificateRow, _: unknown, ctx: Context) => ctx.links.verificationUrl(c.number),
  pdfPath: (c: CertificateRow) => certificatePdfPath(c.number),
};
