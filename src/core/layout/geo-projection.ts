/**
 * The map projection of the geographic layout, shared by node placement and
 * the world outline the UI draws under the nodes, so both line up. Uses
 * d3-geo's Equal Earth projection (Šavrič, Patterson & Jenny 2019, "The Equal
 * Earth map projection", IJGIS 33(3)), fitted to the nodes with coordinates,
 * and returns graph coordinates: y grows upward (north up on sigma's screen),
 * so d3's downward y is negated.
 */
import { geoEqualEarth, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { ReadGraph } from '../graph/types';
import type { Point } from './seed-positions';

/** Side of the square the placed nodes are fitted into, in graph units. */
export const GEO_EXTENT = 1000;

export interface GeoProjection2D {
  /** Graph position of a longitude/latitude; null if the projection cannot place it. */
  project(lon: number, lat: number): Point | null;
  /** Country borders and coastlines of a world-atlas topology (e.g. `countries-110m.json`) as polylines in graph coordinates. */
  outlinePaths(topology: Topology, object?: string): Array<Array<[number, number]>>;
  /** The outline of the whole globe in graph coordinates, as one closed polyline. */
  spherePath(): Array<[number, number]>;
}

/** Longitude/latitude of a node, when both are valid numbers. */
export function nodeCoordinates(graph: ReadGraph, node: string): [number, number] | null {
  const { lat, lon } = graph.getNodeAttributes(node);
  if (typeof lat !== 'number' || typeof lon !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return [lon, lat];
}

/** Records what d3's geoPath draws as polylines, with y negated. */
function polylineContext() {
  const lines: Array<Array<[number, number]>> = [];
  let current: Array<[number, number]> = [];
  return {
    lines,
    beginPath() {
      // Each moveTo starts a new polyline.
    },
    moveTo(x: number, y: number) {
      current = [[x, -y]];
      lines.push(current);
    },
    lineTo(x: number, y: number) {
      current.push([x, -y]);
    },
    closePath() {
      const first = current[0];
      if (first) current.push([first[0], first[1]]);
    },
    arc() {
      // Points are not drawn in an outline.
    },
  };
}

function draw(projection: GeoProjection, object: GeoPermissibleObjects): Array<Array<[number, number]>> {
  const context = polylineContext();
  geoPath(projection, context).pointRadius(0)(object);
  return context.lines.filter((line) => line.length > 1);
}

/**
 * The Equal Earth projection fitted to the nodes of `graph` with coordinates
 * (into a GEO_EXTENT square centred on 0), or to the whole globe when fewer
 * than two distinct places are known.
 */
export function createGeoProjection(graph: ReadGraph): GeoProjection2D {
  const points = new Map<string, [number, number]>();
  graph.forEachNode((node) => {
    const c = nodeCoordinates(graph, node);
    if (c) points.set(c.join(','), c);
  });
  const half = GEO_EXTENT / 2;
  const extent: [[number, number], [number, number]] = [
    [-half, -half],
    [half, half],
  ];
  const projection = geoEqualEarth();
  if (points.size >= 2) projection.fitExtent(extent, { type: 'MultiPoint', coordinates: [...points.values()] });
  else projection.fitExtent(extent, { type: 'Sphere' });
  return {
    project(lon, lat) {
      const p = projection([lon, lat]);
      return p && Number.isFinite(p[0]) && Number.isFinite(p[1]) ? { x: p[0], y: -p[1] } : null;
    },
    outlinePaths(topology, object = 'countries') {
      const geometry = topology.objects[object];
      if (!geometry) throw new Error(`layout/geo: the topology has no object '${object}'`);
      return draw(projection, mesh(topology, geometry as GeometryCollection));
    },
    spherePath() {
      return draw(projection, { type: 'Sphere' })[0] ?? [];
    },
  };
}
