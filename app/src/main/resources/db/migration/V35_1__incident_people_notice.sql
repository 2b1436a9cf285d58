-- 本人への通知 (issue 11): how the persons concerned were told of a breach that must be reported, or why
-- they could not be told and what was done instead (個人情報保護法 第26条第2項 / 第68条第2項). Rows are
-- appended, never changed: a body may notify in several waves (by post, then the rest by 公表).
-- Owned by the incident module. Portable SQL for H2 (PostgreSQL mode) and PostgreSQL.
create table inc_people_notice (
    incident_id   uuid                     not null,
    seq           int                      not null,
    regime        varchar(20)              not null,
    way           varchar(30)              not null,
    done_on       date                     not null,
    method        varchar(30),
    people        int                      not null,
    items         varchar(200)             not null,
    why_not       varchar(2000)            not null,
    measure       varchar(30),
    measure_text  varchar(2000)            not null,
    recorded_by   varchar(100)             not null,
    recorded_at   timestamp with time zone not null,
    constraint inc_people_notice_pk primary key (incident_id, seq),
    constraint inc_people_notice_incident_fk foreign key (incident_id) references inc_incident (id),
    constraint inc_people_notice_regime_ck check (regime in ('PUBLIC_BODY', 'BUSINESS')),
    constraint inc_people_notice_way_ck check (way in ('NOTIFIED', 'ALTERNATIVE', 'WITHHELD_NON_DISCLOSURE')),
    constraint inc_people_notice_people_ck check (people >= 0)
);
