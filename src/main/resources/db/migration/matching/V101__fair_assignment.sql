-- Fair assignment runs: what was computed for a fair, with which weights, and what became of it.
-- A run is written in one transaction and never changed afterwards, except for its confirmation
-- (once: confirmed_at is set by a guarded update) and each pair's outcome then.
-- household_county is kept on every worker row, as on every worker-owned row (Citus).

create table fair_assignment_run (
    id                    uuid primary key,
    run_no                bigint generated always as identity,
    fair_id               uuid not null,
    computed_by           text not null,
    computed_at           timestamptz not null,
    weight_job_type       integer not null,
    weight_skills         integer not null,
    weight_place          integer not null,
    weight_wage           integer not null,
    weight_housing        integer not null,
    poor_priority_bonus   integer not null,
    reference_wage_fen    bigint not null,
    list_length           integer not null check (list_length > 0),
    total_points          bigint not null check (total_points >= 0),
    sign_ups              integer not null check (sign_ups > 0),
    postings              integer not null check (postings > 0),
    openings              integer not null check (openings > 0),
    assigned              integer not null check (assigned >= 0),
    unassigned            integer not null check (unassigned >= 0),
    confirmed_by          text,
    confirmed_at          timestamptz,
    invitations           integer,
    skipped               integer,
    constraint fair_assignment_run_confirmation_complete
        check ((confirmed_by is null) = (confirmed_at is null))
);

create index fair_assignment_run_fair_idx on fair_assignment_run (fair_id, run_no desc);

-- The postings a run offered, with their openings left at the time.
create table fair_assignment_posting (
    run_id      uuid not null references fair_assignment_run (id),
    posting_id  uuid not null,
    openings    integer not null check (openings > 0),
    primary key (run_id, posting_id)
);

create table fair_assignment_pair (
    run_id            uuid not null references fair_assignment_run (id),
    worker_id         uuid not null,
    household_county  text not null check (household_county ~ '^[0-9]{6}$'),
    posting_id        uuid not null,
    points            integer not null,
    preference_rank   integer not null check (preference_rank > 0),
    -- Filled in by the confirmation: INVITED with the application, or why the pair was skipped.
    outcome           text,
    application_id    uuid,
    primary key (run_id, worker_id)
);

create index fair_assignment_pair_posting_idx on fair_assignment_pair (run_id, posting_id, points desc);

create table fair_assignment_unassigned (
    run_id            uuid not null references fair_assignment_run (id),
    worker_id         uuid not null,
    household_county  text not null check (household_county ~ '^[0-9]{6}$'),
    why               text not null check (why in ('NO_ELIGIBLE_POSTING', 'OUTRANKED', 'NOT_SEEKING')),
    primary key (run_id, worker_id)
);
