-- An exception above the committee threshold is approved with a carried decision (議決) of the
-- 情報セキュリティ委員会: the exception keeps the decision's id (cmt_decision, the committee module's
-- table: no foreign key across modules).
alter table ctl_exception add column decision_id bigint;
