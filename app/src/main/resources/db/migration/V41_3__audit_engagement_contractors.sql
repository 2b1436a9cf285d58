-- The contractors in an engagement's scope, picked from the supplier register (sup_contractor) with
-- the name they had when picked. The free-text column aud_engagement.contractors stays for the
-- engagements written before; new engagements leave it empty.
create table aud_engagement_contractor (
    engagement_id bigint       not null references aud_engagement (id),
    contractor_id bigint       not null references sup_contractor (id),
    name          varchar(200) not null,
    primary key (engagement_id, contractor_id)
);
