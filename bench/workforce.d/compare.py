"""Compares the workforce-planning report as downloaded (CSV: three tables one after another) with the ceiling's
figures (tab-separated Q, G and A lines). Prints the differences; exits 1 if any."""
import csv
import sys

report, ceiling = sys.argv[1], sys.argv[2]
with open(report, newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
sections, current = {}, None
for row in rows:
    if len(row) == 1 and row[0] and not row[0][0].isdigit():
        current = row[0]
        sections[current] = []
    elif row and current is not None and any(row):
        sections[current].append(row)
tables = list(sections.values())
ours = {}
for row in tables[0][1:]:
    ours[("Q", row[0].lstrip("'"))] = [int(v) for v in row[2:10]]
for row in tables[1][1:]:
    if row[1].lstrip("'").startswith("Workforce bench agency"):
        ours[("A", row[0].lstrip("'") + "\t" + row[1].lstrip("'"))] = [int(v) for v in row[2:7]]
for row in tables[2][1:]:
    due, met, on_track, late, not_started, overdue, gap, expected = [int(v) for v in row[1:9]]
    ours[("G", row[0].lstrip("'"))] = [due, met, on_track, late, not_started, overdue, gap, expected]
theirs = {}
with open(ceiling, encoding="utf-8") as f:
    for line in f:
        parts = line.rstrip("\n").split("\t")
        if parts[0] == "A":
            theirs[("A", parts[1] + "\t" + parts[2])] = [int(v) for v in parts[3:]]
        else:
            theirs[(parts[0], parts[1])] = [int(v) for v in parts[2:]]
# The report counts every agency; the ceiling the bench's own (the demo's are not compared).
keys = sorted(k for k in set(ours) | set(theirs) if k[0] != "A" or k in theirs or "Workforce bench agency" in k[1])
differences = [k for k in keys if ours.get(k) != theirs.get(k)]
for key in differences[:20]:
    print(f"  {key}: report {ours.get(key)}, ceiling {theirs.get(key)}")
print(f"{len(ours)} lines in the report, {len(theirs)} in the ceiling, {len(differences)} differ")
sys.exit(1 if differences else 0)
