// The signed-in resident's access token, for this browser tab only (sessionStorage): it lasts
// 15 minutes and is never written where another site or a later visitor could read it.
const KEY = 'baeumteo.token';

export function readToken(): string | null {
  try {
    return window.sessionStorage.getItem(KEY);
  } catch {
    return null; // storage disabled: the resident signs in again on the next page
  }
}

export function storeToken(token: string | null): void {
  try {
    if (token) window.sessionStorage.setItem(KEY, token);
    else window.sessionStorage.removeItem(KEY);
  } catch {
    // not persisted; the token still works for this page
  }
}

/** GET a file the gateway serves to the signed-in resident (e.g. a certificate PDF) and save it. */
export async function downloadWithToken(url: string, token: string, filename: string): Promise<void> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`download failed: ${response.status}`);
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
