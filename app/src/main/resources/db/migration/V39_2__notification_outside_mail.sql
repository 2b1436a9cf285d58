-- Mail to an address outside the body (a contractor's contact, issue 16) goes through the same outbox
-- as the notices to people; such a row names no person and is never shown on anyone's お知らせ page.
-- Owned by the notification module. Portable SQL for H2 (PostgreSQL mode) and PostgreSQL.
alter table ntf_notice alter column person_id drop not null;
