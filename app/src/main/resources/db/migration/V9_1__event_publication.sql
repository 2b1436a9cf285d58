-- The table in which Spring Modulith keeps the publications of events to transactional listeners
-- (the layout of its JDBC schema v2). Without it, every shutdown ended with a failed query from the
-- registry's destroy method. Written once for H2 (PostgreSQL mode) and PostgreSQL.
create table if not exists event_publication (
    id                     uuid not null,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    constraint event_publication_pk primary key (id)
);
create index if not exists event_publication_by_completion_date_ix on event_publication (completion_date);
