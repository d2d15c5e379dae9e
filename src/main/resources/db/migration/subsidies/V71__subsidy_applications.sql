-- Subsidy claims from application to payment. Every row that belongs to a person keeps the
-- household county, like every worker-owned row, for partner scopes and distribution.

-- What a trip's arrival told us about each traveller (TripArrived), so that a transport claim can be
-- judged and explained without reaching into transport's tables.
create table subsidy_trip_share (
    trip_id          uuid        not null,
    worker_id        uuid        not null,
    household_county text        not null check (household_county ~ '^[0-9]{6}$'),
    placement_id     uuid,
    employer_id      uuid,
    share_fen        bigint      not null check (share_fen >= 0),
    fully_subsidised boolean     not null,
    batch_size       integer     not null check (batch_size >= 1),
    departure_day    date        not null,
    operator         text,
    arrived_at       timestamptz not null,
    primary key (trip_id, worker_id)
);

create index subsidy_trip_share_worker on subsidy_trip_share (worker_id);

create sequence subsidy_application_number;

create table subsidy_application (
    id               uuid        primary key,
    -- BT-<year>-<6 digits>, what staff and the notice quote.
    number           text        not null unique,
    policy_id        uuid        not null,
    policy_version   integer     not null,
    kind             text        not null check (kind in
        ('WORKER_EMPLOYMENT', 'EMPLOYER_HIRING', 'TRANSPORT', 'SERVICE_PURCHASE')),
    payee_kind       text        not null check (payee_kind in ('WORKER', 'EMPLOYER', 'SERVICE_PROVIDER')),
    worker_id        uuid        not null,
    household_county text        not null check (household_county ~ '^[0-9]{6}$'),
    employer_id      uuid,
    basis_kind       text        not null check (basis_kind in ('PLACEMENT', 'TRIP_SHARE')),
    -- The placement id, or the trip id (the traveller is worker_id).
    basis_id         uuid        not null,
    basis_day        date        not null,
    payee_name       text        not null check (length(btrim(payee_name)) between 1 and 200),
    bank_name        text        check (length(bank_name) <= 100),
    bank_account     text        check (bank_account ~ '^[0-9]{8,30}$'),
    amount_fen       bigint      not null check (amount_fen > 0),
    -- The engine's answer as judged: every condition with its reason arguments.
    judgement        jsonb       not null,
    status           text        not null check (status in
        ('SUBMITTED', 'MORE_REQUESTED', 'ACCEPTED', 'REJECTED', 'APPROVED', 'PAID')),
    -- 'LIFETIME', the basis year ('2026') or the employer id: the scope of once-per-person.
    once_scope       text        not null,
    created_by       text        not null,
    created_role     text        not null,
    created_at       timestamptz not null default now(),
    reviewed_by      text,
    reviewed_at      timestamptz,
    approved_by      text,
    approved_at      timestamptz,
    notice_from      date,
    notice_until     date,
    changed_at       timestamptz not null default now(),
    foreign key (policy_id, policy_version) references subsidy_policy_version (policy_id, version),
    constraint subsidy_application_four_eyes check (
        approved_by is null or (approved_by <> created_by and approved_by <> reviewed_by)),
    constraint subsidy_application_notice check (
        (status in ('APPROVED', 'PAID')) = (notice_until is not null and approved_by is not null)),
    constraint subsidy_application_notice_period check (notice_until is null or notice_until >= notice_from)
);

-- Never twice: one live claim per basis and policy, and one per person within the policy's scope.
create unique index subsidy_application_one_per_basis
    on subsidy_application (policy_id, basis_kind, basis_id, worker_id)
    where status <> 'REJECTED';
create unique index subsidy_application_once_per_person
    on subsidy_application (policy_id, worker_id, once_scope)
    where status <> 'REJECTED';
create index subsidy_application_status on subsidy_application (status, created_at desc);
create index subsidy_application_county on subsidy_application (household_county, created_at desc);
create index subsidy_application_worker on subsidy_application (worker_id);
create index subsidy_application_employer on subsidy_application (employer_id) where employer_id is not null;
create index subsidy_application_notice on subsidy_application (notice_until) where status = 'APPROVED';

-- Every step of a claim, who and when: the trace from policy to payment.
create table subsidy_application_step (
    id             bigint      generated always as identity primary key,
    application_id uuid        not null references subsidy_application (id),
    action         text        not null,
    actor          text        not null,
    actor_role     text        not null,
    note           text        check (length(note) <= 2000),
    at             timestamptz not null default now()
);

create index subsidy_application_step_application on subsidy_application_step (application_id, id);

create table subsidy_objection (
    id             uuid        primary key,
    application_id uuid        not null references subsidy_application (id),
    reason         text        not null check (length(btrim(reason)) between 1 and 2000),
    raised_by      text        not null,
    raised_at      timestamptz not null default now(),
    status         text        not null check (status in ('OPEN', 'UPHELD', 'DISMISSED')),
    resolved_by    text,
    resolved_at    timestamptz,
    resolution     text        check (length(resolution) <= 2000),
    constraint subsidy_objection_resolved check ((status = 'OPEN') = (resolved_by is null))
);

create index subsidy_objection_open on subsidy_objection (application_id) where status = 'OPEN';

-- Files are stored outside the web root under their id; this row says what they are.
create table subsidy_document (
    id             uuid        primary key,
    application_id uuid        not null references subsidy_application (id),
    document_type  text        not null check (length(btrim(document_type)) between 1 and 100),
    file_name      text        not null check (length(file_name) between 1 and 255),
    content_type   text        not null,
    size_bytes     bigint      not null check (size_bytes > 0),
    sha256         text        not null,
    uploaded_by    text        not null,
    uploaded_at    timestamptz not null default now()
);

create index subsidy_document_application on subsidy_document (application_id);

-- The payments of an approved claim, split by the policy's stages when it is approved.
create table subsidy_stage (
    application_id uuid        not null references subsidy_application (id),
    stage_no       integer     not null check (stage_no >= 1),
    payable_from   date        not null,
    amount_fen     bigint      not null check (amount_fen > 0),
    status         text        not null check (status in ('PENDING', 'IN_BATCH', 'PAID')),
    paid_on        date,
    primary key (application_id, stage_no),
    constraint subsidy_stage_paid check ((status = 'PAID') = (paid_on is not null))
);

create sequence subsidy_payment_batch_number;

create table subsidy_payment_batch (
    id          uuid        primary key,
    -- ZF-<year>-<4 digits>.
    number      text        not null unique,
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    line_count  integer     not null check (line_count >= 1),
    total_fen   bigint      not null check (total_fen > 0),
    status      text        not null check (status in ('OPEN', 'SETTLED')),
    exported_at timestamptz,
    settled_at  timestamptz
);

create table subsidy_payment_line (
    id             uuid        primary key,
    batch_id       uuid        not null references subsidy_payment_batch (id),
    line_no        integer     not null check (line_no >= 1),
    application_id uuid        not null,
    stage_no       integer     not null,
    household_county text      not null,
    payee_name     text        not null,
    bank_name      text,
    bank_account   text        not null,
    amount_fen     bigint      not null check (amount_fen > 0),
    status         text        not null check (status in ('PENDING', 'PAID', 'FAILED')),
    failure_reason text        check (length(failure_reason) <= 500),
    settled_by     text,
    settled_at     timestamptz,
    unique (batch_id, line_no),
    foreign key (application_id, stage_no) references subsidy_stage (application_id, stage_no),
    constraint subsidy_payment_line_settled check ((status = 'PENDING') = (settled_at is null)),
    constraint subsidy_payment_line_failed check ((status = 'FAILED') = (failure_reason is not null))
);

-- Never twice: a stage sits in at most one line that has not failed.
create unique index subsidy_payment_line_one_live_per_stage
    on subsidy_payment_line (application_id, stage_no)
    where status <> 'FAILED';
create index subsidy_payment_line_county on subsidy_payment_line (household_county);

-- A line is frozen when its batch is made: only its settlement may change afterwards, once.
create function subsidy_payment_line_frozen() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'payment lines are never deleted';
    end if;
    if (new.batch_id, new.line_no, new.application_id, new.stage_no, new.household_county, new.payee_name,
        new.bank_name, new.bank_account, new.amount_fen)
        is distinct from
       (old.batch_id, old.line_no, old.application_id, old.stage_no, old.household_county, old.payee_name,
        old.bank_name, old.bank_account, old.amount_fen) then
        raise exception 'payment lines are frozen when their batch is made';
    end if;
    if old.status <> 'PENDING' then
        raise exception 'payment line % of its batch is already settled', old.line_no;
    end if;
    return new;
end $$;

create trigger subsidy_payment_line_frozen
    before update or delete on subsidy_payment_line
    for each row execute function subsidy_payment_line_frozen();

-- Stage two is never paid before stage one: a stage enters a batch only after the one before it is paid.
create function subsidy_payment_line_in_order() returns trigger language plpgsql as $$
begin
    if new.stage_no > 1 and not exists (
        select 1 from subsidy_stage
         where application_id = new.application_id and stage_no = new.stage_no - 1 and status = 'PAID') then
        raise exception 'stage % of application % before the stage before it is paid', new.stage_no, new.application_id;
    end if;
    return new;
end $$;

create trigger subsidy_payment_line_in_order
    before insert on subsidy_payment_line
    for each row execute function subsidy_payment_line_in_order();
