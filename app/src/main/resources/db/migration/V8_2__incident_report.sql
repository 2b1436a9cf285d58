-- Facts the report to the 個人情報保護委員会 needs and the incident itself does not record (発生日,
-- personal-data items, secondary damage, response to the people, publication …): one row per
-- incident, written when someone first fills them in. Owned by the incident module (report part).
-- Portable SQL for H2 (PostgreSQL mode) and PostgreSQL.
create table inc_report_facts (
    incident_id        uuid                     not null,
    occurred_on        date,
    data_items         varchar(4000)            not null,
    secondary_damage   varchar(4000)            not null,
    response_to_people varchar(4000)            not null,
    publication        varchar(4000)            not null,
    cause_so_far       varchar(4000)            not null,
    measures_so_far    varchar(4000)            not null,
    other_notes        varchar(4000)            not null,
    contact            varchar(4000)            not null,
    updated_by         varchar(100)             not null,
    updated_at         timestamp with time zone not null,
    constraint inc_report_facts_pk primary key (incident_id),
    constraint inc_report_facts_incident_fk foreign key (incident_id) references inc_incident (id)
);
