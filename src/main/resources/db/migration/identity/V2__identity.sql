-- Users of LaborBridge and what part of the programme each may see.
create table app_user (
    id              bigint generated always as identity primary key,
    username        text        not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
    password_hash   text        not null,
    display_name    text        not null,
    role            text        not null check (role in ('ADMIN', 'CASEWORKER', 'APPROVER', 'PARTNER', 'EMPLOYER', 'WORKER')),
    region_codes    text[]      not null default '{}'
        check (array_to_string(region_codes, ',') ~ '^([0-9]{6}(,[0-9]{6})*)?$'),
    employer_id     uuid,
    worker_id       uuid,
    enabled         boolean     not null default true,
    failed_attempts integer     not null default 0 check (failed_attempts >= 0),
    locked_until    timestamptz,
    created_at      timestamptz not null default now(),
    -- A scope that does not belong to the role would silently widen or narrow what a user sees.
    constraint partner_has_regions check ((role = 'PARTNER') = (cardinality(region_codes) > 0)),
    constraint only_employer_has_employer check (employer_id is null or role = 'EMPLOYER'),
    constraint only_worker_has_worker check (worker_id is null or role = 'WORKER')
);

-- Who did what to which record, kept for the bureau's data-protection duties.
create table audit_log (
    id             bigserial   primary key,
    at             timestamptz not null default now(),
    actor          text        not null,
    role           text,
    action         text        not null,
    subject_type   text,
    subject_id     text,
    remote_address text,
    detail         text
);

create index audit_log_at on audit_log (at desc);
create index audit_log_actor_at on audit_log (actor, at desc);
create index audit_log_action_at on audit_log (action, at desc);

-- The application may only append: an audit trail its own users could rewrite proves nothing.
create function audit_log_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_log is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_log_no_update_or_delete
    before update or delete on audit_log
    for each row execute function audit_log_is_append_only();

create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_is_append_only();
