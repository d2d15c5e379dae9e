-- Placements (录用/上岗): hires, and the retention follow-ups (稳岗回访) at 1, 3 and 6 months.
-- Rows keep household_county like every worker-owned row, so they can be distributed by it.

-- btree_gist lets one exclusion constraint compare the worker id (=) and the contract period (&&).
-- It is a trusted extension (PostgreSQL 13+): the database owner may create it.
create extension if not exists btree_gist;

create table placement (
    id               uuid        primary key,
    worker_id        uuid        not null,
    household_county text        not null check (household_county ~ '^[0-9]{6}$'),
    employer_id      uuid        not null,
    posting_id       uuid        not null,
    -- One placement per accepted application; null for a hire recorded outside the platform.
    application_id   uuid        unique,
    job_type         text        not null check (length(job_type) between 1 and 50),
    start_date       date        not null,
    contract_months  integer     not null check (contract_months between 1 and 60),
    -- The day after the contract's last day: the period is [start_date, end_date).
    end_date         date        not null,
    monthly_wage_fen bigint      not null check (monthly_wage_fen > 0),
    work_region      text        not null check (work_region ~ '^[0-9]{6}$'),
    work_address     text        check (length(work_address) <= 500),
    status           text        not null check (status in ('STARTING', 'WORKING', 'LEFT')),
    started_on       date,
    leaving_reason   text        check (leaving_reason in
        ('CONTRACT_ENDED', 'RESIGNED', 'DISMISSED', 'HEALTH', 'FAMILY', 'WAGES', 'OTHER')),
    left_on          date,
    leaving_note     text        check (length(leaving_note) <= 1000),
    created_by       text        not null,
    created_at       timestamptz not null default now(),
    changed_at       timestamptz not null default now(),
    constraint placement_period check (end_date > start_date),
    constraint placement_working_started check (status <> 'WORKING' or started_on is not null),
    constraint placement_left_complete check ((status = 'LEFT') = (left_on is not null and leaving_reason is not null)),
    constraint placement_left_after_start check (left_on is null or left_on >= start_date),
    -- The database's last word on the overlap rule (the service takes a per-worker lock first and
    -- refuses politely): no two placements of a worker that have not ended share a day.
    constraint placement_no_overlap exclude using gist (
        household_county with =, worker_id with =, daterange(start_date, end_date) with &&)
        where (status <> 'LEFT')
);

-- A worker's placements (phone pages, the overlap rule).
create index placement_worker on placement (worker_id, start_date desc);
-- An enterprise's list and the bureau's list, newest start first.
create index placement_employer on placement (employer_id, start_date desc, id);
create index placement_start on placement (start_date desc, id);
-- A partner's list: their counties' placements.
create index placement_county on placement (household_county, start_date desc);

create table retention_check (
    placement_id     uuid        not null references placement (id),
    month            integer     not null check (month in (1, 3, 6)),
    household_county text        not null check (household_county ~ '^[0-9]{6}$'),
    due_on           date        not null,
    outcome          text        check (outcome in ('STILL_WORKING', 'LEFT')),
    note             text        check (length(note) <= 1000),
    recorded_by      text,
    recorded_at      timestamptz,
    -- False once recorded, or once the placement has ended: nobody is left to follow up.
    open             boolean     not null default true,
    primary key (placement_id, month),
    constraint retention_check_recorded check ((outcome is null) = (recorded_by is null and recorded_at is null)),
    constraint retention_check_open check (not (open and outcome is not null))
);

-- The due list: open checks by due date, oldest first; it stays small however many are recorded.
create index retention_check_due on retention_check (due_on, placement_id) where open;
