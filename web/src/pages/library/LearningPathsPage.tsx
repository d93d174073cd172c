// Placeholder: replaced by the page itself.
export function LearningPathsPage() {
  return <h1>LearningPathsPage</h1>;
}
