/**
 * A file handed to the browser: a Blob URL and a hidden `<a download>` (no `downloads` permission).
 * On its own, so a page that saves a text file (the library's backup) does not load the books' code.
 */

/** Saves bytes as a file: a Blob URL, a hidden `<a download>` clicked (in `where`: a shadow root works too). */
export function saveBlob(fileName: string, blob: Blob, where: ParentNode = document.body): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  where.append(a);
  a.click();
  a.remove();
  // Long enough for the browser to have read it; a Blob URL lives until revoked.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
