-- A component may be handed in more than once: a clerk scans it again at the counter, the applicant sends it again as
-- a supplement. Every version is kept, numbered 1, 2, … per dossier and component; the highest is the component's
-- current document, the others its history, each with who handed it in (a clerk's user id, or "online" for the
-- applicant on the portal) and when. The same document may come back as a later version (the same bytes scanned
-- again), which the old key (dossier, component, document) refused.
--
-- The table is built anew because H2 and PostgreSQL drop a primary key in different words.
create table mc_dossier_component_version (
    dossier_code    varchar(48) not null references mc_dossier (code),
    component_code  varchar(32) not null,
    version         int         not null check (version > 0),
    document_id     uuid        not null references mc_document (id),
    reused          boolean     not null,
    added_by        varchar(64) not null,
    added_at        timestamp with time zone not null,
    primary key (dossier_code, component_code, version)
);

-- Earlier rows have no order of their own: their documents' digitisation gives it. Who and when: the clerk or portal
-- that digitised the document, not before the dossier was received (a document kept from an earlier dossier); a
-- reused one was named by whoever received the dossier.
insert into mc_dossier_component_version (dossier_code, component_code, version, document_id, reused, added_by, added_at)
select c.dossier_code, c.component_code,
       (select count(*) from mc_dossier_component o join mc_document od on od.id = o.document_id
        where o.dossier_code = c.dossier_code and o.component_code = c.component_code
          and (od.scanned_at < d.scanned_at or (od.scanned_at = d.scanned_at and o.document_id <= c.document_id))),
       c.document_id, c.reused,
       case when c.reused then coalesce(s.received_by, 'online') else d.scanned_by end,
       case when d.scanned_at > s.received_at and not c.reused then d.scanned_at else s.received_at end
from mc_dossier_component c
join mc_document d on d.id = c.document_id
join mc_dossier s on s.code = c.dossier_code;

drop table mc_dossier_component;
alter table mc_dossier_component_version rename to mc_dossier_component;
