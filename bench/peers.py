"""One round of a peer library (igraph or networkx) over the benchmark's CSVs.

Run by bench/run.ts with Debian's /usr/bin/python3 (python3-igraph,
python3-networkx; nothing is installed by the bench):

    /usr/bin/python3 bench/peers.py --peer igraph --dataset 10k --edges FILE [--nodes FILE]

Times the same stages as bench/core.ts with the same conventions where the
library allows (see CONVENTIONS) and prints one JSON object (a RoundResult)
on stdout. networkx stages whose estimated time exceeds --budget seconds are
skipped, and any networkx stage still running after --budget is stopped by
an alarm, so a round never hangs.
"""
import argparse
import csv
import json
import os
import random
import resource
import signal
import sys
import tempfile
import time
import warnings

warnings.filterwarnings("ignore")

# Edge visits per second of networkx's pure-Python BFS on this machine (for the budget estimate).
NX_VISITS_PER_SECOND = 1.0e6

CONVENTIONS = {
    "closeness": "Wasserman–Faust: igraph's closeness over reachable nodes times (r−1)/(n−1); networkx wf_improved=True",
    "pagerank": "damping 0.85, weighted; igraph PRPACK (exact solve), networkx tol 1e-6 (ours 1e-12)",
    "eigenvector": "unweighted; igraph ARPACK, networkx power iteration on A+I (tol 1e-6), ours thick-restart Lanczos",
    "leiden-1": "modularity objective, resolution 1, weighted, iterated to convergence (igraph n_iterations=-1)",
    "betweenness": "unweighted, raw (unnormalised)",
}


class Timeout(Exception):
    pass


def on_alarm(_signum, _frame):
    raise Timeout()


def rss_mb():
    # Peak resident set: VmHWM on Linux. Not ru_maxrss: Linux carries it over
    # from the parent at fork, so it would report the benchmark's own peak.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def read_csv(edges_path, nodes_path):
    """Rows as the app reads them: weight (empty = 1), types; repeated pairs summed, self-loops dropped."""
    types, weights = {}, {}
    if nodes_path:
        with open(nodes_path, newline="", encoding="utf-8-sig") as f:
            for row in csv.DictReader(f):
                node = row["id"].strip()
                types.setdefault(node, (row.get("type") or "unknown").strip().lower())
    with open(edges_path, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            s, t = row["source"].strip(), row["target"].strip()
            if s == t:
                continue
            types.setdefault(s, (row.get("source_type") or "unknown").strip().lower())
            types.setdefault(t, (row.get("target_type") or "unknown").strip().lower())
            raw = (row.get("weight") or "").strip()
            key = (s, t) if s < t else (t, s)
            weights[key] = weights.get(key, 0.0) + (float(raw) if raw else 1.0)
    return types, weights


def city_project_pairs(types, weights, max_via):
    """City–project links without the projects that have more than max_via cities (the app's maxViaMembers)."""
    pairs = [(a, b) if types[a] == "city" else (b, a) for a, b in weights
             if {types[a], types[b]} == {"city", "project"}]
    members = {}
    for _c, p in pairs:
        members[p] = members.get(p, 0) + 1
    return [(c, p) for c, p in pairs if members[p] <= max_via]


def igraph_stages(a, types, weights, out):
    import igraph as ig
    g = None

    def build():
        nonlocal g
        names = list(types)
        index = {k: i for i, k in enumerate(names)}
        g = ig.Graph(n=len(names), edges=[(index[s], index[t]) for s, t in weights])
        g.vs["name"] = names
        g.es["weight"] = list(weights.values())
    yield "build", build
    yield "degree", lambda: (g.degree(), g.strength(weights="weight"))
    yield "pagerank", lambda: out.setdefault("pagerank", g.pagerank(damping=0.85, weights="weight"))
    yield "eigenvector", lambda: g.eigenvector_centrality(scale=True)

    def closeness():
        values = g.closeness(normalized=True)
        size = g.connected_components().sizes()
        member = g.connected_components().membership
        n = g.vcount()
        return [0.0 if v != v else v * (size[member[i]] - 1) / (n - 1) for i, v in enumerate(values)]
    yield "closeness", closeness
    yield "betweenness", lambda: g.betweenness(directed=False)
    yield "betweenness-sampled", None
    yield "louvain-1", lambda: out.setdefault("communities", g.community_multilevel(weights="weight").membership)
    yield "leiden-1", lambda: out.setdefault(
        "leiden", g.community_leiden(objective_function="modularity", weights="weight", n_iterations=-1).membership
    )

    def projection():
        pairs = city_project_pairs(types, weights, a.max_via_members)
        b = ig.Graph.TupleList(pairs)
        b.vs["type"] = [types[name] == "project" for name in b.vs["name"]]
        return b.bipartite_projection(multiplicity=True, which=0)
    yield "projection", projection

    def export():
        g.vs["pagerank"] = out["pagerank"]
        g.vs["community"] = out["communities"]
        with tempfile.NamedTemporaryFile(suffix=".graphml", delete=True) as f:
            g.write_graphml(f.name)
    yield "export", export
    out["modularity"] = lambda: g.modularity(out["communities"], weights="weight")
    out["leiden-modularity"] = lambda: g.modularity(out["leiden"], weights="weight")


def networkx_stages(a, types, weights, out):
    import networkx as nx
    from networkx.algorithms import bipartite
    g = nx.Graph()

    def build():
        g.add_nodes_from((k, {"type": v}) for k, v in types.items())
        g.add_weighted_edges_from((s, t, w) for (s, t), w in weights.items())
    yield "build", build
    yield "degree", lambda: (dict(g.degree()), dict(g.degree(weight="weight")))
    yield "pagerank", lambda: out.setdefault("pagerank", nx.pagerank(g, alpha=0.85, weight="weight"))
    yield "eigenvector", lambda: nx.eigenvector_centrality(g, max_iter=1000, tol=1e-6)
    yield "closeness", lambda: nx.closeness_centrality(g, wf_improved=True)
    yield "betweenness", lambda: nx.betweenness_centrality(g, normalized=False)
    yield "betweenness-sampled", lambda: nx.betweenness_centrality(g, k=min(a.samples, g.number_of_nodes()), normalized=False, seed=a.seed)
    yield "louvain-1", lambda: out.setdefault("communities", nx.community.louvain_communities(g, weight="weight", seed=a.seed))
    yield "leiden-1", None

    def projection():
        pairs = city_project_pairs(types, weights, a.max_via_members)
        b = nx.Graph(pairs)
        return bipartite.weighted_projected_graph(b, {c for c, _p in pairs})
    yield "projection", projection

    def export():
        nx.set_node_attributes(g, out["pagerank"], "pagerank")
        with tempfile.NamedTemporaryFile(suffix=".gexf", delete=True) as f:
            nx.write_gexf(g, f.name)
    yield "export", export
    out["modularity"] = lambda: nx.community.modularity(g, out["communities"], weight="weight")


def estimate_seconds(stage, n, m, samples):
    """Rough networkx time of the BFS-based stages: visits of every edge from each source."""
    sources = {"closeness": n, "betweenness": n, "betweenness-sampled": min(samples, n)}.get(stage)
    return None if sources is None else sources * 2 * m / NX_VISITS_PER_SECOND * (2 if "betweenness" in stage else 1)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--peer", choices=["igraph", "networkx"], required=True)
    p.add_argument("--dataset", required=True)
    p.add_argument("--edges", required=True)
    p.add_argument("--nodes")
    p.add_argument("--exact-max-nodes", type=int, default=10000)
    p.add_argument("--closeness-max-work", type=float, default=2e10)
    p.add_argument("--samples", type=int, default=100)
    p.add_argument("--max-via-members", type=int, default=50)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--budget", type=float, default=120, help="seconds a networkx stage may take")
    a = p.parse_args()
    base = rss_mb()
    ms, notes, out = {}, {}, {}
    analysis_rss = None
    signal.signal(signal.SIGALRM, on_alarm)
    random.seed(a.seed)  # python-igraph draws from Python's random module

    start = time.perf_counter()
    types, weights = read_csv(a.edges, a.nodes)
    parse_ms = (time.perf_counter() - start) * 1000
    n, m = len(types), len(weights)
    stages = igraph_stages if a.peer == "igraph" else networkx_stages
    for stage, work in stages(a, types, weights, out):
        if work is None:
            notes[stage] = "n/a (no Leiden)" if stage == "leiden-1" else "n/a (no sampling)"
            continue
        if stage == "betweenness" and n > a.exact_max_nodes:
            notes[stage] = f"skipped (> {a.exact_max_nodes // 1000}k nodes)"
            continue
        if stage == "closeness" and n * m > a.closeness_max_work:
            notes[stage] = "skipped (n·m > 2e10)"
            continue
        guess = estimate_seconds(stage, n, m, a.samples) if a.peer == "networkx" else None
        if guess is not None and guess > a.budget:
            notes[stage] = f"skipped (> budget: ~{guess:.0f} s est.)"
            continue
        if a.peer == "networkx":
            signal.setitimer(signal.ITIMER_REAL, a.budget)
        try:
            t = time.perf_counter()
            work()
            ms[stage] = (time.perf_counter() - t) * 1000
        except Timeout:
            notes[stage] = f"skipped (> budget: {a.budget:.0f} s)"
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        if stage == "louvain-1":
            analysis_rss = rss_mb()
    ms["parse"] = parse_ms
    modularity = {"louvain-1": out["modularity"]()} if "communities" in out else {}
    if "leiden" in out:
        modularity["leiden-1"] = out["leiden-modularity"]()
    result = {"runner": a.peer, "dataset": a.dataset, "nodes": n, "edges": m, "ms": ms, "notes": notes,
              "modularity": modularity, "peakRssMb": rss_mb(), "baseRssMb": base, "analysisRssMb": analysis_rss, "conventions": CONVENTIONS}
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    main()
