import type { ValueModel } from "./model";

export interface Example {
  features: Map<string, number>;
  label: boolean;
}

/**
 * L2-regularised logistic regression by full-batch gradient descent with Adagrad steps, from
 * zero weights: deterministic, so the same labels always give the same weight file.
 */
export function fitLogistic(examples: Example[], vocabulary: Set<string>, { l2 = 0.01, wordPenalty = 10, iterations = 400, rate = 1 } = {}): ValueModel {
  const index = new Map([...vocabulary].map((f, i) => [f, i]));
  const rows = examples.map((e) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [f, x] of e.features) {
      const i = index.get(f);
      if (i === undefined) continue;
      idx.push(i);
      val.push(x);
    }
    return { idx, val, y: e.label ? 1 : 0 };
  });
  const n = rows.length;
  // Rule scores are few and mean what they say; words are many: words pay more for their weight.
  const penalty = Float64Array.from([...index.keys()], (f) => (f.startsWith("r:") || f.startsWith("h:") ? 0.1 : wordPenalty));
  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size).fill(1e-8);
  let bias = 0;
  let bias2 = 1e-8;
  const grad = new Float64Array(index.size);
  for (let it = 0; it < iterations; it++) {
    grad.fill(0);
    let gb = 0;
    for (const r of rows) {
      let z = bias;
      for (let k = 0; k < r.idx.length; k++) z += w[r.idx[k]] * r.val[k];
      const err = 1 / (1 + Math.exp(-z)) - r.y;
      gb += err;
      for (let k = 0; k < r.idx.length; k++) grad[r.idx[k]] += err * r.val[k];
    }
    for (let i = 0; i < w.length; i++) {
      const g = grad[i] / n + l2 * penalty[i] * w[i];
      g2[i] += g * g;
      w[i] -= (rate * g) / Math.sqrt(g2[i]);
    }
    gb /= n;
    bias2 += gb * gb;
    bias -= (rate * gb) / Math.sqrt(bias2);
  }
  const weights: Record<string, number> = {};
  for (const [f, i] of index) if (Math.abs(w[i]) >= 0.01) weights[f] = Math.round(w[i] * 1e4) / 1e4;
  return { bias: Math.round(bias * 1e4) / 1e4, weights };
}
