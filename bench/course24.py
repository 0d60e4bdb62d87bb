# Writes a trend request of 24 PHQ-9 administrations (22 weekly sessions, termination at the 22nd, two follow-ups
# 13 weeks apart) to stdout: the long course whose answer size bench/trend_sizes.sh measures.
import json, datetime
start = datetime.date(2026, 1, 5)
scores = [20, 19, 19, 18, 17, 17, 15, 14, 14, 13, 12, 11, 11, 10, 9, 9, 8, 7, 7, 6, 5, 5, 4, 5]
adm = []
for i, s in enumerate(scores):
    if i < 22:
        d = start + datetime.timedelta(weeks=i)
        phase = 'baseline' if i == 0 else 'termination' if i == 21 else 'treatment'
        adm.append({"instrument": "phq9", "date": d.isoformat(), "session": i + 1, "phase": phase, "scores": {"total": s}})
    else:
        d = start + datetime.timedelta(weeks=21) + datetime.timedelta(days=91 * (i - 21))
        adm.append({"instrument": "phq9", "date": d.isoformat(), "phase": "follow-up", "scores": {"total": s}})
print(json.dumps({"administrations": adm}))
