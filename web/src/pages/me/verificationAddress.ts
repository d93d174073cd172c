/**
 * The public verification page of a certificate on this site, as its QR code opens it: with the
 * verification code, the page shows the whole certificate. `siteBase` is this site's root
 * address (origin and base path), e.g. "https://siheung.baeumteo.kr/".
 */
export function verificationAddress(number: string, code: string | null, siteBase: string): string {
  const url = new URL(
    `verify/${encodeURIComponent(number)}`,
    siteBase.endsWith('/') ? siteBase : `${siteBase}/`,
  );
  if (code) url.searchParams.set('code', code);
  return url.toString();
}
