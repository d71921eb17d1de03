-- Accounts, the database copy of the cards, and each learner's review state and log.
-- Cards are owned by content/ (re-synced at every start); review state and the log are
-- owned here and are never rewritten by a content change.

create table app_user (
    id                 bigserial primary key,
    username           varchar(64)  not null unique,
    password_hash      varchar(100) not null,
    role               varchar(16)  not null default 'user',
    locale             varchar(8)   not null default 'en',
    time_zone          varchar(64)  not null default 'UTC',
    -- the learner's day rolls over at this local hour, as in Anki ("next day starts at")
    day_start_hour     smallint     not null default 4 check (day_start_hour between 0 and 23),
    new_cards_per_day  integer      not null default 10 check (new_cards_per_day between 0 and 1000),
    created_at         timestamptz  not null default now()
);

create table deck (
    id        varchar(64) primary key,
    titles    jsonb       not null,
    position  integer     not null
);

create table card (
    id           varchar(100) primary key,
    deck_id      varchar(64)  not null references deck (id),
    kind         varchar(16)  not null,
    go_versions  varchar(64)  not null,
    level        smallint     not null,
    -- introduction order of new cards: easy levels first, then deck and file order
    position     integer      not null,
    -- retired by its author, or no longer present in content/: out of every queue, history kept
    retired      boolean      not null default false,
    source_file  varchar(255) not null,
    source_line  integer      not null,
    -- rendered text per language, tags, follow-ups and the language-neutral answers
    content      jsonb        not null,
    content_hash varchar(64)  not null,
    updated_at   timestamptz  not null default now()
);

create table review_state (
    id              bigserial primary key,
    user_id         bigint       not null references app_user (id) on delete cascade,
    card_id         varchar(100) not null references card (id),
    ease_factor     numeric(4,2) not null default 2.50,
    interval_days   integer      not null default 0,
    repetitions     integer      not null default 0,
    lapses          integer      not null default 0,
    -- the learner's day the card is next due; null while the card is new
    due             date,
    -- graded below Good: repeated in this session until Good (SM-2 step 7)
    drill           boolean      not null default false,
    drill_since     timestamptz,
    buried_until    date,
    suspended       boolean      not null default false,
    leech           boolean      not null default false,
    -- bumped by every change; a grade must name the version it was made against
    version         integer      not null default 0,
    unique (user_id, card_id)
);

-- the next-due lookup: one range scan per learner
create index review_state_due on review_state (user_id, due) where not suspended and due is not null;
create index review_state_drill on review_state (user_id, drill_since) where drill;

create table review_log (
    id                  bigserial primary key,
    user_id             bigint       not null references app_user (id) on delete cascade,
    card_id             varchar(100) not null references card (id),
    reviewed_at         timestamptz  not null,
    -- the learner's day of the review (time zone and rollover hour applied)
    day                 date         not null,
    rating              smallint     not null check (rating between 1 and 4),
    quality             smallint     not null check (quality between 0 and 5),
    -- new | review | drill
    kind                varchar(16)  not null,
    answer              text,
    correct             boolean,
    time_taken_ms       integer,
    ease_before         numeric(4,2) not null,
    interval_before     integer      not null,
    repetitions_before  integer      not null,
    lapses_before       integer      not null,
    due_before          date,
    drill_before        boolean      not null,
    drill_since_before  timestamptz,
    leech_before        boolean      not null,
    suspended_before    boolean      not null,
    ease_after          numeric(4,2) not null,
    interval_after      integer      not null,
    repetitions_after   integer      not null,
    lapses_after        integer      not null,
    due_after           date,
    version_after       integer      not null,
    scheduler           varchar(32)  not null,
    -- set when the learner undid this grade; the row stays as a record of what happened
    undone_at           timestamptz
);

create index review_log_user_time on review_log (user_id, reviewed_at desc);
create index review_log_user_day on review_log (user_id, day) where undone_at is null;
create index review_log_user_card on review_log (user_id, card_id, reviewed_at);
