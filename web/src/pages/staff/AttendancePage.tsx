// Placeholder: replaced by the page itself.
export function AttendancePage() {
  return <h1>AttendancePage</h1>;
}
