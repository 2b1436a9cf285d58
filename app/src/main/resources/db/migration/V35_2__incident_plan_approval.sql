-- Changes to the emergency response plan go through a 決裁 like policy revisions (issue 11 point 4):
-- a saved version is a draft (案) until the CISO approves it (施行, in force) or returns it (差戻し).
-- Versions saved before this migration were in force at once and stay so. Owned by the incident
-- module. Portable SQL for H2 (PostgreSQL mode) and PostgreSQL.
alter table inc_response_plan add column status varchar(20) default 'IN_FORCE' not null;
alter table inc_response_plan add column decided_by varchar(100);
alter table inc_response_plan add column decided_at timestamp with time zone;
alter table inc_response_plan add column decision_note varchar(500);
alter table inc_response_plan add constraint inc_response_plan_status_ck
    check (status in ('DRAFT', 'IN_FORCE', 'RETURNED'));
