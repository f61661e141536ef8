-- The options of a choice question are kept separated by '|'. V20 wrote the shipped ones with the two characters
-- backslash and n between them (SQL string literals have no escapes), which this puts right.
update question set options = replace(options, '\n', '|') where options is not null;
