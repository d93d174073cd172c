// Placeholder: replaced by the page itself.
export function MyLearningPage() {
  return <h1>MyLearningPage</h1>;
}
