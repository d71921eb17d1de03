-- A session cookie names the account and its session epoch ("alice/17"); a request is the
-- learner's only while that pair still matches the row. Changing the password draws a new
-- epoch, which ends every session opened before. Epochs come from one sequence across all
-- accounts, so an account created later under a deleted one's name never has the epoch an
-- old cookie carries. Existing sessions (cookies holding only a name) end at this upgrade.
create sequence session_epoch_seq;

alter table app_user add column session_epoch bigint not null default nextval('session_epoch_seq');

-- What the cookie holds, so the grade transaction finds the learner by it with the same one
-- indexed lookup it made by name (practice/GradeStore.java); '/' never occurs in a username.
alter table app_user add column session_key text not null
    generated always as (username || '/' || session_epoch::text) stored;

create unique index app_user_session_key on app_user (session_key);
