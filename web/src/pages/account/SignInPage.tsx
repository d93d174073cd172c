// Placeholder: replaced by the page itself.
export function SignInPage() {
  return <h1>SignInPage</h1>;
}
