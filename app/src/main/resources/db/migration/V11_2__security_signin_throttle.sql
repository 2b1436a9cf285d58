-- Sign-in throttling instead of a hard lock (issue 12): failures are counted per typed login and
-- per source address, shared by every node; past a free number of failures each further attempt
-- must wait a growing time. Rows of unknown logins and quiet sources are deleted after a while.
create table sec_signin_throttle (
    throttle_key    varchar(200)             not null,
    failures        int                      not null,
    last_failure_at timestamp with time zone,
    wait_until      timestamp with time zone,
    constraint sec_signin_throttle_pk primary key (throttle_key),
    constraint sec_signin_throttle_failures_ck check (failures >= 0)
);
create index sec_signin_throttle_last_ix on sec_signin_throttle (last_failure_at);

-- no account stays hard-locked: the lock could be set off by anyone who knew a login
update sec_account set locked = false, locked_at = null, failed_attempts = 0 where locked = true;
