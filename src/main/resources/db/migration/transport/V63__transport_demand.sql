-- Transport demand (who needs to travel, when, from where, to which employer): recorded at the
-- origin, read at the destination, and the planner's input. Rows keep household_county like every
-- worker-owned row, so they can be distributed by it.

create table transport_demand (
    id               uuid        primary key,
    placement_id     uuid        not null,
    worker_id        uuid        not null,
    household_county text        not null check (household_county ~ '^[0-9]{6}$'),
    employer_id      uuid        not null,
    work_region      text        not null check (work_region ~ '^[0-9]{6}$'),
    -- Copied from the placement: the travel window must end before it.
    start_date       date        not null,
    earliest         date        not null,
    latest           date        not null,
    gathering_point  text        check (length(gathering_point) <= 200),
    note             text        check (length(note) <= 1000),
    status           text        not null check (status in ('OPEN', 'PLANNED', 'TRAVELLED', 'CANCELLED')),
    trip_id          uuid,
    cancel_reason    text        check (length(cancel_reason) <= 500),
    -- Counts every change: a planner proposal names the versions it was computed from.
    version          integer     not null default 0,
    created_by       text        not null,
    created_at       timestamptz not null default now(),
    changed_at       timestamptz not null default now(),
    constraint transport_demand_window check (latest >= earliest),
    constraint transport_demand_before_start check (latest < start_date),
    constraint transport_demand_open_no_trip check (status <> 'OPEN' or trip_id is null),
    constraint transport_demand_planned_trip check (status not in ('PLANNED', 'TRAVELLED') or trip_id is not null),
    constraint transport_demand_cancel_reason check ((status = 'CANCELLED') = (cancel_reason is not null))
);

-- One demand waiting or planned per placement; travelled and cancelled ones stay for the record.
-- The household county leads so the index stays unique per shard once distributed by it.
create unique index transport_demand_one_open on transport_demand (household_county, placement_id)
    where status in ('OPEN', 'PLANNED');
-- The planner's input: open demands whose window overlaps the days planned.
create index transport_demand_to_plan on transport_demand (latest, earliest) where status = 'OPEN';
-- The lists: bureau (earliest window first), partner (their counties), employer (their hires).
create index transport_demand_earliest on transport_demand (earliest, id);
create index transport_demand_county on transport_demand (household_county, earliest);
create index transport_demand_employer on transport_demand (employer_id, earliest);
-- Trip events find the demands planned on a trip, placement events those of a placement.
create index transport_demand_trip on transport_demand (trip_id) where trip_id is not null;
create index transport_demand_placement on transport_demand (placement_id);
create index transport_demand_worker on transport_demand (worker_id);
