/**
 * Summarises a page CPU profile (CDP `Profiler.stop`) by self time, with each
 * function's place in the original sources read from the build's source maps
 * (the shipped code is minified: names alone would say little). A small VLQ
 * decoder, so the benchmark needs no source-map package.
 */
import { existsSync, readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame }[];
  samples?: number[];
  timeDeltas?: number[];
}
export interface HotSpot {
  name: string;
  where: string;
  selfMs: number;
  share: number;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One generated line's segments: [column, source, line, column, name?] with absolute values. */
type Segment = [number, number, number, number, number];
interface SourceMap {
  sources: string[];
  names: string[];
  lines: Segment[][];
}

function decode(map: { sources: string[]; names?: string[]; mappings: string }): SourceMap {
  const lines: Segment[][] = [];
  let source = 0,
    line = 0,
    column = 0,
    name = 0;
  for (const text of map.mappings.split(';')) {
    const segments: Segment[] = [];
    let generated = 0;
    for (const seg of text.split(',')) {
      if (!seg) continue;
      const values: number[] = [];
      let value = 0,
        shift = 0;
      for (const ch of seg) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      generated += values[0] ?? 0;
      if (values.length < 4) continue;
      source += values[1]!;
      line += values[2]!;
      column += values[3]!;
      if (values.length > 4) name += values[4]!;
      segments.push([generated, source, line, column, values.length > 4 ? name : -1]);
    }
    lines.push(segments);
  }
  return { sources: map.sources, names: map.names ?? [], lines };
}

/** Maps served URLs to source maps in `outDir` (read once each). */
export function sourceMapper(baseUrl: string, outDir: string): (frame: CallFrame) => { name: string; where: string } {
  const maps = new Map<string, SourceMap | null>();
  const mapOf = (url: string): SourceMap | null => {
    if (!maps.has(url)) {
      const file = `${outDir}/${url.slice(baseUrl.length).split('?')[0]}.map`;
      maps.set(url, url.startsWith(baseUrl) && existsSync(file) ? decode(JSON.parse(readFileSync(file, 'utf8'))) : null);
    }
    return maps.get(url)!;
  };
  return (frame) => {
    const name = frame.functionName || '(anonymous)';
    const map = frame.url ? mapOf(frame.url) : null;
    const segments = map?.lines[frame.lineNumber];
    if (!map || !segments) return { name, where: frame.url ? frame.url.replace(baseUrl, '') : '' };
    let best: Segment | undefined;
    for (const s of segments) {
      if (s[0] > frame.columnNumber) break;
      best = s;
    }
    if (!best) return { name, where: frame.url.replace(baseUrl, '') };
    const source = (map.sources[best[1]] ?? '?').replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '');
    const original = best[4] >= 0 ? map.names[best[4]] : undefined;
    return { name: original && original !== name ? `${original} (${name})` : name, where: `${source}:${best[2] + 1}` };
  };
}

/** Self time by function (same name and place merged), largest first; idle time left out. */
export function hotSpots(profile: CpuProfile, locate: (frame: CallFrame) => { name: string; where: string }, top = 15): { total: number; top: HotSpot[] } {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<string, HotSpot>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  for (let i = 0; i < samples.length; i++) {
    const frame = byNode.get(samples[i]!);
    const ms = (deltas[i + 1] ?? 0) / 1000;
    if (!frame || frame.functionName === '(idle)') continue;
    total += ms;
    const { name, where } = locate(frame);
    const key = `${name}@${where}`;
    const spot = self.get(key) ?? { name, where, selfMs: 0, share: 0 };
    spot.selfMs += ms;
    self.set(key, spot);
  }
  const sorted = [...self.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, top);
  for (const s of sorted) s.share = total > 0 ? s.selfMs / total : 0;
  return { total, top: sorted };
}
