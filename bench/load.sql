-- Loads the learners and review state for bench/run.sh: :users learners named bench1..benchN,
-- each with a review_state row for every card, all due today or earlier (so every grade is a
-- scheduled review). Variables: users, hash (one BCrypt hash, used by every learner).
\set ON_ERROR_STOP on
begin;
-- session epoch 0 (the sequence starts at 1), so review.sql can name a learner's session key
insert into app_user (username, password_hash, time_zone, session_epoch)
select 'bench' || g, :'hash', 'UTC', 0 from generate_series(1, :users) g;

insert into review_state (user_id, card_id, ease_factor, interval_days, repetitions, lapses, due, version)
select u.id, c.id, 2.50, 1 + (abs(hashtext(u.id || c.id)) % 20), 3, 0,
       -- the learners' day starts at 04:00 UTC, so "yesterday or earlier" is due whatever the hour
       current_date - 1 - (abs(hashtext(c.id || u.id)) % 30), 0
from app_user u cross join card c
where u.username like 'bench%' and not c.retired;
commit;
analyze;
select (select count(*) from app_user) as users, (select count(*) from card) as cards,
       (select count(*) from review_state) as review_state_rows;
