-- The shipped questions put right. The options of a choice question are kept separated by '|'; V20 wrote them with
-- the two characters backslash and n between them (SQL string literals have no escapes).
update question set options = replace(options, '\n', '|') where options is not null;

-- EclipseLink takes each sequence value as the top of a block of 50 ids, so the first block of question_seq and
-- question_set_seq (1 to 50) would meet the shipped rows: new ones start above them.
alter sequence question_seq restart with 100;
alter sequence question_set_seq restart with 100;
