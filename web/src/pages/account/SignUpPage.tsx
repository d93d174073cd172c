// Placeholder: replaced by the page itself.
export function SignUpPage() {
  return <h1>SignUpPage</h1>;
}
