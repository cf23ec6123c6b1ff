const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `Apr 22, 2021`, `Sep 25`, `Apr 17 2` (upvotes 2), `Sep 19, 2023 2`. */
export const DATE_LINE = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2})(?:, (\d{4}))?(?: (\d+))?$/;

/** A page date in the listing's header: month and day only. */
export const PAGE_DATE = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2})$/;

export interface DateLine {
  month: number;
  day: number;
  year: number | null;
  upvotes: number | null;
}

export function parseDateLine(text: string): DateLine | null {
  const m = DATE_LINE.exec(text);
  if (!m) return null;
  return {
    month: MONTHS.indexOf(m[1]) + 1,
    day: Number(m[2]),
    year: m[3] ? Number(m[3]) : null,
    upvotes: m[4] ? Number(m[4]) : null,
  };
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
