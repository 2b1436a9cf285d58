-- Audit trail, issue 12 point 7: the chain head carries a seal (HMAC with a key kept outside the
-- database, jp.mamori.shared.KeyFile), and a daily anchor of the head is published outside the
-- database. audit_anchor only records which day's anchor was taken (so one node of several takes
-- it); the anchor itself is the file, whose copy nobody with database access alone can change.
alter table audit_chain_head add column last_seal varchar(64);

create table audit_anchor (
    anchor_day date                     not null,
    seq        bigint                   not null,
    hash       varchar(64)              not null,
    taken_at   timestamp with time zone not null,
    file_name  varchar(200)             not null,
    constraint audit_anchor_pk primary key (anchor_day)
);
