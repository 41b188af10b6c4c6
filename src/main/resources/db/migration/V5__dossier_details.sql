-- The procedure-specific fields of the application (procedure.yaml "details"), as JSON.
alter table mc_dossier add column details varchar(8000);
