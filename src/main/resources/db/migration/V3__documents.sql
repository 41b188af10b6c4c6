-- Digitised documents: the citizen's (or organisation's) document store. The bytes live in the
-- content-addressed document store under sha256; a row is the only way to reach them.
create table mc_document (
    id              uuid         not null primary key,
    -- personal id number (12 digits) of the owner, or an organisation's code
    owner_id_number varchar(32)  not null,
    sha256          varchar(64)  not null,
    format          varchar(8)   not null,
    size_bytes      bigint       not null,
    pages           int,
    file_name       varchar(200) not null,
    -- the dossier component the document answers; null for a document not tied to one
    component_code  varchar(64),
    scanned_by      varchar(64)  not null,
    scanned_at      timestamp with time zone not null,
    -- the same bytes for the same owner and component are one document (a repeated upload or a retried step)
    constraint uq_document_owner_blob unique nulls not distinct (owner_id_number, sha256, component_code)
);

-- The orphan sweeper asks whether any document refers to a blob.
create index ix_document_sha256 on mc_document (sha256);
