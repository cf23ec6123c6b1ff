const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

// A month as Hugging Face prints it ("Sep"), spelt out ("September"), or with a full stop ("Sept.").
const MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
// An upvote count after the date, as the page prints it ("2", "1,234", "1.2k"), maybe after a "·".
const UPVOTES = "(?: (?:· )?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?[kK]|\\d+))?";

/**
 * `Apr 22, 2021`, `Sep 25`, `Apr 17 2` (upvotes 2), `Sep 19, 2023 2`: what Hugging Face prints. A copy
 * made by hand or by another tool may also say `Published on Apr 22, 2021`, `Aug 19,2023`,
 * `September 25, 2024`, `19 Aug 2023`, `2021-04-22`, or `1.2k` upvotes. `Apr 22 2021` stays upvotes 2021:
 * that is how the page prints a year-less date's upvotes.
 */
const DATE_FORMS = [
  { re: new RegExp(`^(?:Published on )?${MONTH} (\\d{1,2})(?:, ?(\\d{4}))?${UPVOTES}$`), month: 1, day: 2, year: 3, upvotes: 4 },
  { re: new RegExp(`^(?:Published on )?(\\d{1,2}) ${MONTH},? (\\d{4})${UPVOTES}$`), month: 2, day: 1, year: 3, upvotes: 4 },
  { re: new RegExp(`^(?:Published on )?(\\d{4})-(\\d{2})-(\\d{2})${UPVOTES}$`), month: 2, day: 3, year: 1, upvotes: 4 },
] as const;

/** A page date in the listing's header: month and day only. */
export const PAGE_DATE = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2})$/;

export interface DateLine {
  month: number;
  day: number;
  year: number | null;
  upvotes: number | null;
}

const monthNumber = (text: string) => (/^\d+$/.test(text) ? Number(text) : MONTHS.indexOf(text.slice(0, 3)) + 1);

/** "1,234" is 1234 and "1.2k" 1200, as the page abbreviates them. */
function upvoteCount(text: string | undefined): number | null {
  if (!text) return null;
  if (/k$/i.test(text)) return Math.round(Number(text.slice(0, -1)) * 1000);
  return Number(text.replace(/,/g, ""));
}

export function parseDateLine(text: string): DateLine | null {
  for (const form of DATE_FORMS) {
    const m = form.re.exec(text);
    if (!m) continue;
    return {
      month: monthNumber(m[form.month]),
      day: Number(m[form.day]),
      year: m[form.year] ? Number(m[form.year]) : null,
      upvotes: upvoteCount(m[form.upvotes]),
    };
  }
  return null;
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function isValidIsoDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

/**
 * Hugging Face leaves out the year for dates in the current year. Such a date takes
 * the year of the dump's capture date, or the year before when that would put it
 * after the capture: a listing never shows a paper from its future.
 */
export function resolveDate(date: DateLine, capturedOn: string | null): string | null {
  if (date.year !== null) {
    const value = iso(date.year, date.month, date.day);
    return isValidIsoDate(value) ? value : null;
  }
  if (!capturedOn) return null;
  const captureYear = Number(capturedOn.slice(0, 4));
  let value = iso(captureYear, date.month, date.day);
  if (value > capturedOn) value = iso(captureYear - 1, date.month, date.day);
  return isValidIsoDate(value) ? value : null;
}
