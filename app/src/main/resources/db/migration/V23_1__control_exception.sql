-- Exceptions (例外措置) to a measure of the control catalogue: requested by a unit's security
-- manager for the unit as a whole, one asset, one information system or one network path; decided by
-- the decider of the settings (CISO) with a fresh second factor; the decision is never edited
-- afterwards (a renewal is a new row that names the one it renews).
create sequence ctl_exception_seq start with 1;

create table ctl_exception (
    id                 bigint                   not null primary key,
    reference          varchar(20)              not null unique,
    measure_id         varchar(20)              not null,
    measure_title      varchar(200)             not null,
    unit_id            bigint                   not null,
    target_kind        varchar(20)              not null,
    target             varchar(100)             not null,
    from_zone          varchar(20),
    to_zone            varchar(20),
    from_addresses     varchar(1000)            not null,
    to_addresses       varchar(1000)            not null,
    services           varchar(500)             not null,
    justification      varchar(2000)            not null,
    compensating       varchar(2000)            not null,
    owner              varchar(200)             not null,
    starts_on          date                     not null,
    ends_on            date                     not null,
    state              varchar(20)              not null,
    renews_id          bigint,
    requested_by       varchar(100)             not null,
    requested_by_name  varchar(200)             not null,
    requested_by_person bigint,
    requested_at       timestamp with time zone not null,
    decided_by         varchar(100),
    decided_by_name    varchar(200),
    decided_role       varchar(40),
    decided_at         timestamp with time zone,
    decision_comment   varchar(2000)            not null,
    ended_by           varchar(100),
    ended_at           timestamp with time zone,
    end_reason         varchar(2000)            not null,
    reminded_on        date,
    expiry_noted_on    date,
    constraint ctl_exception_state_ck check (state in ('REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'REVOKED', 'RENEWED')),
    constraint ctl_exception_target_ck check (target_kind in ('UNIT', 'ASSET', 'SYSTEM', 'NETWORK')),
    constraint ctl_exception_dates_ck check (starts_on <= ends_on),
    constraint ctl_exception_renews_fk foreign key (renews_id) references ctl_exception (id)
);
create index ctl_exception_state_ix on ctl_exception (state, ends_on);
create index ctl_exception_unit_ix on ctl_exception (unit_id, measure_id);
create index ctl_exception_measure_ix on ctl_exception (measure_id);
