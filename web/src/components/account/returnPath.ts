/**
 * Where to go after signing in: `next` when it is a path on this site ("/me", "/courses/1?x=y"),
 * never another site ("//evil.example", "https://…", "/\\evil.example"), else `fallback`.
 */
export function returnPath(next: string | null | undefined, fallback = '/me'): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  // Control characters (a tab or newline inside "/\t/evil") are dropped by URL parsers: refuse them.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: that is what it looks for
  if (/[\u0000-\u001f\u007f]/.test(next)) return fallback;
  return next;
}
