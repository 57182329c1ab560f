/** Saves a blob under a file name through a temporary blob: URL, revoked once the save has started. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the URL after click() returns; revoking in the same task can cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Los Angeles riots.csv" → "los-angeles-riots": safe in a file name on every system. */
export function slug(text: string): string {
  const base = text.replace(/\.[a-z0-9]{1,8}$/i, '');
  return base.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'sortie-data';
}

/** Today as YYYY-MM-DD (UTC), for file names. */
export const today = (now = new Date()) => now.toISOString().slice(0, 10);
