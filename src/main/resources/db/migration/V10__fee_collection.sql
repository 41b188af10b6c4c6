-- The fee-collection step (processes/common/fee-collection.bpmn): one pending online request per dossier,
-- and every receipt tied to the payment it acknowledges.

-- mc_payment.pending_dossier_code: the dossier code while the request is PENDING, null otherwise. Unique, so
-- that two requests opened at the same moment for one dossier cannot both be pending: the second insert fails
-- and the caller returns the first. (A unique partial index would say the same, but H2 has none.)
alter table mc_payment add column pending_dossier_code varchar(48);

-- Requests opened twice before this constraint existed: the older stays open no longer.
update mc_payment p set status = 'EXPIRED'
where p.status = 'PENDING' and exists (
    select 1 from mc_payment q where q.dossier_code = p.dossier_code and q.status = 'PENDING'
    and (q.created_at > p.created_at or (q.created_at = p.created_at and q.reference > p.reference)));
update mc_payment set pending_dossier_code = dossier_code where status = 'PENDING';

alter table mc_payment add constraint mc_payment_one_pending_per_dossier unique (pending_dossier_code);
alter table mc_payment add constraint mc_payment_pending_dossier_code
    check ((status = 'PENDING' and pending_dossier_code is not null and pending_dossier_code = dossier_code) or (status <> 'PENDING' and pending_dossier_code is null));

-- mc_receipt.payment_channel: how the fee was paid, ONLINE (through the payment gateway) or COUNTER (in cash
-- or by card at the one-stop counter); a cancellation carries the channel of the receipt it cancels. Null only
-- for receipts issued before this column existed.
-- mc_receipt.payment_reference: the payment the receipt acknowledges (mc_payment.reference for ONLINE, the
-- counter's own reference TQ… for COUNTER); null for a cancellation. Unique: one receipt per payment, so a
-- retried step finds the receipt it issued instead of issuing another.
alter table mc_receipt add column payment_channel varchar(8);
alter table mc_receipt add column payment_reference varchar(64);
alter table mc_receipt add constraint mc_receipt_payment_channel check (payment_channel in ('ONLINE', 'COUNTER'));
alter table mc_receipt add constraint mc_receipt_one_per_payment unique (payment_reference);

-- the fee report reads receipts and fee lines by period
create index mc_receipt_office_issued on mc_receipt (office_id, issued_at);
create index mc_fee_line_recorded on mc_fee_line (recorded_at);
