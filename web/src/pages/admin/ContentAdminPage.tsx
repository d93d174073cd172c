// Placeholder: replaced by the page itself.
export function ContentAdminPage() {
  return <h1>ContentAdminPage</h1>;
}
