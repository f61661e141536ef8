-- A link in the mails to a learner without a sign-in account (booked by their manager or the learning team) to cancel
-- their booking without signing in: a random token, of which only the SHA-256 digest is kept; it works once, until
-- the session starts. Kept three months from when it was written (retention rule BOOKING_LINK).
create sequence cancel_link_seq start with 50 increment by 50;

create table cancel_link (
    id          bigint                   primary key,
    booking_id  bigint                   not null,
    token_hash  varchar(64)              not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    constraint cancel_link_booking_fk foreign key (booking_id) references booking (id),
    constraint cancel_link_token_uk unique (token_hash)
);
create index cancel_link_booking_ix on cancel_link (booking_id);

insert into retention_rule (id, version, record_type, trigger_event, period_months, action) values
    (17, 1, 'BOOKING_LINK', 'CREATED', 3, 'DELETE');
