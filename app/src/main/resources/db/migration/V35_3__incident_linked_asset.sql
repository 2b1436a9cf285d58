-- Affected assets picked from the asset register (issue 11 point 4): the incident links to them by
-- 管理番号; their classification suggests the severity at triage. Rows are appended, never changed.
-- The name is kept as it read when linked. Owned by the incident module. Portable SQL for H2
-- (PostgreSQL mode) and PostgreSQL.
create table inc_linked_asset (
    incident_id  uuid                     not null,
    asset_number varchar(40)              not null,
    asset_name   varchar(400)             not null,
    linked_by    varchar(100)             not null,
    linked_at    timestamp with time zone not null,
    constraint inc_linked_asset_pk primary key (incident_id, asset_number),
    constraint inc_linked_asset_incident_fk foreign key (incident_id) references inc_incident (id)
);
