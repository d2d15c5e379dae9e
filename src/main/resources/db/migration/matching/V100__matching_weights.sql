-- The bureau's matching weights: one current row, and every setting ever made (who, when).
create table matching_weights (
    id                  smallint primary key default 1 check (id = 1),
    job_type            integer not null check (job_type between 0 and 100),
    skills              integer not null check (skills between 0 and 100),
    place               integer not null check (place between 0 and 100),
    wage                integer not null check (wage between 0 and 100),
    housing             integer not null check (housing between 0 and 100),
    poor_priority_bonus integer not null check (poor_priority_bonus between 0 and 100),
    changed_by          text not null,
    changed_at          timestamptz not null,
    check (job_type + skills + place + wage + housing > 0)
);

create table matching_weights_history (
    id                  bigserial primary key,
    job_type            integer not null,
    skills              integer not null,
    place               integer not null,
    wage                integer not null,
    housing             integer not null,
    poor_priority_bonus integer not null,
    changed_by          text not null,
    changed_at          timestamptz not null
);

insert into matching_weights (job_type, skills, place, wage, housing, poor_priority_bonus, changed_by, changed_at)
values (40, 25, 15, 10, 10, 10, 'system', now());
insert into matching_weights_history (job_type, skills, place, wage, housing, poor_priority_bonus, changed_by, changed_at)
values (40, 25, 15, 10, 10, 10, 'system', now());
