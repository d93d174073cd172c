// Where the files history serves are found: the gateway passes GET /downloads/... on to history.

export const certificatePdfPath = (number: string) => `/downloads/certificates/${number}.pdf`;

export const provinceStatsCsvPath = (from: Date, to: Date) =>
  `/downloads/province-stats.csv?from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`;
