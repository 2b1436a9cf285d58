-- Incidents: the report, its response steps (timeline), evidence files with their SHA-256,
-- escalations and the emergency response plan checklist. Owned by the incident module.
-- Portable SQL for H2 (PostgreSQL mode) and PostgreSQL. Timeline, evidence, escalations and ticks
-- are append-only: the application never updates or deletes their rows.
create table inc_incident (
    id                       uuid                     not null primary key,
    reference                varchar(20)              not null,
    title                    varchar(200)             not null,
    description              varchar(20000)           not null,
    discovered_at            timestamp with time zone not null,
    discovered_by            varchar(200)             not null,
    affected_assets          varchar(4000)            not null,
    threat                   varchar(40)              not null,
    reporter_unit_id         bigint                   not null,
    reported_by              varchar(100)             not null,
    reporter_name            varchar(100)             not null,
    reported_at              timestamp with time zone not null,
    -- personal-data facts as reported (rp_) and as known now (pd_)
    rp_personal              boolean                  not null,
    rp_sensitive             boolean                  not null,
    rp_my_number             boolean                  not null,
    rp_people                int                      not null,
    rp_improper_purpose      boolean                  not null,
    rp_on_web                boolean                  not null,
    rp_financial_harm        boolean                  not null,
    rp_encrypted             boolean                  not null,
    rp_my_number_systems     boolean                  not null,
    pd_personal              boolean                  not null,
    pd_sensitive             boolean                  not null,
    pd_my_number             boolean                  not null,
    pd_people                int                      not null,
    pd_improper_purpose      boolean                  not null,
    pd_on_web                boolean                  not null,
    pd_financial_harm        boolean                  not null,
    pd_encrypted             boolean                  not null,
    pd_my_number_systems     boolean                  not null,
    state                    varchar(30)              not null,
    severity                 int,
    priority                 varchar(10),
    closure_cause            varchar(20000),
    closure_prevention       varchar(20000),
    not_an_incident_reason   varchar(20000),
    version                  int                      not null,
    updated_at               timestamp with time zone not null,
    constraint inc_incident_reference_uq unique (reference),
    constraint inc_incident_unit_fk foreign key (reporter_unit_id) references org_unit (id),
    constraint inc_incident_severity_ck check (severity is null or severity between 1 and 4),
    constraint inc_incident_people_ck check (rp_people >= 0 and pd_people >= 0)
);
create index inc_incident_state_ix on inc_incident (state);
create index inc_incident_reported_by_ix on inc_incident (reported_by);
create index inc_incident_unit_ix on inc_incident (reporter_unit_id);

create table inc_timeline (
    incident_id uuid                     not null,
    seq         int                      not null,
    step        varchar(40)              not null,
    done_by     varchar(100)             not null,
    done_at     timestamp with time zone not null,
    note        varchar(20000)           not null,
    primary key (incident_id, seq),
    constraint inc_timeline_incident_fk foreign key (incident_id) references inc_incident (id)
);

create table inc_evidence (
    incident_id  uuid                     not null,
    seq          int                      not null,
    file_name    varchar(255)             not null,
    sha256       char(64)                 not null,
    size_bytes   bigint                   not null,
    added_by     varchar(100)             not null,
    added_at     timestamp with time zone not null,
    primary key (incident_id, seq),
    constraint inc_evidence_sha_uq unique (incident_id, sha256),
    constraint inc_evidence_incident_fk foreign key (incident_id) references inc_incident (id)
);

-- the file itself, apart from its description so that loading an incident does not read files
create table inc_evidence_content (
    incident_id uuid     not null,
    sha256       char(64)     not null,
    content_type varchar(200) not null,
    content      bytea        not null,
    primary key (incident_id, sha256),
    constraint inc_evidence_content_fk foreign key (incident_id, sha256) references inc_evidence (incident_id, sha256)
);

create table inc_escalation (
    incident_id uuid                     not null,
    seq         int                      not null,
    stage       int                      not null,
    role        varchar(40)              not null,
    escalated_by varchar(100)            not null,
    escalated_at timestamp with time zone not null,
    primary key (incident_id, seq),
    constraint inc_escalation_incident_fk foreign key (incident_id) references inc_incident (id)
);

create table inc_escalation_recipient (
    incident_id uuid         not null,
    seq         int          not null,
    person_id   bigint       not null,
    person_name varchar(100) not null,
    primary key (incident_id, seq, person_id),
    constraint inc_escalation_recipient_fk foreign key (incident_id, seq) references inc_escalation (incident_id, seq)
);

create table inc_checklist (
    incident_id uuid                     not null,
    step_key    varchar(64)              not null,
    title       varchar(500)             not null,
    done_by     varchar(100)             not null,
    done_at     timestamp with time zone not null,
    primary key (incident_id, step_key),
    constraint inc_checklist_incident_fk foreign key (incident_id) references inc_incident (id)
);
