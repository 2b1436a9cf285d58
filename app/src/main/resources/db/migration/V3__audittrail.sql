-- Audit trail: one SHA-256 hash chain. Owned by the audittrail module. Portable SQL (H2 / PostgreSQL).
-- audit_chain_head holds exactly one row: appenders lock it (select … for update) until their
-- transaction commits, so entries get gap-free sequence numbers in one total order even when
-- several application nodes share the database.
create table audit_chain_head (
    id        int         not null,
    last_seq  bigint      not null,
    last_hash varchar(64) not null,
    constraint audit_chain_head_pk primary key (id),
    constraint audit_chain_head_one_row_ck check (id = 1)
);
insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

create table audit_entry (
    seq           bigint                   not null,
    occurred_at   timestamp with time zone not null,
    actor         varchar(200)             not null,
    action        varchar(100)             not null,
    subject_type  varchar(100)             not null,
    subject_id    varchar(200)             not null,
    details       varchar                  not null,
    previous_hash varchar(64)              not null,
    hash          varchar(64)              not null,
    constraint audit_entry_pk primary key (seq)
);
create index audit_entry_time_ix on audit_entry (occurred_at);
create index audit_entry_actor_ix on audit_entry (actor);
create index audit_entry_action_ix on audit_entry (action);
create index audit_entry_subject_ix on audit_entry (subject_type, subject_id);
