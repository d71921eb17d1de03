-- Failed sign-ins per account name and per client address. The back-off lives in the
-- database, not in a JVM, so that every instance behind a load balancer applies the same
-- one. A row is forgotten a day after its last failure; an account's row goes at its
-- next successful sign-in.
create table login_throttle (
    -- 'user:<name as typed>' or 'addr:<client address>'
    throttle_key   varchar(200) primary key,
    failures       integer      not null check (failures > 0),
    last_failure   timestamptz  not null,
    blocked_until  timestamptz  not null
);

create index login_throttle_last_failure on login_throttle (last_failure);
