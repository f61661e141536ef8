-- Notifications: e-mails are written to an outbox in the transaction that causes them, and sent from it
-- afterwards, tried again with growing pauses while the mail server cannot take them.
-- Approval links: a line manager without an account approves or declines by a link that works once.

create sequence mail_outbox_seq start with 50 increment by 50;

create table mail_outbox (
    id               bigint                   primary key,
    version          bigint                   not null,
    kind             varchar(30)              not null,
    booking_id       bigint,
    recipient        varchar(254)             not null,
    subject          varchar(300)             not null,
    body             varchar(20000)           not null,
    calendar         varchar(20000),
    created_at       timestamp with time zone not null,
    status           varchar(10)              not null,
    attempts         integer                  not null,
    next_attempt_at  timestamp with time zone,
    sent_at          timestamp with time zone,
    last_error       varchar(500),
    constraint mail_outbox_booking_fk foreign key (booking_id) references booking (id),
    constraint mail_outbox_status_ck check (status in ('PENDING', 'SENT', 'FAILED')),
    constraint mail_outbox_attempts_ck check (attempts >= 0)
);
create index mail_outbox_due_ix on mail_outbox (status, next_attempt_at);
create index mail_outbox_booking_ix on mail_outbox (booking_id, kind);

create sequence approval_link_seq start with 50 increment by 50;

create table approval_link (
    id                 bigint                   primary key,
    booking_id         bigint                   not null,
    manager_person_id  bigint                   not null,
    token_hash         varchar(64)              not null,
    created_at         timestamp with time zone not null,
    expires_at         timestamp with time zone not null,
    used_at            timestamp with time zone,
    constraint approval_link_booking_fk foreign key (booking_id) references booking (id),
    constraint approval_link_manager_fk foreign key (manager_person_id) references person (id),
    constraint approval_link_token_uk unique (token_hash)
);
create index approval_link_booking_ix on approval_link (booking_id);
