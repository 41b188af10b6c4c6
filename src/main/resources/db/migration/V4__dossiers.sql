-- Dossiers: what a citizen hands in once, and everything that hangs on it.
create table mc_dossier (
    code                  varchar(48)  not null primary key,
    office_id             varchar(64)  not null references mc_office (id),
    procedure_code        varchar(40)  not null,
    process_instance_id   varchar(64),
    channel               varchar(10)  not null,
    status                varchar(24)  not null,
    applicant_name        varchar(200) not null,
    applicant_id_number   varchar(12)  not null,
    applicant_phone       varchar(20),
    applicant_email       varchar(200),
    applicant_address     varchar(400),
    received_at           timestamp with time zone not null,
    -- the current appointment (the dossier clock's due instant)
    due_at                timestamp with time zone not null,
    finished_at           timestamp with time zone,
    received_by           varchar(64),
    -- a retried online submission with the same key returns this dossier
    idempotency_key       varchar(100) unique,
    request_hash          varchar(64)
);
create index ix_dossier_applicant on mc_dossier (applicant_id_number);
create index ix_dossier_office_status on mc_dossier (office_id, status);
create index ix_dossier_process on mc_dossier (process_instance_id);

-- The daily serial of each office's dossier codes; the row is locked by the intake that uses it.
create table mc_dossier_serial (
    office_id      varchar(64) not null references mc_office (id),
    day_of_serial  date        not null,
    last_serial    int         not null,
    primary key (office_id, day_of_serial)
);

-- The status history: who, when, why; public events are shown to the citizen.
create table mc_dossier_event (
    dossier_code  varchar(48)   not null references mc_dossier (code),
    seq           int           not null,
    status        varchar(24)   not null,
    at            timestamp with time zone not null,
    actor         varchar(64)   not null,
    reason        varchar(2000),
    public_event  boolean       not null,
    primary key (dossier_code, seq)
);

-- The documents handed in for each component; reused = taken from the citizen's store.
create table mc_dossier_component (
    dossier_code    varchar(48) not null references mc_dossier (code),
    component_code  varchar(32) not null,
    document_id     uuid        not null references mc_document (id),
    reused          boolean     not null,
    primary key (dossier_code, component_code, document_id)
);

-- The documents the procedure issued.
create table mc_dossier_result (
    dossier_code  varchar(48) not null references mc_dossier (code),
    result_code   varchar(32) not null,
    document_id   uuid        not null references mc_document (id),
    primary key (dossier_code, result_code, document_id)
);
