const ACCENTS: Record<string, string> = { '"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303" };

const KNOWN_MACROS: Record<string, string> = {
  eg: "e.g.",
  ie: "i.e.",
  etal: "et al.",
  Delta: "Δ",
  delta: "δ",
  alpha: "α",
  beta: "β",
  times: "×",
  sim: "~",
};

/**
 * Turns the LaTeX left in Hugging Face abstracts into plain text. Unknown macros
 * (`\tool`, `{\SST}`) were the authors' names for their own model, so they become
 * the model name when the title gives one.
 */
export function cleanLatex(text: string, modelName: string | null = null): string {
  return (
    text
      .replace(/\\([%&_$#{}])/g, "$1")
      .replace(/\\(["'`^~])\{?([A-Za-z])\}?/g, (_, accent: string, letter: string) => (letter + ACCENTS[accent]).normalize("NFC"))
      .replace(/\\(?:textbf|textit|emph|texttt|textrm|mathrm|mathbf|url|text)\{([^{}]*)\}/g, "$1")
      .replace(/\{\\([A-Za-z]+)\}/g, "\\$1")
      .replace(/\\([A-Za-z]+)\b/g, (_, name: string) => KNOWN_MACROS[name] ?? modelName ?? name)
      .replace(/``/g, "“")
      .replace(/''/g, "”")
      .replace(/(\w)--(?=\w)/g, "$1–")
      // `~` is LaTeX's non-breaking space between words ("available at~https://…").
      .replace(/([A-Za-z])~(?=[A-Za-z])/g, "$1 ")
      .replace(/(\d)\s?times(?=\s?\d|\b)/g, "$1×")
      .replace(/([A-Za-z0-9])times (\d)/g, "$1 × $2")
  );
}

/** Collapses the spacing noise of copied text: runs of blanks and blanks before punctuation. */
export function normaliseSpacing(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/\s+([,.;:!?)\]])(?=\s|$)/g, "$1")
    .replace(/([(\[])\s+/g, "$1")
    .trim();
}

// C0 controls but tab and newline, DEL and C1 controls, bidi embeddings, overrides and isolates
// (which can make a title read backwards), lone surrogates (not text: UTF-8 cannot encode them), and
// the invisible characters copied text carries (zero-width space, word joiner, a BOM in mid-text,
// soft hyphen, bidi marks): "Trans\u200bformer" would be another title and another search word.
// ZWJ and ZWNJ stay: they are part of how Persian, Indic scripts and emoji are spelled.
const INVISIBLE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Removes the characters no stored text may hold: controls, bidi overrides and isolates. */
export function stripControls(text: string): string {
  return text.replace(INVISIBLE, "");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—", hellip: "…" };
// Inline formatting a copy from a page's HTML or a markdown note carries; an unknown "<…>" (a token such
// as "<s>" or "<unk>", or "p < 0.05") is text and stays.
const TAGS = /<\/?(?:a|b|i|u|em|strong|sub|sup|p|br|span|div|code|small|mark)\b[^<>]*\/?>/gi;
const CODE_ELEMENTS = /<(script|style)\b[^<>]*>[\s\S]*?<\/\1\s*>/gi;

/** HTML tags and entities and markdown emphasis and links, as their text: "<b>VATT</b>", "**VATT**" and "VATT" are one title. */
export function cleanMarkup(text: string): string {
  // Most text has none of it: one scan instead of five replacements on every abstract of a snapshot.
  if (!/[<&*[]/.test(text)) return text;
  return text
    .replace(CODE_ELEMENTS, " ")
    .replace(TAGS, (tag) => (/^<\/?(p|br|div)\b/i.test(tag) ? " " : ""))
    .replace(/&(?:#(\d{1,6})|#x([0-9a-f]{1,6})|([a-z]+));/gi, (entity, dec?: string, hex?: string, name?: string) => {
      const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : null;
      if (code !== null) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
      return ENTITIES[name!.toLowerCase()] ?? entity;
    })
    .replace(/(^|[\s(“"])\*\*(\S(?:[^*]*?\S)?)\*\*(?=[\s.,;:!?)”"]|$)/g, "$1$2")
    .replace(/\[([^\[\]]+)\]\((https?:\/\/[^\s()]+)\)/g, "$1");
}

export function cleanText(text: string, modelName: string | null = null): string {
  return normaliseSpacing(cleanLatex(stripControls(cleanMarkup(text)), modelName));
}
