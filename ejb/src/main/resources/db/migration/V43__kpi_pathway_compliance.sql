-- Pathway compliance in the quarterly figures: of the people holding role profiles whose requirements fall in a
-- committee's strands, how many person-and-requirement pairs were up to date on the quarter's last day (met or due
-- soon; not overdue or never done), and how many people that is about (small numbers are not shown).
alter table kpi_figure add column pathway_people integer default 0 not null;
alter table kpi_figure add column pathway_required integer default 0 not null;
alter table kpi_figure add column pathway_met integer default 0 not null;
