"""Writes NDJSON to stdout as it goes: `scores N` gives N administrations (PHQ-9, GAD-7 and K10 in turn, answers
varying with the line number); `trends N` gives N clients' trend requests of 10 PHQ-9 administrations each; `cohorts N` gives N clients'
courses of 12 PHQ-9 scores each (baseline, treatment, termination), in four groups, for POST /bulk/cohorts."""
import json
import sys

INSTRUMENTS = (("phq9", 9, 3), ("gad7", 7, 3), ("k10", 10, 5))


def administration(i):
    instrument, items, top = INSTRUMENTS[i % len(INSTRUMENTS)]
    low = 1 if instrument == "k10" else 0
    return {"instrument": instrument,
            "responses": {str(k + 1): low + (i * 7 + k * 3) % (top - low + 1) for k in range(items)}}


def trend(i):
    administrations = []
    for s in range(10):
        total = max(0, 20 - 2 * s + (i + s) % 3)
        values = [total // 9 + (1 if k < total % 9 else 0) for k in range(9)]
        administrations.append({"instrument": "phq9", "date": f"2026-{1 + s // 4:02d}-{1 + (s % 4) * 7:02d}",
                                "session": s + 1, "phase": "baseline" if s == 0 else "treatment",
                                "responses": {str(k + 1): v for k, v in enumerate(values)}})
    return {"administrations": administrations}


def cohort_client(i):
    administrations = []
    for s in range(12):
        total = max(0, 19 - (1 + i % 3) * s // 2 + (i + s) % 4)
        phase = "baseline" if s == 0 else "termination" if s == 11 else "treatment"
        administrations.append({"instrument": "phq9", "date": f"2026-{1 + s // 4:02d}-{1 + (s % 4) * 7:02d}",
                                "session": s + 1, "phase": phase, "scores": {"total": min(27, total)}})
    return {"group": f"site-{i % 4}", "administrations": administrations}


def main():
    kind, n = sys.argv[1], int(sys.argv[2])
    make = {"scores": administration, "trends": trend, "cohorts": cohort_client}[kind]
    out = sys.stdout
    batch = []
    for i in range(n):
        batch.append(json.dumps(make(i), separators=(",", ":")))
        if len(batch) == 1000:
            out.write("\n".join(batch) + "\n")
            batch.clear()
    if batch:
        out.write("\n".join(batch) + "\n")
    out.flush()


if __name__ == "__main__":
    main()
