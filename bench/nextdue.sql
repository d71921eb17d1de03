-- Review state for the next-due latency measurement (bench/run.sh): replaces all review
-- state with exactly :users learners x every card (200 cards: 50 learners = 10k rows,
-- 5,000 learners = 1M rows), all due, spread over the last 30 days, then VACUUM ANALYZE.
-- Learners missing are created with the bench password hash (:hash).
\set ON_ERROR_STOP on
truncate review_log, review_state;
insert into app_user (username, password_hash, time_zone)
select 'bench' || g, :'hash', 'UTC' from generate_series(1, :users) g
on conflict (username) do nothing;
insert into review_state (user_id, card_id, ease_factor, interval_days, repetitions, lapses, due, version)
select u.id, c.id, 2.50, 1 + (abs(hashtext(u.id || c.id)) % 20), 3, 0,
       current_date - 1 - (abs(hashtext(c.id || u.id)) % 30), 0
from app_user u cross join card c
where u.username in (select 'bench' || g from generate_series(1, :users) g) and not c.retired;
vacuum analyze review_state;
select count(*) as review_state_rows, count(distinct user_id) as learners from review_state;
