// GET /downloads/...: files history serves and the gateway passes on with the verified caller.
// The paths are built (GraphQL's pdfPath, csvPath) and matched (history's handler) from here.
import { z } from 'zod';

const certificatePdf = /^\/downloads\/certificates\/([^/]{1,100})\.pdf$/;

export const downloads = {
  owner: 'history',
  prefix: '/downloads/',
  certificatePdf: {
    path: (number: string) => `/downloads/certificates/${encodeURIComponent(number)}.pdf`,
    /** The (still percent-encoded) number in a certificate PDF's path, or null. */
    match: (pathname: string): string | null => certificatePdf.exec(pathname)?.[1] ?? null,
  },
  provinceStatsCsv: {
    path: (from: Date, to: Date) =>
      `/downloads/province-stats.csv?${new URLSearchParams({ from: from.toISOString(), to: to.toISOString() })}`,
    match: (pathname: string) => pathname === '/downloads/province-stats.csv',
    query: z.object({ from: z.string().max(64), to: z.string().max(64) }),
  },
} as const;
