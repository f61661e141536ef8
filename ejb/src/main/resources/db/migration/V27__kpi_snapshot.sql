-- The quarterly KPI job works out each part of a quarter's figures (sessions, bookings, hours, evaluations, answers)
-- for every committee and breakdown at once, and stores the parts one by one. A quarter's snapshot row records which
-- parts are stored since the quarter was last cleared (so that a run the server's stop interrupted can go on after
-- them) and which committees' report packs were sent since the parts last changed (so that no committee is sent its
-- pack twice when a run goes on or its report step runs again); its row lock keeps parts stored at the same time
-- from adding the same row of figures twice.
create table kpi_snapshot (
    quarter_code varchar(7)               primary key,
    parts        varchar(100)             not null,
    packs_sent   varchar(400)             not null,
    changed_at   timestamp with time zone not null
);
