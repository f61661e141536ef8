-- Feedback to teams (seed 003): each month a line manager is sent a summary of their team's learning and its impact
-- the month before. One row per manager and month records that it went, so that it goes once whichever server
-- instance's timer fires, and not again after a restart. The manager's, kept while their record is.
create table team_summary_sent (
    manager_id  bigint                   not null,
    month_code  varchar(7)               not null,
    sent_at     timestamp with time zone not null,
    constraint team_summary_sent_pk primary key (manager_id, month_code),
    constraint team_summary_sent_manager_fk foreign key (manager_id) references person (id)
);
