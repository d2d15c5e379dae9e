-- Workers' applications to job postings and every step they went through. household_county is
-- kept on both tables so that, at national scale, they can be distributed by it (Citus). The
-- employer's name, posting title and job type are as they were when the worker applied.

create table application (
    id                     uuid primary key,
    worker_id              uuid not null,
    household_county       text not null check (household_county ~ '^[0-9]{6}$'),
    posting_id             uuid not null,
    employer_id            uuid not null,
    employer_name          text not null,
    posting_title          text not null,
    job_type               text not null,
    fair_id                uuid,
    channel                text not null check (channel in ('SELF', 'CASEWORKER', 'ON_SITE')),
    status                 text not null
                           check (status in ('APPLIED', 'INTERVIEW', 'OFFERED', 'ACCEPTED', 'DECLINED',
                                             'WITHDRAWN', 'REJECTED')),
    interview_at           timestamptz,
    offer_start_date       date,
    offer_contract_months  integer check (offer_contract_months between 1 and 60),
    offer_monthly_wage_fen bigint check (offer_monthly_wage_fen >= 0),
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    constraint application_offer_complete check (
        (offer_start_date is null) = (offer_contract_months is null)
        and (offer_start_date is null) = (offer_monthly_wage_fen is null))
);

-- One active application per worker and posting: the database decides when two arrive at once.
create unique index application_one_active_idx on application (worker_id, posting_id)
    where status in ('APPLIED', 'INTERVIEW', 'OFFERED', 'ACCEPTED');
create index application_worker_idx on application (worker_id, created_at desc);
create index application_employer_idx on application (employer_id, created_at desc);
create index application_posting_idx on application (posting_id);
create index application_fair_idx on application (fair_id, status) where fair_id is not null;
create index application_county_idx on application (household_county text_pattern_ops);
create index application_created_idx on application (created_at desc, id);

create table application_step (
    id               bigint generated always as identity primary key,
    application_id   uuid not null references application (id),
    household_county text not null,
    status           text not null,
    actor            text not null,
    at               timestamptz not null,
    note             text check (length(note) <= 1000)
);

create index application_step_application_idx on application_step (application_id, id);
