// Placeholder: replaced by the page itself.
export function CoursesPage() {
  return <h1>CoursesPage</h1>;
}
