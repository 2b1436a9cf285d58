-- Periodic checks are reminded (issue 16): the day the contract's people and the contractor's contact
-- were last reminded about an unanswered check, so the contact is mailed once a week, not every day.
-- Owned by the supplier module. Portable SQL for H2 (PostgreSQL mode) and PostgreSQL.
alter table sup_check add column reminded_on date;
