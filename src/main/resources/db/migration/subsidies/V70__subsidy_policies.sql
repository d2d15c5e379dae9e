-- Subsidy policies and their versions. A revision inserts the next version; a stored version is
-- never updated, because applications keep the version they were judged by.
create table subsidy_policy (
    id         uuid        primary key,
    code       text        not null unique check (code ~ '^[A-Z0-9][A-Z0-9_-]{0,49}$'),
    name       text        not null check (length(btrim(name)) between 1 and 200),
    created_at timestamptz not null default now()
);

create table subsidy_policy_version (
    policy_id  uuid        not null references subsidy_policy (id),
    version    integer     not null check (version >= 1),
    -- The whole terms as the API writes them; validity and budget are copied into columns for queries.
    terms      jsonb       not null,
    valid_from date        not null,
    valid_to   date,
    budget_fen bigint      not null check (budget_fen > 0),
    created_by text        not null,
    created_at timestamptz not null default now(),
    primary key (policy_id, version),
    constraint subsidy_policy_version_period check (valid_to is null or valid_to >= valid_from)
);

-- Old versions stay as they were judged: the table takes inserts only.
create function subsidy_policy_version_unchanged() returns trigger language plpgsql as $$
begin
    raise exception 'subsidy policy versions are never changed; revise the policy instead';
end $$;

create trigger subsidy_policy_version_insert_only
    before update or delete on subsidy_policy_version
    for each row execute function subsidy_policy_version_unchanged();
