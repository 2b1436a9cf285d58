-- The escalation matrix of the emergency response plan (issue 11 point 4): whether the first stage
-- also tells the 情報セキュリティ責任者 of the reporter's unit and the 情報システム管理者 of the affected
-- information systems. Off for versions saved before. Owned by the incident module. Portable SQL for
-- H2 (PostgreSQL mode) and PostgreSQL.
alter table inc_response_plan add column notify_security_officer boolean default false not null;
alter table inc_response_plan add column notify_system_administrators boolean default false not null;
