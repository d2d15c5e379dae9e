-- Every change of a workshop's recognition with the day it took effect, who made it and why, so
-- that the figures can count the workshops recognised at the end of any past month.

create table workshop_status_change (
    id            bigint      generated always as identity primary key,
    workshop_id   uuid        not null references workshop (id),
    county        text        not null check (county ~ '^[0-9]{6}$'),
    status        text        not null check (status in ('RECOGNISED', 'FLAGGED_FOR_WITHDRAWAL', 'WITHDRAWN')),
    -- REGISTERED (the first recognition), CRITERIA (flagged or restored by the rule after an
    -- employee change) or DECISION (the bureau withdrew or recognised it again).
    cause         text        not null check (cause in ('REGISTERED', 'CRITERIA', 'DECISION')),
    effective_on  date        not null,
    -- The unmet criteria for a flag (comma separated), the bureau's words for a decision.
    reason        text        not null default '' check (length(reason) <= 1000),
    changed_by    text        not null,
    changed_at    timestamptz not null default now()
);

create index workshop_status_change_by_workshop on workshop_status_change (workshop_id, effective_on, id);

-- The situation the worker had before joining, so that leaving can give it back.
alter table workshop_employee add column situation_before text
    check (situation_before in ('SEEKING', 'EMPLOYED_AWAY', 'EMPLOYED_LOCALLY', 'NOT_SEEKING'));

-- Workshops registered before the history: recognised on their recognition date (or founding),
-- and, when no longer recognised, in their status since their last change.
insert into workshop_status_change (workshop_id, county, status, cause, effective_on, reason, changed_by, changed_at)
select id, county, 'RECOGNISED', 'REGISTERED', coalesce(recognised_on, founded_on), '', created_by, created_at
  from workshop;

insert into workshop_status_change (workshop_id, county, status, cause, effective_on, reason, changed_by, changed_at)
select id, county, status, 'CRITERIA',
       greatest(coalesce(recognised_on, founded_on), (changed_at at time zone 'Asia/Shanghai')::date),
       flag_reasons, 'platform', changed_at
  from workshop
 where status <> 'RECOGNISED';
