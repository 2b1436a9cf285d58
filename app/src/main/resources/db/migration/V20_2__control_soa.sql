-- Statement of applicability (適用宣言書): the implementation status of each applicable measure per
-- scope (BODY, U:<unit id>, S:<管理番号>). Which measures apply is computed from the catalogue and the
-- asset register on each request; only what people record is stored here.
create table ctl_soa_entry (
    scope_key      varchar(40)              not null,
    measure_id     varchar(20)              not null,
    status         varchar(20)              not null,
    responsible    varchar(200)             not null,
    last_checked   date,
    next_check     date,
    note           varchar(2000)            not null,
    na_state       varchar(20)              not null,
    na_reason      varchar(1000)            not null,
    na_requested_by varchar(100),
    na_decided_by  varchar(100),
    updated_by     varchar(100)             not null,
    updated_at     timestamp with time zone not null,
    primary key (scope_key, measure_id),
    constraint ctl_soa_entry_status_ck check (status in ('IMPLEMENTED', 'PARTIAL', 'NOT_IMPLEMENTED', 'NOT_APPLICABLE')),
    constraint ctl_soa_entry_na_ck check (na_state in ('NONE', 'REQUESTED', 'APPROVED'))
);
create index ctl_soa_entry_measure_ix on ctl_soa_entry (measure_id);
