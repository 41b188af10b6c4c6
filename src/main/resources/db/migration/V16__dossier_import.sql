-- Imports of past dossiers from an older system (CSV): one job per file, its progress and its rejected rows.
create table mc_import_job (
    id               uuid         not null primary key,
    started_by       varchar(64)  not null,
    file_name        varchar(200),
    status           varchar(12)  not null,
    total_rows       int          not null,
    processed_rows   int          not null default 0,
    imported_rows    int          not null default 0,
    present_rows     int          not null default 0,
    rejected_rows    int          not null default 0,
    started_at       timestamp with time zone not null,
    finished_at      timestamp with time zone,
    failure          varchar(1000)
);

create table mc_import_problem (
    job_id       uuid          not null references mc_import_job (id),
    line_no      int           not null,
    -- REJECTED (the row is wrong) or PRESENT (its dossier code is known already: not imported again)
    kind         varchar(10)   not null,
    field        varchar(40)   not null,
    reason       varchar(400)  not null,
    dossier_code varchar(48),
    primary key (job_id, line_no, field)
);
