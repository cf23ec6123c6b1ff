/**
 * Why a file that yields no paper is not a listing at all, when the reason is its bytes rather
 * than its layout: an empty file, a UTF-16 export or a binary file dropped in the dumps folder
 * deserves a reason a person can act on, not "fits neither layout".
 */
export function notTextReason(text: string): string | null {
  if (text.length === 0) return "empty file: nothing to read";
  if (!text.trim()) return "only blank lines: nothing to read";
  const sample = text.slice(0, 4096);
  const nul = sample.split("\u0000").length - 1;
  // UTF-16 puts a NUL byte beside every ASCII letter; read as UTF-8, about every second character is NUL.
  if (nul > sample.length / 4) return "UTF-16 encoded (NUL bytes between the letters): save it as UTF-8";
  const undecodable = sample.split("\uFFFD").length - 1;
  if (nul > 0 || undecodable > sample.length / 20)
    return `not text: ${nul ? `${nul} NUL bytes` : `${undecodable} bytes that are not UTF-8`} in its first 4 KB (a binary file?)`;
  return null;
}
