-- Overdue list benchmark data (issue 8): 100,000 open dossiers of the demo province (two offices) with their
-- statutory clocks, status history and a waiting reception task each (an engine process instance, task and
-- candidate group, as the engine stores them; who holds it and the dossier's watch row, as DossierHolderListener and
-- DossierWatch keep them), plus 50,000 dossiers finished in the last eight weeks.
-- Open dossiers: due instants spread over 20 days from two days ago, so 10 % are overdue and about 5 % due
-- soon; every other one has a police stage clock due a day before its appointment, and every tenth
-- received dossier is paused for a supplement. Run on the benchmark database after the application has
-- started once (engine schema, migrations, demo offices and process definitions in place).
\set ON_ERROR_STOP on
begin;

create temporary table gen as
select i,
       case when i % 2 = 0 then 'xa-an-phu' else 'xa-binh-hoa' end as office,
       case when i % 2 = 0 then '000.00.21.H56' else '000.00.22.H56' end as office_code,
       now() - interval '2 days' + ((i / 2) % 20) * interval '1 day' + (i % 97) * interval '7 minutes' as due_at,
       now() - interval '5 days' + ((i / 2) % 20) * interval '1 day' as received_at,
       'bench-pi-' || i as pi,
       'bench-task-' || i as task
from generate_series(1, 100000) as i;

insert into mc_dossier (code, office_id, procedure_code, process_instance_id, channel, status, applicant_name,
                        applicant_id_number, received_at, due_at)
select office_code || '-BENCH-' || lpad(i::text, 6, '0'), office, '9.000001.000.00.00.H56', pi, 'ONLINE',
       case when i % 10 = 0 then 'SUPPLEMENT_REQUESTED' else 'IN_PROCESS' end, 'Người nộp ' || i, '001203000000', received_at, due_at
from gen;

insert into mc_dossier_event (dossier_code, seq, status, at, actor, public_event)
select office_code || '-BENCH-' || lpad(i::text, 6, '0'), 1, 'RECEIVED', received_at, 'citizen', true from gen;

insert into mc_clock (dossier, clock_key, office_id, rule_text, state, starts_at, due_at, remaining_seconds)
select office_code || '-BENCH-' || lpad(i::text, 6, '0'), 'DOSSIER', office, 'WD:3',
       case when i % 10 = 0 then 'PAUSED' else 'RUNNING' end, received_at, due_at,
       case when i % 10 = 0 then 28800 end
from gen;

insert into mc_clock (dossier, clock_key, office_id, rule_text, state, starts_at, due_at)
select office_code || '-BENCH-' || lpad(i::text, 6, '0'), 'STAGE_POLICE', office, 'WD:2', 'RUNNING', received_at,
       due_at - interval '1 day'
from gen where i % 2 = 1 and i % 10 <> 0 and i % 10 <> 5;

insert into act_ru_execution (id_, rev_, root_proc_inst_id_, proc_inst_id_, business_key_, proc_def_id_, act_id_,
                              is_active_, is_concurrent_, is_scope_, is_event_scope_, suspension_state_, cached_ent_state_,
                              sequence_counter_, tenant_id_, proc_def_key_)
select pi, 1, pi, pi, office_code || '-BENCH-' || lpad(i::text, 6, '0'),
       (select id_ from act_re_procdef where key_ = 'hello-dossier' order by version_ desc limit 1), 'Task_ReceiveDossier',
       true, false, true, false, 1, 0, 1, office, 'hello-dossier'
from gen;

insert into act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_, task_def_key_, assignee_, priority_,
                         create_time_, suspension_state_, tenant_id_)
select task, 1, pi, pi, (select id_ from act_re_procdef where key_ = 'hello-dossier' order by version_ desc limit 1),
       'Tiếp nhận hồ sơ', 'Task_ReceiveDossier', case when i % 7 = 0 then 'letan.anphu' end, 50, received_at, 1, office
from gen;

insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_, tenant_id_)
select 'bench-link-' || i, 1, 'tiep-nhan', 'candidate', task, office from gen;

-- the assignee holds an assigned task, the candidate group an unassigned one
insert into mc_dossier_holder (task_id, dossier_code, task_name, holder_type, holder_id)
select task, office_code || '-BENCH-' || lpad(i::text, 6, '0'), 'Tiếp nhận hồ sơ',
       case when i % 7 = 0 then 'USER' else 'GROUP' end, case when i % 7 = 0 then 'letan.anphu' else 'tiep-nhan' end
from gen;

-- what the overdue list reads of each open dossier (statistics first, or the planner takes the new tables for empty)
analyze mc_dossier, mc_clock, mc_dossier_holder;
insert into mc_dossier_watch (dossier_code, office_id, procedure_code, received_at, first_due, first_counted_due, holders)
select d.code, d.office_id, d.procedure_code, d.received_at, c.first_due, c.first_counted_due, coalesce(h.holders, '')
from mc_dossier d
left join (select dossier, min(due_at) as first_due, min(case when counted_overdue then due_at end) as first_counted_due
           from mc_clock where state = 'RUNNING' and clock_key not like 'SUPPLEMENT%' group by dossier) c on c.dossier = d.code
left join (select dossier_code, '|' || string_agg(holder, '|' order by holder collate "C") || '|' as holders
           from (select distinct dossier_code, holder_type || ':' || holder_id as holder from mc_dossier_holder
                 where holder_type <> 'NONE') x
           group by dossier_code) h on h.dossier_code = d.code
where d.code like '%-BENCH-%';

-- finished in the last eight weeks, one in twenty after its appointment
insert into mc_dossier (code, office_id, procedure_code, channel, status, applicant_name, applicant_id_number,
                        received_at, due_at, finished_at)
select case when i % 2 = 0 then '000.00.21.H56' else '000.00.22.H56' end || '-DONE-' || lpad(i::text, 6, '0'),
       case when i % 2 = 0 then 'xa-an-phu' else 'xa-binh-hoa' end, '9.000001.000.00.00.H56', 'ONLINE', 'FINISHED',
       'Người nộp ' || i, '001203000000', now() - (i % 56) * interval '1 day' - interval '4 days',
       now() - (i % 56) * interval '1 day' - interval '1 day',
       now() - (i % 56) * interval '1 day' - case when i % 20 = 0 then interval '0 days' else interval '2 days' end
from generate_series(1, 50000) as i;

insert into mc_clock (dossier, clock_key, office_id, rule_text, state, starts_at, due_at)
select code, 'DOSSIER', office_id, 'WD:3', 'STOPPED', received_at, due_at from mc_dossier where code like '%-DONE-%';

commit;
-- as autovacuum does after a bulk load: statistics, and the visibility map that lets index-only scans skip the table
vacuum analyze mc_dossier, mc_dossier_event, mc_clock, mc_dossier_holder, mc_dossier_watch, act_ru_execution, act_ru_task,
  act_ru_identitylink;
