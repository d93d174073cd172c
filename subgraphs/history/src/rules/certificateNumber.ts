// Certificate numbers: GG-<year>-<city code>-<serial>, e.g. GG-2026-41390-000123.
const pattern = /^GG-\d{4}-\d{5}-\d{6}$/;

/** Normalizes what a person typed (case, spaces, dashes) or returns null when it cannot be a number. */
export function normalizeCertificateNumber(input: string): string | null {
  const compact = input.trim().toUpperCase().replace(/\s+/g, '');
  return pattern.test(compact) ? compact : null;
}

/** The number of the `serial`-th certificate of a year in a city (its 5-digit administrative code). */
export function formatCertificateNumber(year: number, cityCode: string, serial: number): string {
  return `GG-${year}-${cityCode.padEnd(5, '0')}-${String(serial).padStart(6, '0')}`;
}
