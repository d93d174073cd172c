// The verification QR code, drawn as vector squares.
import QRCode from 'qrcode';

type Doc = PDFKit.PDFDocument;

const qrQuietZone = 4;

/** Draws the QR of `url` as one filled path of vector squares, with the standard four-module quiet zone. */
export function drawQr(doc: Doc, url: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const cell = size / (modules.size + 2 * qrQuietZone);
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      doc.rect(x + (col + qrQuietZone) * cell, y + (row + qrQuietZone) * cell, cell, cell);
    }
  }
  doc.fill('#000000');
}
