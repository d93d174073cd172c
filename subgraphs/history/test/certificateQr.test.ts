// The certificate PDF's QR code, read back from the drawing operators: it encodes the verification
// link, and no text intrudes on its quiet zone.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCertificatePdf } from '../src/pdf/certificatePdf.ts';
import { drawnQr, expectedQr, overlaps } from './pdfQr.ts';
import { readPdf, verifyUrl, view } from './pdfReading.ts';

describe('renderCertificatePdf', () => {
  let valid: Buffer;

  beforeAll(async () => {
    valid = await renderCertificatePdf(view, verifyUrl);
  });

  it('draws a QR code of the verification link, with a clear quiet zone', async () => {
    const { operators, textBoxes } = await readPdf(valid);
    const qr = drawnQr(operators);

    expect(qr.rows).toEqual(expectedQr(verifyUrl));
    for (const box of textBoxes) expect(overlaps(box, qr.quietZone)).toBe(false);
  });
});
