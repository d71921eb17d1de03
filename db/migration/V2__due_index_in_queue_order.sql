-- The next due review is "most overdue first, then by card id": an index in exactly that
-- order lets PostgreSQL read one entry per learner instead of sorting all their due cards,
-- so the lookup costs the same at 10k and at 1M review states.
drop index review_state_due;
create index review_state_due on review_state (user_id, due, card_id) where not suspended and due is not null;
