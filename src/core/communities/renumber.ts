/**
 * Stable community numbering, so that colours assigned by id do not depend on
 * the order an algorithm happened to visit nodes in.
 */
import type { Csr } from '../metrics/csr';

/**
 * Renumbers `membership` (integer labels in [0, n)) by size: 0 = largest
 * community, ties broken by the smallest node index in the community.
 * Isolated nodes (no neighbours in `csr`) each get their own community,
 * numbered after all the others in node order.
 */
export function renumberBySize(csr: Csr, membership: Int32Array): { communities: Int32Array; count: number } {
  const n = csr.n;
  const isolated = (i: number): boolean => csr.offsets[i + 1] === csr.offsets[i];
  const size = new Int32Array(n);
  const first = new Int32Array(n).fill(n);
  for (let i = 0; i < n; i++) {
    if (isolated(i)) continue;
    const c = membership[i]!;
    size[c]!++;
    if (i < first[c]!) first[c] = i;
  }
  const labels: number[] = [];
  for (let c = 0; c < n; c++) if (size[c]! > 0) labels.push(c);
  labels.sort((a, b) => size[b]! - size[a]! || first[a]! - first[b]!);

  const id = new Int32Array(n);
  labels.forEach((c, rank) => (id[c] = rank));
  const communities = new Int32Array(n);
  let count = labels.length;
  for (let i = 0; i < n; i++) communities[i] = isolated(i) ? count++ : id[membership[i]!]!;
  return { communities, count };
}
