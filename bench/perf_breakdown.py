"""Samples per 1,000 requests by package, from bench/perf.sh's `perf report` listings.

Usage: perf_breakdown.py DIR scoring=N stored=N minimal=N (N: the requests wrk counted while perf recorded).
"""
import collections
import re
import sys

GROUPS = [
    ("org.measura.web", "measura: the answer's writer and the web adapter"),
    ("org.measura.scoring", "measura: scoring"),
    ("org.measura.api", "measura: reading the request"),
    ("org.measura", "measura: other"),
    ("com.fasterxml.jackson.core", "Jackson: generator and parser"),
    ("com.fasterxml.jackson.databind", "Jackson: databind"),
    ("io.netty", "Netty"),
    ("io.vertx", "Vert.x"),
    ("org.jboss.resteasy", "Quarkus REST"),
    ("io.quarkus", "Quarkus and ArC"),
    ("io.smallrye", "SmallRye (context propagation, JWT, Mutiny)"),
    ("io.micrometer", "Micrometer"),
    ("java.", "JDK"), ("jdk.", "JDK"), ("sun.", "JDK"),
]
LINE = re.compile(r"\s*[\d.]+%\s+(\d+)\s+\[(.)\]\s+(.*)")
CLASS = re.compile(r"(?:^|\s)((?:[a-z]\w*\.)+[A-Z][\w$]*)[.:]")


def group(kind, symbol):
    if kind == "k":
        return "the kernel"
    if kind != ".":
        return "the JVM's own code and libc"
    match = CLASS.search(symbol)
    if not match:
        return "unnamed compiled code (stubs, interpreter)"
    for prefix, name in GROUPS:
        if match.group(1).startswith(prefix):
            return name
    return "other libraries"


def per_thousand(path, requests):
    counts = collections.Counter()
    with open(path) as listing:
        for line in listing:
            match = LINE.match(line)
            if match:
                counts[group(match.group(2), match.group(3))] += int(match.group(1)) * 1000 / requests
    return counts


def main():
    folder = sys.argv[1]
    runs = dict(arg.split("=") for arg in sys.argv[2:])
    tables = {name: per_thousand(f"{folder}/{name}.txt", int(n)) for name, n in runs.items()}
    names = list(runs)
    print("samples per 1,000 requests (perf, all threads)")
    print("%-48s" % "" + "".join("%10s" % n for n in names) + "  scoring-minimal")
    rows = sorted(set().union(*tables.values()), key=lambda g: -(tables["scoring"][g] - tables["minimal"][g]))
    for row in ["all"] + rows:
        values = [sum(t.values()) if row == "all" else t[row] for t in tables.values()]
        diff = values[names.index("scoring")] - values[names.index("minimal")]
        print("%-48s" % row + "".join("%10.1f" % v for v in values) + "  %+8.1f" % diff)


if __name__ == "__main__":
    main()
