// Placeholder: replaced by the page itself.
export function ContentPage() {
  return <h1>ContentPage</h1>;
}
