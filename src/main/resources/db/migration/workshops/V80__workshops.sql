-- Poverty-alleviation workshops (扶贫车间) in partner counties and the local people they employ.
-- Rows keep the county (the workshop's; the employee's household county too) so that they can be
-- distributed by it like every other worker-owned row.

create table workshop (
    id                   uuid        primary key,
    name                 text        not null check (length(name) between 1 and 200),
    county               text        not null check (county ~ '^[0-9]{6}$'),
    address              text        not null check (length(address) between 1 and 300),
    operator_name        text        not null check (length(operator_name) between 1 and 200),
    operator_kind        text        not null check (operator_kind in ('ENTERPRISE', 'COOPERATIVE')),
    operator_employer_id uuid,
    model_company        text        check (length(model_company) <= 200),
    model_cooperative    text        check (length(model_cooperative) <= 200),
    model_institute      text        check (length(model_institute) <= 200),
    model_base           text        check (length(model_base) <= 200),
    model_farmers        text        check (length(model_farmers) <= 200),
    type                 text        not null check (type in ('FACTORY', 'HOME_BASED', 'FARMING', 'TRADE', 'TOURISM')),
    industry             text        not null check (length(industry) between 1 and 100),
    products             text        check (length(products) <= 300),
    responsible_person   text        not null check (length(responsible_person) between 1 and 100),
    founded_on           date        not null,
    recognised_on        date,
    status               text        not null check (status in ('RECOGNISED', 'FLAGGED_FOR_WITHDRAWAL', 'WITHDRAWN')),
    -- The criteria not met when the workshop was last flagged, comma separated; empty otherwise.
    flag_reasons         text        not null default '',
    version              integer     not null default 0,
    created_by           text        not null,
    created_at           timestamptz not null default now(),
    changed_at           timestamptz not null default now(),
    constraint workshop_recognised_after_founding check (recognised_on is null or recognised_on >= founded_on)
);

create index workshop_county_name on workshop (county, name, id);

create table workshop_employee (
    id                uuid        primary key,
    workshop_id       uuid        not null references workshop (id),
    county            text        not null check (county ~ '^[0-9]{6}$'),
    worker_id         uuid        not null,
    household_county  text        not null check (household_county ~ '^[0-9]{6}$'),
    -- As the registry knew it when the worker joined: the poor headcount counts people, not today's record.
    registered_poor   boolean     not null,
    start_date        date        not null,
    end_date          date,
    monthly_wage      numeric(12, 2) not null check (monthly_wage >= 0),
    contract_months   integer     not null check (contract_months between 1 and 600),
    accident_insured  boolean     not null,
    created_by        text        not null,
    created_at        timestamptz not null default now(),
    constraint workshop_employee_period check (end_date is null or end_date >= start_date)
);

-- One open employment per worker across all workshops.
create unique index workshop_employee_one_open on workshop_employee (worker_id) where end_date is null;
create index workshop_employee_by_workshop on workshop_employee (workshop_id, start_date);
create index workshop_employee_by_county on workshop_employee (county, start_date);
