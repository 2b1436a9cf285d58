-- Reminders and the mail outbox, safe with several nodes. Owned by the notification module.
-- Portable SQL for H2 (PostgreSQL mode) and PostgreSQL.

-- The days on which a reminder has run for a subject: one row per (reminder, subject, day). A node
-- claims a day by inserting the row; the primary key lets exactly one node win, whatever the number
-- of nodes, and the button of a module marks the day the same way.
create table ntf_reminder_day (
    reminder    varchar(100)             not null,
    subject     varchar(100)             not null,
    reminded_on date                     not null,
    claimed_at  timestamp with time zone not null,
    constraint ntf_reminder_day_pk primary key (reminder, subject, reminded_on)
);

-- The days already claimed by the acknowledgement reminders before they moved here.
insert into ntf_reminder_day (reminder, subject, reminded_on, claimed_at)
select 'policy.acknowledgement', cast(id as varchar(100)), last_reminded_on, current_timestamp
from pol_ack_campaign
where last_reminded_on is not null;

-- Which run of which node is mailing a notice now: a sender claims waiting rows before it mails
-- them, so two nodes never mail the same notice. A claim older than the stale limit (a node that
-- died while sending) may be taken over.
alter table ntf_notice add column claimed_by varchar(100);
alter table ntf_notice add column claimed_at timestamp with time zone;
