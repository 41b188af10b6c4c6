-- Electronic receipts (Decree 254/2026): numbered per issuing office and year, 1 to 99,999,999,
-- restarting at 1 each year. A receipt is never changed: a cancellation is a receipt of its own that
-- takes the next number and points at the receipt it cancels.
-- (year_of_issue, not year: YEAR is a keyword in H2 2.x, our embedded database.)
create table mc_receipt_serial (
    office_id    varchar(64) not null references mc_office(id),
    year_of_issue int        not null,
    last_number  int         not null,
    primary key (office_id, year_of_issue)
);

create table mc_receipt (
    id                   uuid         not null primary key,
    office_id            varchar(64)  not null references mc_office(id),
    year_of_issue        int          not null,
    number               int          not null check (number between 1 and 99999999),
    dossier_code         varchar(48)  not null,
    payer_name           varchar(200) not null,
    payer_id_number      varchar(32),
    amount_vnd           bigint       not null check (amount_vnd > 0),
    lines                text         not null,
    issued_at            timestamp with time zone not null,
    cancels              uuid         references mc_receipt(id),
    cancellation_reason  varchar(400),
    unique (office_id, year_of_issue, number),
    -- a receipt is cancelled at most once
    unique (cancels),
    check ((cancels is null) = (cancellation_reason is null))
);

create index mc_receipt_dossier on mc_receipt (dossier_code);
