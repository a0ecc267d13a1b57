/**
 * Which files the officer may attach, decided once for the file pickers (renderer) and the
 * handlers that store the files (backend).
 */

/** A scanned signed copy of a document in the register. */
export const signedCopyExtensions = [".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff"] as const;

/** A component of an award dossier: scans, Word and Excel papers. */
export const attachmentExtensions = [
  ...signedCopyExtensions,
  ".doc",
  ".docx",
  ".odt",
  ".xls",
  ".xlsx",
] as const;

/** The extension of a file name, lower case with its dot ("Bien ban.PDF" → ".pdf"). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? fileName.slice(dot).toLowerCase() : "";
}

export function isAllowedFile(fileName: string, allowed: readonly string[]): boolean {
  return allowed.includes(extensionOf(fileName));
}
