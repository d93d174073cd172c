import { downloads } from '@baeumteo/contracts';
import type { CertificateResolvers } from '../generated/graphql.ts';
import { canReadCertificate } from '../rules/access.ts';

export const Certificate: CertificateResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.certificateById.load(ref.id),
  city: (c) => ({ id: c.cityId }),
  course: (c) => (c.courseId ? { id: c.courseId } : null),
  // The code and the reason are the holder's and staff's; whoever verified with the code sees neither.
  verificationCode: (c, _, ctx) => (canReadCertificate(ctx.caller, c) ? c.verificationCode : null),
  revocationReason: (c, _, ctx) => (canReadCertificate(ctx.caller, c) ? c.revocationReason : null),
  verificationUrl: (c, _, ctx) =>
    ctx.links.verificationUrl(c, canReadCertificate(ctx.caller, c) ? c.verificationCode : null),
  pdfPath: (c) => downloads.certificatePdf.path(c.number),
};
