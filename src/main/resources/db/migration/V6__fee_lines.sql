-- The fee lines of a dossier, in whole VND; an exempted line is kept with amount 0 and its exemption.
create table mc_fee_line (
    dossier_code  varchar(48)  not null,
    line_no       int          not null,
    description   varchar(400) not null,
    amount_vnd    bigint       not null check (amount_vnd >= 0),
    exemption     varchar(40),
    recorded_at   timestamp with time zone not null,
    primary key (dossier_code, line_no)
);
