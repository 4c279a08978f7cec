/**
 * How well a measure read from the nodes file agrees with the app's own
 * computation of it, on graphs small enough to compute both: Spearman's rank
 * correlation for numbers (Spearman, "The proof and measurement of
 * association between two things", Am. J. Psychol. 15, 72–101, 1904;
 * scale-free, so Spark's PageRank that sums to n and ours that sums to 1 can
 * agree perfectly), normalised mutual information for
 * categories (Danon, Díaz-Guilera, Duch & Arenas, "Comparing community
 * structure identification", J. Stat. Mech. P09008, 2005: NMI = 2 I(X;Y) /
 * (H(X) + H(Y)), 1 for the same partition whatever its numbering).
 * Only nodes with both values count.
 */

/** Ranks of `values` from 1, ties given their mean rank. */
function ranks(values: readonly number[]): Float64Array {
  const order = values.map((_v, i) => i).sort((a, b) => values[a]! - values[b]!);
  const out = new Float64Array(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && values[order[end]!] === values[order[start]!]) end++;
    const mean = (start + end + 1) / 2; // ranks start+1 … end
    for (let k = start; k < end; k++) out[order[k]!] = mean;
    start = end;
  }
  return out;
}

/** Pairs of finite values at the same index. */
function pairs(a: Float64Array, b: Float64Array): [number[], number[]] {
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < a.length; i++) {
    if (Number.isFinite(a[i]!) && Number.isFinite(b[i]!)) {
      x.push(a[i]!);
      y.push(b[i]!);
    }
  }
  return [x, y];
}

/** Spearman's ρ (Pearson's correlation of the tie-averaged ranks) over the nodes where both are finite; NaN below 2 nodes or with a constant side. */
export function spearman(a: Float64Array, b: Float64Array): { rho: number; nodes: number } {
  const [x, y] = pairs(a, b);
  const n = x.length;
  if (n < 2) return { rho: Number.NaN, nodes: n };
  const rx = ranks(x);
  const ry = ranks(y);
  const mean = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = rx[i]! - mean;
    const dy = ry[i]! - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return { rho: sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Number.NaN, nodes: n };
}

/** Normalised mutual information of two labellings over the nodes where both have a label; 1 when both put every node in one group. */
export function normalisedMutualInformation(a: Float64Array, b: Float64Array): { nmi: number; nodes: number } {
  const [x, y] = pairs(a, b);
  const n = x.length;
  if (n === 0) return { nmi: Number.NaN, nodes: 0 };
  const count = (labels: number[]) => {
    const m = new Map<number, number>();
    for (const l of labels) m.set(l, (m.get(l) ?? 0) + 1);
    return m;
  };
  const cx = count(x);
  const cy = count(y);
  const joint = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const key = `${x[i]} ${y[i]}`;
    joint.set(key, (joint.get(key) ?? 0) + 1);
  }
  const entropy = (m: Map<number, number>) => [...m.values()].reduce((h, c) => h - (c / n) * Math.log(c / n), 0);
  let mutual = 0;
  for (const [key, c] of joint) {
    const [i, j] = key.split(' ').map(Number) as [number, number];
    mutual += (c / n) * Math.log((c * n) / (cx.get(i)! * cy.get(j)!));
  }
  const h = entropy(cx) + entropy(cy);
  return { nmi: h === 0 ? 1 : (2 * mutual) / h, nodes: n };
}
