-- Where a session is: at a venue (in one of its rooms, or the venue as a whole), online, or in person at a venue not
-- yet confirmed. Before, a session without a venue was taken to be online, so an in-person session planned before its
-- venue was booked was published as "Online" in the catalogue, the API, the calendar feed and the invitations.

alter table venue add column map_url varchar(500);

create sequence venue_room_seq start with 50 increment by 50;

create table venue_room (
    id        bigint       primary key,
    version   bigint       not null,
    venue_id  bigint       not null,
    name      varchar(100) not null,
    capacity  integer      not null,
    active    boolean      not null,
    constraint venue_room_venue_fk foreign key (venue_id) references venue (id),
    constraint venue_room_name_uk unique (venue_id, name),
    constraint venue_room_capacity_ck check (capacity between 1 and 1000)
);

alter table course_session add column online boolean default false not null;
alter table course_session add column room_id bigint;
alter table course_session add constraint course_session_room_fk foreign key (room_id) references venue_room (id);
alter table course_session add constraint course_session_place_ck check (not (online and venue_id is not null));
create index course_session_room_ix on course_session (room_id);

-- Sessions of courses delivered live online or by briefing, without a venue, were meant to be online; an in-person
-- course's session without a venue is now "venue to be confirmed".
update course_session set online = true
 where venue_id is null and course_id in (select id from course where delivery_mode <> 'IN_PERSON');
