-- Monthly reports per partner region: a caseworker submits one (its figures are snapshotted into
-- monthly_report_figure), an approver who did not submit it locks it or returns it with a reason.
-- Once locked neither the report nor its figures change: records that arrive later for that
-- month count as "late" in the region's next report.
create table monthly_report (
    id            uuid        primary key,
    region_code   text        not null check (region_code ~ '^[0-9]{6}$'),
    month         date        not null check (extract(day from month) = 1),
    status        text        not null check (status in ('SUBMITTED', 'RETURNED', 'LOCKED')),
    submitted_by  text        not null,
    submitted_at  timestamptz not null,
    locked_by     text,
    locked_at     timestamptz,
    returned_by   text,
    returned_at   timestamptz,
    return_reason text        check (length(btrim(return_reason)) between 1 and 2000),
    -- Two submits of the same region and month leave one report: the database decides.
    constraint monthly_report_one_per_month unique (region_code, month),
    constraint monthly_report_four_eyes check (locked_by is null or locked_by <> submitted_by),
    constraint monthly_report_locked check ((status = 'LOCKED') = (locked_by is not null and locked_at is not null)),
    constraint monthly_report_returned check (status <> 'RETURNED' or return_reason is not null)
);

create index monthly_report_by_status on monthly_report (status, month desc);

-- Every step in order, who and when: SUBMITTED (again after a return), RETURNED with its reason, LOCKED.
create table monthly_report_step (
    report_id uuid        not null references monthly_report (id),
    step_no   integer     not null check (step_no >= 1),
    step      text        not null check (step in ('SUBMITTED', 'RETURNED', 'LOCKED')),
    done_by   text        not null,
    done_at   timestamptz not null,
    reason    text        check (length(reason) <= 2000),
    primary key (report_id, step_no)
);

-- The snapshot taken at submission: for a flow the month's own figure plus records that arrived
-- for earlier locked months after they were locked; for a stock the stock at the month's end.
-- Money in fen.
create table monthly_report_figure (
    report_id   uuid   not null references monthly_report (id),
    metric      text   not null check (metric ~ '^[a-z][A-Za-z]{1,60}$'),
    month_value bigint not null,
    late_value  bigint not null,
    value       bigint not null,
    primary key (report_id, metric),
    constraint monthly_report_figure_total check (value = month_value + late_value)
);

-- A locked report is final: its row, its steps and its figures refuse every change.
create function monthly_report_is_final() returns trigger
    language plpgsql as
$$
declare
    target uuid;
begin
    if tg_table_name = 'monthly_report' then
        if tg_op = 'DELETE' then
            raise exception 'monthly reports are never deleted' using errcode = 'insufficient_privilege';
        end if;
        if old.status = 'LOCKED' then
            raise exception 'monthly report % is locked', old.id using errcode = 'insufficient_privilege';
        end if;
        -- Four eyes over every round: nobody who ever submitted the report locks it.
        if new.status = 'LOCKED' and exists (
                select 1 from monthly_report_step s
                 where s.report_id = new.id and s.step = 'SUBMITTED' and s.done_by = new.locked_by) then
            raise exception 'monthly report % cannot be locked by its submitter %', new.id, new.locked_by
                using errcode = 'check_violation';
        end if;
        return new;
    end if;
    if tg_op = 'INSERT' then
        target := new.report_id;
    else
        target := old.report_id;
    end if;
    if exists (select 1 from monthly_report r where r.id = target and r.status = 'LOCKED') then
        raise exception 'monthly report % is locked: % on % refused', target, tg_op, tg_table_name
            using errcode = 'insufficient_privilege';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end;
$$;

create trigger monthly_report_final
    before update or delete on monthly_report
    for each row execute function monthly_report_is_final();

create trigger monthly_report_figure_final
    before insert or update or delete on monthly_report_figure
    for each row execute function monthly_report_is_final();

create trigger monthly_report_step_final
    before insert or update or delete on monthly_report_step
    for each row execute function monthly_report_is_final();
