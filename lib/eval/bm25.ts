/**
 * Plain Okapi BM25 over title + abstract (k1 1.2, b 0.75): the baseline the catalogue's
 * ranking is measured against. No stemming, typos or synonyms, as a textbook BM25 has none.
 */
export interface Bm25Doc {
  id: string;
  text: string;
}

const K1 = 1.2;
const B = 0.75;

export const tokenize = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

export function bm25Ranker(docs: Bm25Doc[]): (query: string) => string[] {
  const tokenized = docs.map((d) => ({ id: d.id, terms: tokenize(d.text) }));
  const avgLength = tokenized.reduce((s, d) => s + d.terms.length, 0) / Math.max(1, tokenized.length);
  const df = new Map<string, number>();
  const tf = tokenized.map((d) => {
    const counts = new Map<string, number>();
    for (const t of d.terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const t of counts.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    return counts;
  });
  const n = tokenized.length;
  const idf = (t: string) => Math.log(1 + (n - (df.get(t) ?? 0) + 0.5) / ((df.get(t) ?? 0) + 0.5));
  return (query) => {
    const terms = [...new Set(tokenize(query))];
    return tokenized
      .map((d, i) => {
        const norm = K1 * (1 - B + (B * d.terms.length) / avgLength);
        const score = terms.reduce((s, t) => {
          const f = tf[i].get(t) ?? 0;
          return s + (f ? (idf(t) * f * (K1 + 1)) / (f + norm) : 0);
        }, 0);
        return { id: d.id, score };
      })
      .filter((d) => d.score > 0)
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .map((d) => d.id);
  };
}
