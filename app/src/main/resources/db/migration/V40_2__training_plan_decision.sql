-- A plan approved by the committee keeps the id of the carried decision (議決) that approved it
-- (cmt_decision, the committee module's table: no foreign key across modules). decision_ref now
-- holds that decision's number as it read then (令和8年度第3号); plans approved earlier keep the text
-- entered at the time.
alter table trn_plan add column decision_id bigint;
