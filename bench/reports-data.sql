-- Benchmark data for the reports (issue 8), on a database the application has migrated (demo offices present).
-- 1,000,000 historical dossiers (imported rows of mc_report_dossier) received 2021-10-01 .. 2026-09-30, and
-- 100,000 open dossiers received over the 45 days before :now — each with its mc_dossier row, a dossier clock
-- and a stage clock (mc_clock, mc_clock_event), and its reporting row — across both demo offices, 24
-- procedures and 8 fields. Run with: psql -v now="'2026-11-22 09:00+07'" -f bench/reports-data.sql
\set ON_ERROR_STOP on
\timing on

insert into mc_report_dossier (code, office_id, procedure_code, field, channel, status, received_at, due_at, due_day_starts_at,
    late_at, finished_at, alive_until, long_running, fee_bearing, paid_online, digitised, reused, electronic_result, apology_at,
    supplement_requests, supplement_from, supplement_until, rating, imported)
select code, office_id, procedure_code, field, channel, status, received_at, due_at,
       (date_trunc('day', due_at at time zone 'Asia/Ho_Chi_Minh')) at time zone 'Asia/Ho_Chi_Minh',
       due_at, finished_at, finished_at, finished_at - received_at > interval '45 days',
       i % 3 = 0, i % 3 = 0 and channel = 'ONLINE', channel = 'ONLINE' or i % 5 = 0, i % 7 = 0,
       status = 'FINISHED' and i % 2 = 0, case when i % 200 = 0 then due_at - interval '1 day' end,
       case when i % 25 = 0 then 1 else 0 end,
       case when i % 25 = 0 then received_at + interval '1 day' end,
       case when i % 25 = 0 then received_at + interval '2 days' end,
       case when i % 9 = 0 then (array['RAT_HAI_LONG', 'HAI_LONG', 'CHAP_NHAN_DUOC', 'KHONG_HAI_LONG'])[i % 4 + 1] end,
       true
from (
    select i,
           'H-' || lpad(i::text, 8, '0') as code,
           case when i % 2 = 0 then 'xa-an-phu' else 'xa-binh-hoa' end as office_id,
           'P.' || lpad((i % 24)::text, 3, '0') as procedure_code,
           (array['Hộ tịch', 'Chứng thực', 'Đất đai', 'Cư trú', 'Hộ kinh doanh', 'Lao động', 'Giáo dục', 'Y tế'])[i % 8 + 1] as field,
           case when i % 10 < 6 then 'ONLINE' when i % 10 < 9 then 'COUNTER' else 'POSTAL' end as channel,
           case when i % 40 = 0 then 'REJECTED' when i % 40 = 1 then 'WITHDRAWN' when i % 97 = 0 then 'RETURNED' else 'FINISHED' end as status,
           received_at,
           received_at + (3 + i % 10) * interval '1 day' as due_at,
           case when i % 50 = 0 then received_at + interval '60 days'
                else received_at + (1 + (i::bigint * 7919) % 14) * interval '1 day' + ((i * 31) % 480) * interval '1 minute' end as finished_at
    from (select i, timestamptz '2021-10-01 09:00+07' + (i - 1) * interval '157.68 seconds' as received_at
          from generate_series(1, 1000000) as i) s
) h;

-- open dossiers: the live tables first, then their reporting rows
insert into mc_dossier (code, office_id, procedure_code, channel, status, applicant_name, applicant_id_number, received_at, due_at)
select code, office_id, procedure_code, channel, status, 'Người nộp ' || i, lpad(i::text, 12, '0'), received_at, due_at
from (
    select i,
           case when i % 2 = 0 then '000.00.21.H56' else '000.00.22.H56' end || '-BENCH-' || lpad(i::text, 6, '0') as code,
           case when i % 2 = 0 then 'xa-an-phu' else 'xa-binh-hoa' end as office_id,
           case when i % 3 = 0 then '1.012656.000.00.00.H56' else '9.000001.000.00.00.H56' end as procedure_code,
           case when i % 10 < 6 then 'ONLINE' else 'COUNTER' end as channel,
           case when i % 25 = 0 then 'SUPPLEMENT_REQUESTED' else 'IN_PROCESS' end as status,
           received_at, received_at + (3 + i % 10) * interval '1 day' as due_at
    from (select i, (:now)::timestamptz - interval '45 days' + (i - 1) * interval '38.88 seconds' as received_at
          from generate_series(1, 100000) as i) s
) o;

insert into mc_clock (dossier, clock_key, office_id, rule_text, state, starts_at, due_at, remaining_seconds)
select code, 'DOSSIER', office_id, 'WD:5', case when status = 'SUPPLEMENT_REQUESTED' then 'PAUSED' else 'RUNNING' end,
       received_at, due_at, case when status = 'SUPPLEMENT_REQUESTED' then 28800 end
from mc_dossier where code like '%-BENCH-%';
insert into mc_clock (dossier, clock_key, office_id, rule_text, state, starts_at, due_at)
select code, 'STAGE_RECEPTION', office_id, 'WH:8', 'RUNNING', received_at, received_at + interval '1 day'
from mc_dossier where code like '%-BENCH-%' and status = 'IN_PROCESS';
insert into mc_clock_event (clock_id, seq, event_type, at, due_at)
select id, 0, 'STARTED', starts_at, due_at from mc_clock where dossier like '%-BENCH-%';
insert into mc_clock_event (clock_id, seq, event_type, at, reason, due_at, office_seconds)
select id, 1, 'PAUSED', starts_at + interval '1 day', 'SUPPLEMENT', due_at, 28800 from mc_clock where dossier like '%-BENCH-%' and state = 'PAUSED';

insert into mc_report_dossier (code, office_id, procedure_code, field, channel, status, received_at, due_at, due_day_starts_at,
    late_at, finished_at, alive_until, long_running, fee_bearing, digitised, reused, supplement_requests, supplement_from)
select d.code, d.office_id, d.procedure_code, case when d.procedure_code like '1.%' then 'Hộ tịch' else 'Thủ tục mẫu' end, d.channel,
       d.status, d.received_at, d.due_at, (date_trunc('day', d.due_at at time zone 'Asia/Ho_Chi_Minh')) at time zone 'Asia/Ho_Chi_Minh',
       case when d.status = 'SUPPLEMENT_REQUESTED' then null else d.due_at end, null, timestamptz '9999-12-31 00:00+00', true,
       false, d.channel = 'ONLINE', false, case when d.status = 'SUPPLEMENT_REQUESTED' then 1 else 0 end,
       case when d.status = 'SUPPLEMENT_REQUESTED' then d.received_at + interval '1 day' end
from mc_dossier d where d.code like '%-BENCH-%';

analyze mc_report_dossier;
analyze mc_dossier;
analyze mc_clock;

-- the overdue list's row of each open dossier, as DossierWatch keeps it (these have no process: nobody holds them)
insert into mc_dossier_watch (dossier_code, office_id, procedure_code, received_at, first_due, first_counted_due, holders)
select d.code, d.office_id, d.procedure_code, d.received_at, c.first_due, c.first_counted_due, ''
from mc_dossier d
left join (select dossier, min(due_at) as first_due, min(case when counted_overdue then due_at end) as first_counted_due
           from mc_clock where state = 'RUNNING' and clock_key not like 'SUPPLEMENT%' group by dossier) c on c.dossier = d.code
where d.code like '%-BENCH-%';
analyze mc_dossier_watch;
select count(*) as report_rows, count(*) filter (where finished_at is null) as open_rows from mc_report_dossier;
