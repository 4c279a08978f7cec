/**
 * The analysis worker's `graph` message (the network's encoding posted ahead
 * of the measures) against the graph the analysis ends with: a nodes file's
 * measure columns (read as measures, so taken out of the nodes' attributes)
 * are not among the encoding's node columns, and a load refused for its
 * measure columns posts no graph at all, only the fatal answer. The whole
 * `analyze` job makes no graphology graph (its figures, layout and encoding
 * come from the builder's columns); the first request that needs one makes
 * it once.
 */
import { describe, expect, it, vi } from 'vitest';
import { GraphColumns } from '../../src/core/graph/columns';
import { analyze } from '../../src/core/analysis/analyze';
import { resolveAnalysisOptions } from '../../src/core/analysis/options';
import { encodeGraph } from '../../src/core/graph/codec';
import { workerHarness } from './worker-harness';

const { send } = workerHarness();

const edges = { name: 'e.csv', text: 'source,source_type,target,target_type\nRoma,city,Decidim,project\nMilano,city,Decidim,project\nMilano,city,Acme,firm\n' };
const nodes = { name: 'n.csv', text: 'id,pagerank,note\nRoma,0.5,a\nMilano,0.3,b\nDecidim,0.2,c\n' };

describe("analysis.worker's early graph", () => {
  it("{ type: 'analyze' } with a nodes file's pagerank column posts a graph without that column, as the analysed graph has it", () => {
    const input = { edges, nodes };
    const options = resolveAnalysisOptions({});
    const [ahead, analyzed] = send({ type: 'analyze', jobId: 1, input, options, keep: 1 });
    if (ahead?.type !== 'graph' || analyzed?.type !== 'analyzed') throw new Error('expected the graph ahead and the analysis last');
    expect(ahead.graph.nodeExtra.map(([column]) => column)).toEqual(['note']);
    expect(ahead.graph).toEqual(encodeGraph(analyze(input, options).graph));
  });

  it("{ type: 'analyze' } refused for its measure columns answers { type: 'fatal' } only, with no graph ahead", () => {
    const noNodes = send({ type: 'analyze', jobId: 2, input: { edges }, options: resolveAnalysisOptions({ measureColumns: ['pagerank'] }), keep: 2 });
    expect(noNodes.map((m) => m.type)).toEqual(['fatal']);
    const noValues = send({ type: 'analyze', jobId: 3, input: { edges, nodes }, options: resolveAnalysisOptions({ measureColumns: ['score'] }), keep: 3 });
    expect(noValues.map((m) => m.type)).toEqual(['fatal']);
  });

  it("{ type: 'analyze' } makes no graphology graph; the first projection makes it once, from the held columns", () => {
    const toGraph = vi.spyOn(GraphColumns.prototype, 'toGraph');
    try {
      const options = resolveAnalysisOptions({});
      const answers = send({ type: 'analyze', jobId: 4, input: { edges, nodes }, options, keep: 40 });
      expect(answers.map((m) => m.type)).toEqual(['graph', 'analyzed']);
      expect(toGraph).not.toHaveBeenCalled();
      const project = (jobId: number) => send({ type: 'project', jobId, network: { id: 40 }, options, request: { keep: 'city' }, keep: 41 })[0]?.type;
      expect(project(5)).toBe('projected');
      expect(project(6)).toBe('projected');
      expect(toGraph).toHaveBeenCalledTimes(1);
    } finally {
      toGraph.mockRestore();
    }
  });
});
