-- The job-seeker registry: one row per person. household_county is on every worker-owned row so
-- that, at national scale, the tables can be distributed by it (Citus).

create table worker (
    id                    uuid primary key,
    resident_id           char(18) not null,
    name                  text not null check (length(name) between 1 and 50),
    sex                   text not null check (sex in ('MALE', 'FEMALE')),
    birth_date            date not null,
    household_county      text not null check (household_county ~ '^[0-9]{6}$'),
    phone                 char(11) check (phone ~ '^1[3-9][0-9]{9}$'),
    registered_poor       boolean not null default false,
    poor_household_no     text,
    poor_confirmed_by     text,
    poor_confirmed_at     timestamptz,
    labor_capacity        text not null default 'FULL' check (labor_capacity in ('FULL', 'PARTIAL', 'NONE')),
    willing_to_migrate    boolean not null default false,
    education             text check (education in ('NONE', 'PRIMARY', 'JUNIOR_SECONDARY', 'SENIOR_SECONDARY',
                                                   'VOCATIONAL', 'COLLEGE', 'BACHELOR_OR_ABOVE')),
    skills                text[] not null default '{}',
    wanted_jobs           text[] not null default '{}',
    situation             text not null default 'SEEKING'
                          check (situation in ('SEEKING', 'EMPLOYED_AWAY', 'EMPLOYED_LOCALLY', 'NOT_SEEKING')),
    notes                 text check (length(notes) <= 2000),
    -- Search keys, derived from name, resident_id and phone when a row is written.
    name_simplified       text not null,
    name_pinyin           text not null,
    name_pinyin_surname   text,
    name_initials         text not null,
    name_initials_surname text,
    resident_id_reversed  text not null,
    phone_reversed        text,
    duplicate_of          uuid references worker (id),
    import_id             uuid,
    created_at            timestamptz not null default now(),
    created_by            text not null,
    updated_at            timestamptz not null default now(),
    version               integer not null default 0,
    constraint worker_resident_id_unique unique (resident_id),
    constraint worker_poor_confirmation_complete
        check ((poor_confirmed_by is null) = (poor_confirmed_at is null))
);

-- Prefix searches (LIKE 'abc%') over text need the C-collation pattern operators.
create index worker_name_idx on worker (name_simplified text_pattern_ops);
create index worker_pinyin_idx on worker (name_pinyin text_pattern_ops);
-- The surname readings are only stored where they differ (单 shan, 曾 zeng ...), so their indexes stay small.
create index worker_pinyin_surname_idx on worker (name_pinyin_surname text_pattern_ops)
    where name_pinyin_surname is not null;
create index worker_initials_idx on worker (name_initials text_pattern_ops);
create index worker_initials_surname_idx on worker (name_initials_surname text_pattern_ops)
    where name_initials_surname is not null;
create index worker_resident_id_reversed_idx on worker (resident_id_reversed text_pattern_ops);
create index worker_phone_reversed_idx on worker (phone_reversed text_pattern_ops);
create index worker_household_county_idx on worker (household_county text_pattern_ops);
-- Every index costs each bulk-loaded row: possible duplicates are found through the name and
-- reversed-phone indexes above rather than indexes of their own.
create index worker_created_idx on worker (created_at desc, id);
-- Foreign keys are checked from the referencing side; without these, deleting or re-keying a
-- worker would scan the whole table once per row.
create index worker_duplicate_of_idx on worker (duplicate_of) where duplicate_of is not null;

-- The whole-process timeline: who did what to a worker's record, and when. Values of ID and
-- phone numbers are stored masked.
create table worker_event (
    id               bigserial primary key,
    worker_id        uuid not null references worker (id),
    household_county text not null,
    at               timestamptz not null default now(),
    actor            text not null,
    kind             text not null,
    changes          jsonb not null default '{}'
);
create index worker_event_worker_idx on worker_event (worker_id, at);

-- A caseworker's verdict on two records that look like one person (same phone, or same name
-- and birth date) under different ID numbers. The pair is stored smaller id first.
create table worker_duplicate_decision (
    worker_a   uuid not null references worker (id),
    worker_b   uuid not null references worker (id),
    decision   text not null check (decision in ('SAME_PERSON', 'DIFFERENT_PEOPLE')),
    decided_by text not null,
    decided_at timestamptz not null default now(),
    primary key (worker_a, worker_b),
    check (worker_a < worker_b)
);
create index worker_duplicate_decision_b_idx on worker_duplicate_decision (worker_b);

-- Bulk imports of partner-region rosters: what was sent, by whom, and the row-by-row outcome.
create table worker_import (
    id          uuid primary key,
    file_name   text not null,
    file_sha256 text not null,
    mode        text not null check (mode in ('ALL_OR_NOTHING', 'VALID_ROWS')),
    status      text not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    total       integer not null default 0,
    accepted    integer not null default 0,
    rejected    integer not null default 0,
    skipped     integer not null default 0,
    errors      jsonb not null default '[]',
    started_by  text not null,
    started_at  timestamptz not null default now(),
    finished_at timestamptz
);
