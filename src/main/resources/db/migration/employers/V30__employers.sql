-- Enterprises (企业) registered with the bureau, and their job postings (岗位).

create table employer (
    id            uuid primary key,
    credit_code   text not null check (credit_code ~ '^[0-9A-HJ-NP-RTUW-Y]{2}[0-9]{6}[0-9A-HJ-NP-RTUW-Y]{10}$'),
    name          text not null check (length(btrim(name)) between 1 and 100),
    -- The name in Simplified script, lower case: what searches in either script are matched against.
    name_key      text not null,
    industry      text check (length(industry) <= 100),
    region_code   text not null check (region_code ~ '^[0-9]{6}$'),
    address       text check (length(address) <= 200),
    contact_name  text check (length(contact_name) <= 50),
    contact_phone char(11) check (contact_phone ~ '^1[3-9][0-9]{9}$'),
    verified_by   text,
    verified_at   timestamptz,
    created_at    timestamptz not null default now(),
    created_by    text not null,
    updated_at    timestamptz not null default now(),
    -- The database decides which of two concurrent registrations of one enterprise wins.
    constraint employer_credit_code_unique unique (credit_code),
    constraint employer_verification_complete check ((verified_by is null) = (verified_at is null))
);

-- People type any part of a name (济南…家政…有限公司), so names are matched by trigrams (pg_trgm is
-- created by the baseline); credit codes by prefix.
create index employer_name_idx on employer using gin (name_key gin_trgm_ops);
create index employer_credit_code_prefix_idx on employer (credit_code text_pattern_ops);
create index employer_created_idx on employer (created_at desc, id);

create table job_posting (
    id               uuid primary key,
    employer_id      uuid not null references employer (id),
    title            text not null check (length(btrim(title)) between 1 and 100),
    job_type         text not null,
    headcount        integer not null check (headcount between 1 and 100000),
    -- Hires take openings with a guarded UPDATE; this check is the last line should one slip.
    openings_left    integer not null,
    wage_min_fen     bigint not null check (wage_min_fen >= 0),
    wage_max_fen     bigint not null,
    work_region      text not null check (work_region ~ '^[0-9]{6}$'),
    work_address     text check (length(work_address) <= 200),
    housing_provided boolean not null default false,
    meals_provided   boolean not null default false,
    working_hours    text check (length(working_hours) <= 100),
    min_age          integer check (min_age between 16 and 65),
    max_age          integer check (max_age between 16 and 65),
    required_skills  text[] not null default '{}',
    min_education    text check (min_education in ('NONE', 'PRIMARY', 'JUNIOR_SECONDARY', 'SENIOR_SECONDARY',
                                                   'VOCATIONAL', 'COLLEGE', 'BACHELOR_OR_ABOVE')),
    valid_from       date not null,
    valid_until      date not null,
    status           text not null default 'DRAFT' check (status in ('DRAFT', 'OPEN', 'FILLED', 'CLOSED')),
    created_at       timestamptz not null default now(),
    created_by       text not null,
    updated_at       timestamptz not null default now(),
    constraint job_posting_openings check (openings_left between 0 and headcount),
    constraint job_posting_wage_range check (wage_min_fen <= wage_max_fen),
    constraint job_posting_age_range check (min_age is null or max_age is null or min_age <= max_age),
    constraint job_posting_validity check (valid_from <= valid_until),
    constraint job_posting_filled_means_none_left check (status <> 'FILLED' or openings_left = 0)
);

create index job_posting_employer_idx on job_posting (employer_id, created_at desc);
-- What workers' pages and searches ask for: open postings of a type, in a region.
create index job_posting_status_type_idx on job_posting (status, job_type, valid_until);
create index job_posting_work_region_idx on job_posting (work_region text_pattern_ops, status);
create index job_posting_title_idx on job_posting (title text_pattern_ops);
