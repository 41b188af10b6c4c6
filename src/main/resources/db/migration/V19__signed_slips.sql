-- The receipt and appointment slips (form 01) handed to applicants, signed by the office and kept in the document
-- store: one per dossier and appointment, made the first time it is asked for (SignedSlips), so that its QR code
-- leads to the verification of the very bytes the applicant holds. A new appointment gives a new slip.
create table mc_dossier_slip (
    dossier_code  varchar(48)              not null references mc_dossier (code),
    due_at        timestamp with time zone not null,
    document_id   uuid                     not null references mc_document (id),
    issued_at     timestamp with time zone not null,
    primary key (dossier_code, due_at)
);
