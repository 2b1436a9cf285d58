-- The committee's step of an approval chain is passed by a decision (議決) of the 情報セキュリティ委員会:
-- the approval keeps the decision's id (cmt_decision, the committee module's table: no foreign key
-- across modules).
alter table pol_approval add column decision_id bigint;
