-- One-stop offices. Each office is also a Camunda tenant with the same id.
create table mc_office (
    id        varchar(64)  not null primary key,
    code      varchar(32)  not null unique,
    name      varchar(200) not null,
    province  varchar(200) not null
);
