"""Helpers for bench/http.sh: request bodies, and server-side percentiles from /q/metrics histograms."""
import json
import random
import re
import sys
from datetime import date, timedelta

PHQ9 = {"responses": {"1": 2, "2": 2, "3": 1, "4": 2, "5": 1, "6": 1, "7": 2, "8": 0, "9": 1}}


def phq9_responses(total):
    """Nine items on 0-3 adding up to total (0-27)."""
    values = [total // 9 + (1 if i < total % 9 else 0) for i in range(9)]
    return {str(i + 1): v for i, v in enumerate(values)}


def trend(n, seed=7):
    """One client's PHQ-9 over n weekly sessions: baseline, treatment, termination; scores falling from about 19."""
    rnd = random.Random(seed)
    start = date(2025, 1, 6)
    administrations = []
    for i in range(n):
        phase = "baseline" if i == 0 else "termination" if i == n - 1 else "treatment"
        score = round(19 - 13 * i / (n - 1) + rnd.gauss(0, 2))
        administrations.append({"instrument": "phq9", "date": (start + timedelta(weeks=i)).isoformat(),
                                "session": i + 1, "phase": phase,
                                "responses": phq9_responses(max(0, min(27, score)))})
    return {"administrations": administrations}


def bodies(directory):
    with open(f"{directory}/phq9.json", "w") as f:
        json.dump(PHQ9, f)
    for n in (10, 50, 100, 500):
        with open(f"{directory}/trend{n}.json", "w") as f:
            json.dump(trend(n), f)


BUCKET = re.compile(r'^http_server_requests_seconds_bucket\{(?P<labels>.*)\} (?P<count>\S+)$')


def buckets(path, uri):
    """Cumulative counts by upper bound (seconds) for successful POSTs to uri."""
    found = {}
    with open(path) as f:
        for line in f:
            m = BUCKET.match(line.strip())
            if not m:
                continue
            labels = dict(re.findall(r'(\w+)="([^"]*)"', m.group("labels")))
            if labels.get("uri") != uri or labels.get("method") != "POST" or labels.get("status") != "200":
                continue
            le = float("inf") if labels["le"] == "+Inf" else float(labels["le"])
            found[le] = found.get(le, 0) + float(m.group("count"))
    return found


def server_time(before, after, uri):
    """p50 and p99 (the upper bound of the bucket holding them, in ms) of the requests between two scrapes."""
    a, b = buckets(before, uri), buckets(after, uri)
    delta = sorted((le, b[le] - a.get(le, 0)) for le in b)
    total = delta[-1][1] if delta else 0
    if total <= 0:
        return "server_p50_ms=n/a server_p99_ms=n/a"

    def at(q):
        for le, cumulative in delta:
            if cumulative >= q * total:
                return le * 1000
        return float("inf")

    return f"server_p50_ms={at(0.50):.3f} server_p99_ms={at(0.99):.3f} server_requests={int(total)}"


if __name__ == "__main__":
    if sys.argv[1] == "bodies":
        bodies(sys.argv[2])
    elif sys.argv[1] == "server-time":
        print(server_time(sys.argv[2], sys.argv[3], sys.argv[4]))
