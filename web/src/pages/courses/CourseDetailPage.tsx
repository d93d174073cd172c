// Placeholder: replaced by the page itself.
export function CourseDetailPage() {
  return <h1>CourseDetailPage</h1>;
}
