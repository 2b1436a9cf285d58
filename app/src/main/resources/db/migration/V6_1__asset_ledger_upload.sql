-- Excel ledgers uploaded on the import page (/assets/import), kept between the check and the
-- import for at most an hour, readable only by the person who uploaded them.
create table ast_ledger_upload (
    token       varchar(64)              not null,
    login       varchar(200)             not null,
    file_name   varchar(300)             not null,
    content     bytea                    not null,
    uploaded_at timestamp with time zone not null,
    constraint ast_ledger_upload_pk primary key (token)
);

create index ast_ledger_upload_at_ix on ast_ledger_upload (uploaded_at);
