// GET /downloads/...: a certificate's PDF for its holder, and the province statistics as CSV.
// The gateway passes these on with the verified caller; errors answer JSON with a code.
import { downloads, findCity, learningCategories } from '@baeumteo/contracts';
import { type Database, jsonResponse, type RequestContext, type SubgraphDownloads } from '@baeumteo/server';
import { GraphQLError } from 'graphql';
import { type Links, reposOf } from '../context.ts';
import type { tables } from '../db/schema.ts';
import { provinceStats, provinceStatsCsv } from '../operations/provinceStats.ts';
import { renderCertificatePdf } from '../pdf/certificatePdf.ts';
import { assertStatsReader, canReadCertificate } from '../rules/access.ts';
import { normalizeCertificateNumber } from '../rules/certificateNumber.ts';
import { checkPeriod } from '../rules/stats.ts';

const statusOf: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400 };

const safeDecode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
};

/** A personal file: downloaded, never cached on the way. */
const attachment = (contentType: string, filename: string, body: string | Uint8Array) => ({
  status: 200,
  headers: {
    'content-type': contentType,
    'content-disposition': `attachment; filename="${filename}"`,
    'cache-control': 'private, no-store',
  },
  body,
});

/** A rule's GraphQL error as a JSON answer with the same code and message. */
function errorResponse(error: unknown) {
  if (!(error instanceof GraphQLError)) throw error;
  const code = String(error.extensions.code ?? 'INTERNAL_SERVER_ERROR');
  return jsonResponse(statusOf[code] ?? 500, { error: error.message, code, field: error.extensions.field });
}

export function historyDownloads(database: Database<typeof tables>, links: Links): SubgraphDownloads {
  const repo = reposOf(database);

  async function certificatePdf(request: RequestContext, rawNumber: string) {
    if (!request.caller) return jsonResponse(401, { error: 'Sign in first.', code: 'UNAUTHENTICATED' });
    const number = normalizeCertificateNumber(safeDecode(rawNumber).slice(0, 64));
    const certificate = number ? await repo.certificates.byNumber(number) : null;
    if (!certificate || !canReadCertificate(request.caller, certificate)) {
      return jsonResponse(404, { error: 'No certificate with this number.', code: 'NOT_FOUND' });
    }
    await repo.accessLog.record(request, certificate.learnerId, 'DOWNLOAD_CERTIFICATE');
    const city = findCity(certificate.cityId);
    const category = learningCategories.find((c) => c.id === certificate.category);
    const pdf = await renderCertificatePdf(
      {
        number: certificate.number,
        holderName: certificate.holderName,
        courseTitle: certificate.courseTitle,
        courseTitleEn: certificate.courseTitleEn,
        cityNameKo: city?.nameKo ?? certificate.cityId,
        cityNameEn: city?.nameEn ?? certificate.cityId,
        categoryKo: category?.nameKo ?? certificate.category,
        categoryEn: category?.nameEn ?? certificate.category,
        hours: certificate.hours,
        issuedAt: certificate.issuedAt,
        revoked: certificate.revokedAt !== null,
      },
      links.verificationUrl(certificate, certificate.verificationCode),
    );
    return attachment('application/pdf', `${certificate.number}.pdf`, pdf);
  }

  async function statsCsv(request: RequestContext, url: URL) {
    try {
      assertStatsReader(request.caller);
      const from = new Date(url.searchParams.get('from') ?? '');
      const to = new Date(url.searchParams.get('to') ?? '');
      if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) {
        return jsonResponse(400, {
          error: 'Give from and to as RFC 3339 date-times, e.g. 2026-01-01T00:00:00+09:00.',
          code: 'BAD_USER_INPUT',
        });
      }
      const table = await provinceStats(repo, checkPeriod(from, to));
      const name = `province-stats_${from.toISOString().slice(0, 10)}_${to.toISOString().slice(0, 10)}.csv`;
      return attachment('text/csv; charset=utf-8', name, provinceStatsCsv(table));
    } catch (error) {
      return errorResponse(error);
    }
  }

  return {
    prefix: downloads.prefix,
    handler: async (request, url) => {
      const number = downloads.certificatePdf.match(url.pathname);
      if (number) return certificatePdf(request, number);
      if (downloads.provinceStatsCsv.match(url.pathname)) return statsCsv(request, url);
      return jsonResponse(404, { error: 'Not found.', code: 'NOT_FOUND' });
    },
  };
}
