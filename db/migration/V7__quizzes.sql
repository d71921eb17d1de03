-- Quizzes (cram mode): practice outside the schedule. A quiz fixes its cards when it starts
-- (quiz_item), so a reload or a second tab shows the same quiz; answers go to quiz_item and,
-- as every answer does, to review_log (kind 'quiz', or 'quiz_rescheduled' when the learner
-- chose that answers reschedule).
create table quiz (
    id           bigserial primary key,
    user_id      bigint       not null references app_user (id) on delete cascade,
    decks        jsonb        not null,
    tags         jsonb        not null,
    selection    varchar(12)  not null check (selection in ('all', 'due_soon', 'weakest', 'new', 'simulation')),
    simulation   varchar(64),
    size         smallint     not null check (size in (10, 20, 50)),
    reschedule   boolean      not null,
    seed         bigint       not null,
    started_at   timestamptz  not null,
    finished_at  timestamptz,
    requeued_at  timestamptz,
    check ((selection = 'simulation') = (simulation is not null))
);

create index quiz_user_started on quiz (user_id, started_at desc);

create table quiz_item (
    id             bigserial    primary key,
    quiz_id        bigint       not null references quiz (id) on delete cascade,
    position       integer      not null check (position >= 0),
    card_id        varchar(100) not null references card (id),
    -- the seed of a sim card's question: fresh per item, not the practice seed
    question_seed  bigint,
    answered_at    timestamptz,
    rating         smallint     check (rating between 1 and 4),
    answer         text,
    correct        boolean,
    time_taken_ms  integer,
    unique (quiz_id, position),
    check ((answered_at is null) = (rating is null))
);

alter table review_log add column quiz_id bigint references quiz (id) on delete set null;
create index review_log_quiz on review_log (quiz_id) where quiz_id is not null;
