-- Partner regions (协作地区) and the cooperation agreement under which each is a partner.
create table partner_region (
    id             uuid        primary key,
    region_code    text        not null unique check (region_code ~ '^[0-9]{6}$'),
    agreement_name text        not null check (length(btrim(agreement_name)) between 1 and 200),
    valid_from     date        not null,
    valid_to       date,
    -- Subsidy rules read these flags, so a new flag is a deliberate change with its own migration.
    flags          text[]      not null default '{}'
        check (flags <@ array ['CHARTER_FULLY_SUBSIDISED', 'DIRECTIONAL_MATCHING', 'EAST_WEST_FAIRS']),
    notes          text        check (length(notes) <= 2000),
    created_at     timestamptz not null default now(),
    changed_at     timestamptz not null default now(),
    constraint partner_region_period check (valid_to is null or valid_to >= valid_from)
);
