-- The 速報 and the 確報 as actually submitted to the 個人情報保護委員会 (issue 11 point 2): when, by whom,
-- how, the receipt number and the file sent with its SHA-256. One row per incident and kind, written
-- once. Owned by the incident module. Portable SQL for H2 (PostgreSQL mode) and PostgreSQL.
create table inc_report_submission (
    incident_id     uuid                     not null,
    kind            varchar(20)              not null,
    submitted_at    timestamp with time zone not null,
    submitted_by    varchar(200)             not null,
    channel         varchar(30)              not null,
    receipt_number  varchar(100)             not null,
    file_name       varchar(255)             not null,
    sha256          char(64)                 not null,
    size_bytes      bigint                   not null,
    content         bytea                    not null,
    due_on          date                     not null,
    late            boolean                  not null,
    recorded_by     varchar(100)             not null,
    recorded_at     timestamp with time zone not null,
    constraint inc_report_submission_pk primary key (incident_id, kind),
    constraint inc_report_submission_incident_fk foreign key (incident_id) references inc_incident (id),
    constraint inc_report_submission_kind_ck check (kind in ('PRELIMINARY', 'FINAL')),
    constraint inc_report_submission_channel_ck check (channel in ('PPC_FORM', 'DELEGATED_MINISTRY', 'OTHER'))
);
