// Renders a certificate (수료증) as a one-page A4 PDF: Korean with English beneath, and a QR code to verify it.
// The same view always gives the same bytes: fixed metadata, fonts read once, a fixed layout.
import PDFDocument from 'pdfkit';
import { registerFonts } from './fonts.ts';
import { drawCertificate, issuerEn, issuerKo } from './layout.ts';

export interface CertificateView {
  number: string;
  holderName: string;
  courseTitle: string;
  courseTitleEn: string | null;
  cityNameKo: string;
  cityNameEn: string;
  categoryKo: string;
  categoryEn: string;
  hours: number;
  issuedAt: Date;
  revoked: boolean;
}

type Doc = PDFKit.PDFDocument;

export async function renderCertificatePdf(view: CertificateView, verifyUrl: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 36,
    lang: 'ko-KR',
    displayTitle: true,
    // Fixed metadata (pdfkit would otherwise stamp the current time) makes a re-download byte-identical.
    info: {
      Title: view.number,
      Author: `${issuerKo} / ${issuerEn}`,
      Creator: `${issuerKo} / ${issuerEn}`,
      Producer: `${issuerKo} / ${issuerEn}`,
      CreationDate: view.issuedAt,
      ModDate: view.issuedAt,
    },
  });
  registerFonts(doc);
  const done = collect(doc);
  drawCertificate(doc, view, verifyUrl);
  doc.end();
  return done;
}

function collect(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
