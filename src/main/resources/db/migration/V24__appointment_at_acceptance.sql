-- A dossier of a procedure whose time limit counts from the reception officer's acceptance (the birth group) has no
-- appointment while it awaits reception.
alter table mc_dossier alter column due_at drop not null;
