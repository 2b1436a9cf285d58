-- The emergency response plan (緊急時対応計画), one row per saved version: the newest is in force,
-- the older ones are its history. No row means the built-in default plan is in force.
-- Portable SQL for H2 (PostgreSQL mode) and PostgreSQL. Owned by the incident module.
create table inc_response_plan (
    version                 int                      not null,
    ciso_from               int                      not null,
    preliminary_report_days int                      not null,
    contacts                varchar(4000)            not null,
    note                    varchar(500)             not null,
    changed_by              varchar(100)             not null,
    changed_at              timestamp with time zone not null,
    constraint inc_response_plan_pk primary key (version),
    constraint inc_response_plan_ciso_ck check (ciso_from between 1 and 4),
    constraint inc_response_plan_days_ck check (preliminary_report_days between 1 and 5)
);

-- The checklist steps of each version, in order. A key keeps its meaning across versions: ticks on
-- incidents refer to it.
create table inc_response_plan_step (
    plan_version int           not null,
    position     int           not null,
    step_key     varchar(63)   not null,
    phase        varchar(32)   not null,
    title        varchar(200)  not null,
    description  varchar(1000) not null,
    constraint inc_response_plan_step_pk primary key (plan_version, position),
    constraint inc_response_plan_step_key_uq unique (plan_version, step_key),
    constraint inc_response_plan_step_plan_fk foreign key (plan_version) references inc_response_plan (version)
);
