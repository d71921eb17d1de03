-- A review_state table of :users learners x every card (200 cards: 50 learners = 10k rows,
-- 5,000 learners = 1M rows) in its own schema :schema, for the next-due latency measurement
-- of bench/run.sh. The copy has the columns, defaults and indexes of public.review_state
-- (LIKE ... INCLUDING ALL), so PracticeService's next-due query runs on it verbatim with
-- search_path = :schema, public (card stays public.card). All rows due, spread over the
-- last 30 days; learner ids 1..:users.
\set ON_ERROR_STOP on
drop schema if exists :schema cascade;
create schema :schema;
create table :schema.review_state (like public.review_state including all);
insert into :schema.review_state (user_id, card_id, ease_factor, interval_days, repetitions, lapses, due, version)
select u, c.id, 2.50, 1 + (abs(hashtext(u || c.id)) % 20), 3, 0,
       current_date - 1 - (abs(hashtext(c.id || u)) % 30), 0
from generate_series(1, :users) u cross join card c
where not c.retired
-- in random order: a learner's rows are written over months, interleaved with everybody else's
order by random();
vacuum analyze :schema.review_state;
select :'schema' as schema, count(*) as review_state_rows, count(distinct user_id) as learners
from :schema.review_state;
