-- The daily digest (本日のやること) goes to everyone in post with a mail address and something
-- waiting; a person who does not want it has one row here. Owned by the home module.
create table hom_digest_optout (
    person_id    bigint                   not null primary key,
    opted_out_at timestamp with time zone not null,
    opted_out_by varchar(100)             not null,
    constraint hom_digest_optout_person_fk foreign key (person_id) references org_person (id)
);
