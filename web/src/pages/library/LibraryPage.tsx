// Placeholder: replaced by the page itself.
export function LibraryPage() {
  return <h1>LibraryPage</h1>;
}
