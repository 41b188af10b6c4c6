-- The applicant's rating of a dossier after its result: once per dossier.
create table mc_rating (
    dossier_code  varchar(48)   not null primary key,
    rating        varchar(20)   not null,
    comment       varchar(1000),
    rated_at      timestamp with time zone not null
);
