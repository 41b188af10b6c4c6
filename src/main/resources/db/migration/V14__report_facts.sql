-- Reporting facts: one row per dossier, live (kept current in the transaction of every change by the
-- reporting module's listeners) or imported from an older system. Reports read only this table.
create table mc_report_dossier (
    code                varchar(48)  not null primary key,
    office_id           varchar(64)  not null references mc_office (id),
    procedure_code      varchar(40)  not null,
    -- the procedure's field (lĩnh vực) by its Vietnamese name, as the reports group it
    field               varchar(200) not null,
    channel             varchar(10)  not null,
    status              varchar(24)  not null,
    received_at         timestamp with time zone not null,
    -- the current appointment (the dossier clock's due instant) and the start of its day in the office's zone
    due_at              timestamp with time zone not null,
    due_day_starts_at   timestamp with time zone not null,
    -- when the dossier ran, or will run if nothing changes, past its appointment while its clock counted;
    -- null while it waits for a supplement with time left and was never late before
    late_at             timestamp with time zone,
    -- when it ended (finished, returned, rejected or withdrawn); alive_until is the same, or 9999-12-31 while open
    finished_at         timestamp with time zone,
    alive_until         timestamp with time zone not null,
    -- open, or open for longer than the reports' look-back window (FactStore.LOOK_BACK): such a dossier can
    -- belong to a period received long before it, so reports find it through ix_report_long_running
    long_running        boolean      not null,
    fee_bearing         boolean      not null default false,
    paid_online         boolean      not null default false,
    digitised           boolean      not null default false,
    reused              boolean      not null default false,
    electronic_result   boolean      not null default false,
    -- the first apology letter (form 04): the dossier counts as overdue from then on
    apology_at          timestamp with time zone,
    supplement_requests int          not null default 0,
    -- the latest wait for the applicant's supplement
    supplement_from     timestamp with time zone,
    supplement_until    timestamp with time zone,
    rating              varchar(20),
    imported            boolean      not null default false
);

-- A period's dossiers: the ended ones received in it or shortly before (range on received_at, alive_until tells the
-- open ones apart without reading the row), the long-running ended rest, and the open ones (alive_until = 9999-12-31).
create index ix_report_received on mc_report_dossier (received_at, alive_until);
create index ix_report_long_running on mc_report_dossier (long_running, alive_until, received_at);
