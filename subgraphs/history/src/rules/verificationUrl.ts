// The public verification page's address for a certificate, from the configured template
// (CERTIFICATE_VERIFY_URL, an absolute URL): {number} is replaced by the number and {code} by the
// verification code; a template without {code} gets the code as the `code` query parameter.
// {city}, when the template has it, is the issuing city's id: each city's site verifies its own
// certificates (e.g. https://{city}.baeumteo.kr/verify/{number}), as notifications' NOTIFY_SITE_URL
// names the sites. Without a code (for someone who may not read it), the address names the number alone.

export function verificationAddress(
  template: string,
  number: string,
  code: string | null,
  cityId: string,
): string {
  const url = new URL(
    template
      .replaceAll('{city}', encodeURIComponent(cityId))
      .replaceAll('{number}', encodeURIComponent(number))
      .replaceAll('{code}', encodeURIComponent(code ?? '')),
  );
  if (code === null) {
    if (url.searchParams.get('code') === '') url.searchParams.delete('code');
  } else if (!template.includes('{code}')) {
    url.searchParams.set('code', code);
  }
  return url.toString();
}
