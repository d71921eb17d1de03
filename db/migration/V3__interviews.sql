-- Mock interviews: one row per interview, one per question asked. The server owns the
-- clock: ends_at is fixed when the interview starts, so a reload or a second tab can
-- neither stop nor reset it. A question's row is written when it is asked, so a closed
-- tab resumes at the same question.

create table interview (
    id           bigserial primary key,
    user_id      bigint       not null references app_user (id) on delete cascade,
    -- the interviewer's randomness and every generated simulation question come from it
    seed         bigint       not null,
    minutes      smallint     not null check (minutes in (15, 30, 45)),
    -- deck ids, resolved at the start ("all decks" becomes the list it meant then)
    decks        jsonb        not null,
    level        varchar(8)   not null check (level in ('junior', 'mid', 'senior')),
    language     varchar(2)   not null check (language in ('en', 'zh')),
    reveal_each  boolean      not null,
    started_at   timestamptz  not null,
    ends_at      timestamptz  not null check (ends_at > started_at),
    finished_at  timestamptz,
    -- running | finished (by the candidate, or nothing left to ask) | timed_out
    status       varchar(12)  not null check (status in ('running', 'finished', 'timed_out')),
    -- when the missed cards were put back into the review queue; once per interview
    requeued_at  timestamptz
);

create index interview_user_started on interview (user_id, started_at desc);
-- one running interview per learner, even when two starts race (a double click, two tabs)
create unique index interview_one_running on interview (user_id) where status = 'running';

create table interview_turn (
    id              bigserial primary key,
    interview_id    bigint       not null references interview (id) on delete cascade,
    -- 0-based order of the question in its interview
    turn            integer      not null check (turn >= 0),
    card_id         varchar(100) not null references card (id),
    deck_id         varchar(64)  not null,
    reason          varchar(16)  not null,
    parent_card_id  varchar(100),
    depth           integer      not null check (depth >= 0),
    -- a sim card's generated question as asked (seed, prompt, answer); null for other kinds
    question        jsonb,
    asked_at        timestamptz  not null,
    answered_at     timestamptz,
    answer          text,
    -- the score the app gave (checker, or the key-point matcher's suggestions), 0..1
    auto_score      double precision check (auto_score between 0 and 1),
    -- recall cards: the matcher's suggestion per key point (index, covered, evidence)
    suggestions     jsonb,
    -- recall cards: the candidate's confirmed or corrected tick per key point
    ticks           jsonb,
    -- the score that counts: auto_score, or the ticks' share once confirmed
    score           double precision check (score between 0 and 1),
    unique (interview_id, turn)
);

-- The source of a review: set on the rows the report's "back into the queue" action
-- writes, so a learner's history shows which interview failed the card.
alter table review_log add column interview_id bigint references interview (id) on delete set null;
create index review_log_interview on review_log (interview_id) where interview_id is not null;
