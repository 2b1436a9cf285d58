-- The first administrator is created once: whoever inserts the one row of sec_setup_claim first
-- (primary key, id = 1) creates it; every other setup attempt, on any node, fails on the key and
-- is answered "setup already done". A database that already has accounts is claimed here.
create table sec_setup_claim (
    id         int                      not null,
    login      varchar(100)             not null,
    claimed_at timestamp with time zone not null,
    constraint sec_setup_claim_pk primary key (id),
    constraint sec_setup_claim_one_row_ck check (id = 1)
);
insert into sec_setup_claim (id, login, claimed_at)
select 1, '(before V11_1)', current_timestamp
where exists (select 1 from sec_account);
