// Placeholder: replaced by the page itself.
export function VerifyCertificatePage() {
  return <h1>VerifyCertificatePage</h1>;
}
