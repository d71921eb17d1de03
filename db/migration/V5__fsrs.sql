-- FSRS-6 as a per-learner scheduler beside SM-2 (issue 15).

-- Which scheduler grades this learner's cards, and FSRS's target probability of recall.
alter table app_user
    add column scheduler varchar(8) not null default 'sm2' check (scheduler in ('sm2', 'fsrs')),
    add column desired_retention numeric(3,2) not null default 0.90
        check (desired_retention between 0.70 and 0.99);

-- FSRS's memory of a card: stability in days, difficulty 1..10; null until FSRS grades the
-- card (an SM-2 learner's cards never have one), and both or neither.
alter table review_state
    add column stability double precision,
    add column difficulty double precision,
    add constraint review_state_memory_both check ((stability is null) = (difficulty is null));

-- The memory before and after each grade, so that undo restores it exactly and the log
-- alone recomputes an FSRS history.
alter table review_log
    add column stability_before double precision,
    add column difficulty_before double precision,
    add column stability_after double precision,
    add column difficulty_after double precision;
