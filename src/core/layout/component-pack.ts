/**
 * Packs separately laid-out components into one compact picture: each
 * component's smallest enclosing circle (Welzl 1991, "Smallest enclosing
 * disks (balls and ellipsoids)", LNCS 555) is padded, then the circles are
 * packed by d3-hierarchy's front-chain algorithm (Wang, Wang, Dai & Wang
 * 2006, "Visualization of large hierarchical data by circle packing", CHI)
 * in the order given — largest first, so it sits in the middle and the
 * smaller ones wrap around it. Both d3 steps are deterministic.
 */
import { packEnclose, packSiblings } from 'd3-hierarchy';

/** Where a component's positions moved, and the circle it now occupies. */
export interface PackedComponent {
  /** Add to every x (and y) of the component's positions. */
  dx: number;
  dy: number;
  /** Centre and radius (unpadded) of its enclosing circle after the move. */
  x: number;
  y: number;
  r: number;
}

/**
 * Moves of each component (positions [x0, y0, x1, y1, …] in its own frame,
 * largest first) so that their enclosing circles, grown by `padding / 2`, do
 * not overlap; the packed group's enclosing circle is centred on 0,0 and its
 * radius returned.
 */
export function packComponents(components: readonly ArrayLike<number>[], padding: number): { placed: PackedComponent[]; radius: number } {
  const circles = components.map((positions) => {
    const points: { x: number; y: number; r: number }[] = [];
    for (let k = 0; k + 1 < positions.length; k += 2) points.push({ x: positions[k]!, y: positions[k + 1]!, r: 0 });
    const own = packEnclose(points);
    return { cx: own.x, cy: own.y, own: own.r, r: own.r + padding / 2, x: 0, y: 0 };
  });
  if (circles.length === 0) return { placed: [], radius: 0 };
  packSiblings(circles);
  const all = packEnclose(circles);
  const placed = circles.map((c) => {
    const x = c.x - all.x;
    const y = c.y - all.y;
    return { dx: x - c.cx, dy: y - c.cy, x, y, r: c.own };
  });
  return { placed, radius: all.r };
}
