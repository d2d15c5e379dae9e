-- Recruitment fairs (招聘会): the fair, the employers taking part with the postings they bring,
-- and the workers signed up. Employer, posting and worker ids refer to other modules' records,
-- which this module reaches only through their public APIs, so there are no foreign keys to them.
create table fair (
    id                      uuid        primary key,
    name                    text        not null check (length(btrim(name)) between 1 and 200),
    kind                    text        not null check (kind in ('ON_SITE', 'ONLINE')),
    campaign                text        not null
        check (campaign in ('SPRING_BREEZE', 'POVERTY_ALLEVIATION_DAY', 'EAST_WEST', 'LOCAL', 'OTHER')),
    theme                   text        check (length(theme) <= 200),
    host_region             text        not null check (host_region ~ '^[0-9]{6}$'),
    venue                   text        check (length(venue) <= 200),
    starts_on               date        not null,
    ends_on                 date        not null,
    registered_poor_only    boolean     not null default false,
    labor_capacity_required boolean     not null default false,
    willing_to_migrate_only boolean     not null default false,
    household_regions       text[]      not null default '{}',
    cancelled_at            timestamptz,
    cancelled_by            text,
    created_by              text        not null,
    created_at              timestamptz not null default now(),
    version                 integer     not null default 0,
    constraint fair_dates check (ends_on >= starts_on)
);
create index fair_starts_on on fair (starts_on desc);

create table fair_participant (
    fair_id     uuid        not null references fair (id),
    employer_id uuid        not null,
    -- Only on-site fairs have booths; two employers never share one number at a fair.
    booth       text        check (length(btrim(booth)) between 1 and 20),
    joined_by   text        not null,
    joined_at   timestamptz not null default now(),
    primary key (fair_id, employer_id),
    constraint fair_participant_booth unique (fair_id, booth)
);

create table fair_posting (
    fair_id     uuid not null,
    employer_id uuid not null,
    posting_id  uuid not null,
    primary key (fair_id, posting_id),
    foreign key (fair_id, employer_id) references fair_participant (fair_id, employer_id)
);

-- Worker-owned rows keep the household county, by which they can be distributed (DESIGN: Scale).
create table fair_sign_up (
    fair_id          uuid        not null references fair (id),
    worker_id        uuid        not null,
    household_county text        not null check (household_county ~ '^[0-9]{6}$'),
    -- What the worker's QR code carries: random and unguessable, so a code is no worker id.
    qr_token         text        not null unique,
    signed_up_by     text        not null,
    signed_up_at     timestamptz not null default now(),
    checked_in_by    text,
    checked_in_at    timestamptz,
    primary key (fair_id, worker_id)
);
create index fair_sign_up_county on fair_sign_up (fair_id, household_county);
create index fair_sign_up_worker on fair_sign_up (worker_id);
