// Placeholder: replaced by the page itself.
export function LiveClassesPage() {
  return <h1>LiveClassesPage</h1>;
}
