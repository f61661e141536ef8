"""Compares the training-needs analysis as downloaded (CSV) with the ceiling's figures (tab-separated): per course,
the places asked for and the places in the calendar in each quarter. Prints the differences; exits 1 if any."""
import csv
import sys

analysis, ceiling = sys.argv[1], sys.argv[2]
ours = {}
with open(analysis, newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
for row in rows[1:]:
    title = row[0][1:] if row[0].startswith("'") else row[0]
    ours[title] = [int(row[c]) for c in (5, 6, 8, 9, 11, 12, 14, 15)]
theirs = {}
with open(ceiling, encoding="utf-8") as f:
    for line in f:
        parts = line.rstrip("\n").split("\t")
        theirs[parts[0]] = [int(v) for v in parts[1:]]
differences = [t for t in sorted(set(ours) | set(theirs)) if ours.get(t) != theirs.get(t)]
for title in differences[:20]:
    print(f"  {title}: analysis {ours.get(title)}, ceiling {theirs.get(title)}")
print(f"{len(ours)} courses in the analysis, {len(theirs)} in the ceiling, {len(differences)} differ")
sys.exit(1 if differences else 0)
