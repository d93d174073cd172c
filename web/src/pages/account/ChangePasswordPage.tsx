// Placeholder: replaced by the page itself.
export function ChangePasswordPage() {
  return <h1>ChangePasswordPage</h1>;
}
