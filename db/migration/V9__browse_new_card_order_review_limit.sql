-- New-card gather order (Anki's "new card gather order"): round-robin across decks, easy
-- levels first in each deck (interleaved, the default), or one deck after another.
alter table app_user add column new_card_order varchar(16) not null default 'interleaved'
    check (new_card_order in ('interleaved', 'deck'));

-- Anki's "maximum reviews/day", default 200; 0 shows no reviews that day, as in Anki.
alter table app_user add column reviews_per_day integer not null default 200
    check (reviews_per_day between 0 and 9999);

-- A reset from Browse (Anki's "Forget") puts a card back to new and is logged as kind 'reset'
-- with the state before and after, so the log still explains every state. It is no grade:
-- a reset row, and only a reset row, has no rating.
alter table review_log alter column rating drop not null;
alter table review_log alter column quality drop not null;
alter table review_log add constraint review_log_rating_unless_reset
    check ((kind = 'reset') = (rating is null) and (rating is null) = (quality is null));

