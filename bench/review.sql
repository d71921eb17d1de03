-- pgbench script: all the SQL one review (POST /api/practice/answers, rating 3 = Good)
-- sends, statement for statement, for a random learner and card of the bench load: the
-- grade transaction of GradeStore (practice/store/GradeStore.java), keep the two in step.
-- The learner comes from the session cookie without a query (SessionIdentityProvider);
-- the first statement finds them by the cookie's session key (name/epoch; bench/load.sql gives
-- the bench learners epoch 0) together with the card and the locked state row.
-- Run by bench/run.sh:
--   pgbench -n -M prepared -c 32 -j 2 -T 30 -D users=1000 -D cards=200 -f bench/review.sql
\set uid random(1, :users)
\set cno random(1, :cards)
BEGIN;
select rs.id, rs.user_id, rs.card_id, rs.ease_factor, rs.interval_days, rs.repetitions, rs.lapses, rs.due,
       rs.drill, rs.drill_since, rs.buried_until, rs.suspended, rs.leech, rs.version, rs.stability,
       rs.difficulty, u.id as learner_id, u.time_zone, u.day_start_hour, u.scheduler, u.desired_retention,
       c.kind, c.retired,
       case when rs.stability is not null then
         (select max(l.day) from review_log l where l.user_id = rs.user_id and l.card_id = rs.card_id
            and l.undone_at is null and l.kind in ('new', 'review', 'interview', 'quiz_rescheduled')) end
         as last_review_day
from review_state rs
join app_user u on u.id = rs.user_id
join card c on c.id = rs.card_id
where u.session_key = 'bench' || :uid || '/0' and rs.card_id = 'bench-' || :cno
for no key update of rs \gset s_
-- the scheduler's arithmetic, client side as in the app (SM-2, Good: interval x ease)
\set ivl int(:s_interval_days * :s_ease_factor) + 1
\set reps :s_repetitions + 1
\set ver :s_version + 1
with log as (
  insert into review_log (user_id, card_id, reviewed_at, day, rating, quality, kind, answer, correct,
    time_taken_ms, scheduler, ease_before, interval_before, repetitions_before, lapses_before, due_before,
    drill_before, drill_since_before, leech_before, suspended_before, stability_before, difficulty_before,
    ease_after, interval_after, repetitions_after, lapses_after, due_after, version_after,
    stability_after, difficulty_after)
  values (:s_learner_id, :s_card_id, now(), current_date, 3, 4, 'review', null, null,
    null, 'sm2-1990', :s_ease_factor, :s_interval_days, :s_repetitions, :s_lapses, nullif(:s_due, '')::date,
    :s_drill, nullif(:s_drill_since, '')::timestamptz, :s_leech, :s_suspended, null, null,
    :s_ease_factor, :ivl, :reps, :s_lapses, current_date + :ivl::int, :ver,
    null, null))
update review_state set ease_factor = :s_ease_factor, interval_days = :ivl, repetitions = :reps,
  lapses = :s_lapses, due = current_date + :ivl::int, drill = false, drill_since = null,
  suspended = :s_suspended, leech = :s_leech, version = :ver, stability = null, difficulty = null
where id = :s_id;
END;
