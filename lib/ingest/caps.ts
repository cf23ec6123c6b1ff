// Caps on what one record may hold. Real titles run to ~230 characters and abstracts to ~2,500;
// the caps leave room for that many times over, and stop the one record that would freeze
// highlighting in the search engine (its cost grows with the square of a field's length).
export const TITLE_MIN = 3;
export const TITLE_MAX = 500;
export const ABSTRACT_MIN = 40;
export const ABSTRACT_MAX = 20_000;
/** Any line of a dump: longer than any title or abstract, so it only stops what is not text. */
export const LINE_MAX = 100_000;
/** Years a paper's date may carry (transformers date from 2017; older dates are typos or hostile). */
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;

/** The reason a record is rejected for its size, naming the cap: "abstract is 23,456 characters, over the 20,000-character abstract cap". */
export function overCap(subject: string, length: number, cap: number, capName: string): string {
  return `${subject} is ${length.toLocaleString("en")} characters, over the ${cap.toLocaleString("en")}-character ${capName} cap`;
}
