import { downloads } from '@baeumteo/contracts';
import type { CertificateResolvers } from '../generated/graphql.ts';

export const Certificate: CertificateResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.certificateById.load(ref.id),
  city: (c) => ({ id: c.cityId }),
  course: (c) => (c.courseId ? { id: c.courseId } : null),
  verificationUrl: (c, _, ctx) => ctx.links.verificationUrl(c.number),
  pdfPath: (c) => downloads.certificatePdf.path(c.number),
};
