#!/usr/bin/env python3
"""Summarises `jfr print --stack-depth 200 --events jdk.ExecutionSample` output: share of CPU
samples by area (first matching rule over the whole stack) and by Tolk method (inclusive)."""
import collections, re, sys

RULES = [("lingua language detection", "lingua"), ("hunspell stemming", "hunspell"),
         ("snippets", "no.tolk.search.Snippets"), ("highlighter", "no.tolk.search.Highlighter"),
         ("search (other)", "no.tolk.search"), ("ingest (parse)", "no.tolk.ingest"),
         ("Tolk filters / lucene inversion", "IndexingChain"), ("segment flush/merge", "lucene"),
         ("bench harness", "no.tolk.bench"), ("analysis setup", "no.tolk.analysis")]
text = open(sys.argv[1]).read()
areas, methods, n = collections.Counter(), collections.Counter(), 0
for event in text.split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w.$<>]+)\(", event, re.M)
    if not frames:
        continue
    n += 1
    stack = " ".join(frames)
    areas[next((name for name, key in RULES if key in stack), "other: " + frames[0])] += 1
    for f in set(frames):
        if f.startswith("no.tolk") and not f.startswith("no.tolk.bench"):
            methods[f] += 1
print(f"{n} samples")
for name, c in areas.most_common(12):
    print(f"{100 * c / n:5.1f}%  {name}")
print()
for name, c in methods.most_common(int(sys.argv[2]) if len(sys.argv) > 2 else 20):
    print(f"{100 * c / n:5.1f}%  {name}")
