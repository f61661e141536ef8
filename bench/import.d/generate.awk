# Writes an HR export of `rows` people (awk -v rows=200000 -v orgs="A|B" -v groups="X|Y" -v variant=first|second):
# employee numbers E000001 ..., a line manager tree eight wide (E000001 at the top), organisations and Child
# Protection workforce groups in turn. The "second" file is the next month's: every tenth person has a new job title,
# every hundredth (but the top) has left the file, and 1% more have joined.
BEGIN {
  n_orgs = split(orgs, org, "|"); n_groups = split(groups, group, "|")
  print "Employee number,Given name,Family name,Work e-mail,Job title,Organisation,Line manager,Start date,Leaving date,Account,Child Protection (National Framework 2024) workforce group"
  last = variant == "second" ? rows + rows / 100 : rows
  for (i = 1; i <= last; i++) {
    if (variant == "second" && i % 100 == 1 && i > 1 && i <= rows) continue
    number = sprintf("E%06d", i)
    manager = i == 1 ? "" : sprintf("E%06d", int((i - 2) / 8) + 1)
    if (variant == "second" && (int((i - 2) / 8) + 1) % 100 == 1 && int((i - 2) / 8) + 1 > 1) manager = "E000001"
    job = (variant == "second" && i % 10 == 0) ? "Senior practitioner" : "Practitioner"
    printf "%s,Given%d,Family%d,%s@bench.example.org,%s,\"%s\",%s,%d-%02d-%02d,,no,%s\n", number, i, i, tolower(number), job,
      org[i % n_orgs + 1], manager, 2000 + i % 25, i % 12 + 1, i % 28 + 1, group[i % n_groups + 1]
  }
}
