-- An address on a committee's list belongs to a person when someone in the workforce has it: the link keeps the
-- address in that person's data (subject access) after their work e-mail changes, and erasure or anonymisation of the
-- person takes it off every list.
alter table committee_recipient add column person_id bigint;
alter table committee_recipient add constraint committee_recipient_person_fk foreign key (person_id) references person (id);
create index committee_recipient_person_ix on committee_recipient (person_id);
update committee_recipient set person_id = (select p.id from person p where p.work_email = committee_recipient.email);
