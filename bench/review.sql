-- pgbench script: all the SQL one review (POST /api/practice/answers, rating 3 = Good)
-- sends, statement for statement, for a random learner and card of the bench load:
-- CurrentUser's lookup of the learner (the session cookie itself needs no query, see
-- SessionIdentityProvider), then PracticeService.grade()'s transaction in the order
-- Hibernate sends it. Run by bench/run.sh:
--   pgbench -n -M prepared -c 32 -j 2 -T 30 -D users=1000 -D cards=200 -f bench/review.sql
\set uid random(1, :users)
\set cno random(1, :cards)
select id, created_at, day_start_hour, locale, new_cards_per_day, password_hash, role, time_zone, username
  from app_user where username = 'bench' || :uid fetch first 1 rows only;
BEGIN;
-- what grading needs of the card
select kind, retired from card where id = 'bench-' || :cno;
-- ReviewStateEntity.lockOrCreate: a card the learner has seen is one locking select
select id, buried_until, card_id, drill, drill_since, due, ease_factor, interval_days, lapses, leech, repetitions,
       suspended, user_id, version
  from review_state where user_id = :uid and card_id = 'bench-' || :cno
  fetch first 1 rows only for no key update \gset s_
-- the scheduler's arithmetic, client side as in the app (SM-2, Good: interval x ease)
\set ivl int(:s_interval_days * :s_ease_factor) + 1
\set reps :s_repetitions + 1
\set ver :s_version + 1
-- the flush at commit: the log row (identity id returned), then the state row, every column
insert into review_log (answer, card_id, correct, day, drill_before, drill_since_before, due_after, due_before, ease_after,
       ease_before, interval_after, interval_before, kind, lapses_after, lapses_before, leech_before, quality, rating,
       repetitions_after, repetitions_before, reviewed_at, scheduler, suspended_before, time_taken_ms, undone_at, user_id,
       version_after)
  values (null, :s_card_id, null, current_date, :s_drill, nullif(:s_drill_since, '')::timestamptz,
       current_date + :ivl::int, nullif(:s_due, '')::date, :s_ease_factor, :s_ease_factor, :ivl, :s_interval_days, 'review',
       :s_lapses, :s_lapses, :s_leech, 4, 3, :reps, :s_repetitions, now(), 'sm2-1990', :s_suspended, null, null, :uid,
       :ver)
  returning id;
update review_state set buried_until = nullif(:s_buried_until, '')::date, card_id = :s_card_id, drill = false,
       drill_since = null, due = current_date + :ivl::int, ease_factor = :s_ease_factor, interval_days = :ivl,
       lapses = :s_lapses, leech = :s_leech, repetitions = :reps, suspended = :s_suspended, user_id = :uid, version = :ver
  where id = :s_id;
END;
