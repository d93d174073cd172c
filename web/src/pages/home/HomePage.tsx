// Placeholder: replaced by the page itself.
export function HomePage() {
  return <h1>HomePage</h1>;
}
