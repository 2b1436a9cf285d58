-- The committee decision (議決) an audit plan was approved with, where the body has the committee
-- approve plans (mamori.audit.plan-approver: COMMITTEE); null for plans the CISO approved.
alter table aud_plan add column decision_id bigint;
