-- A committee that asks for it gets the workforce planning figures (expected qualifiers, registration conditions at
-- risk, by network) as a section of its quarterly pack.
alter table committee add column workforce_section boolean default false not null;
