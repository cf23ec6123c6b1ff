/**
 * A download's Content-Disposition (RFC 6266): an ASCII `filename` every client reads, and
 * `filename*` (RFC 5987) for clients that take the UTF-8 form.
 */
export function attachment(filename: string): string {
  const ascii =
    filename
      .normalize("NFKD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\/]/g, "_") || "download";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
