-- Point-to-point trips (点对点): one row per vehicle, numbered in batches (批次) per batch region
-- and year, with their status steps, manifests (乘车名单) and pre-departure checks. Lines keep
-- household_county like every worker-owned row, so they can be distributed by it.

-- One row per batch: the numbering table. The service opens the next number of a (region, year)
-- under a transaction lock on that pair and the primary key is the last word; a form's batchNo
-- joins a batch only if its row exists. Bulk loads of historical trips insert their batches here.
create table trip_batch (
    batch_region text        not null check (batch_region ~ '^[0-9]{6}$'),
    batch_year   integer     not null check (batch_year between 1980 and 2200),
    batch_no     integer     not null check (batch_no >= 1),
    opened_by    text        not null,
    opened_at    timestamptz not null default now(),
    primary key (batch_region, batch_year, batch_no)
);

create table trip (
    id                uuid        primary key,
    batch_region      text        not null,
    batch_year        integer     not null,
    batch_no          integer     not null,
    mode              text        not null check (mode in ('BUS', 'CARRIAGE', 'TRAIN', 'FLIGHT')),
    operator          text        check (length(operator) <= 200),
    vehicle_no        text        check (length(vehicle_no) <= 50),
    origin            text        not null check (origin ~ '^[0-9]{6}$'),
    gathering_point   text        check (length(gathering_point) <= 500),
    destinations      text[]      not null check (cardinality(destinations) between 1 and 20),
    planned_departure timestamptz not null,
    planned_arrival   timestamptz not null,
    departed_at       timestamptz,
    arrived_at        timestamptz,
    -- A whole chartered train is the largest vehicle; anything above is a typing mistake.
    seats             integer     not null check (seats between 1 and 3000),
    total_cost_fen    bigint      not null check (total_cost_fen >= 0),
    status            text        not null check (status in
        ('PLANNED', 'BOARDING', 'DEPARTED', 'ARRIVED', 'HANDED_OVER', 'CANCELLED')),
    cancel_reason     text        check (length(cancel_reason) <= 500),
    created_by        text        not null,
    created_at        timestamptz not null default now(),
    changed_at        timestamptz not null default now(),
    foreign key (batch_region, batch_year, batch_no) references trip_batch,
    constraint trip_planned_times check (planned_arrival > planned_departure),
    constraint trip_departed check (
        (status in ('DEPARTED', 'ARRIVED', 'HANDED_OVER')) = (departed_at is not null)),
    constraint trip_arrived check ((status in ('ARRIVED', 'HANDED_OVER')) = (arrived_at is not null)),
    constraint trip_arrived_after_departure check (arrived_at is null or arrived_at > departed_at),
    constraint trip_cancelled_with_reason check ((status = 'CANCELLED') = (cancel_reason is not null))
);

-- Lists: latest planned departure first, by origin for partners, by batch for the batch pages.
create index trip_departure on trip (planned_departure desc, id);
create index trip_origin on trip (origin, planned_departure desc);
create index trip_batch_trips on trip (batch_region, batch_year, batch_no);

-- Each status is reached at most once: the trip only moves forward.
create table trip_step (
    trip_id uuid        not null references trip (id),
    status  text        not null check (status in
        ('PLANNED', 'BOARDING', 'DEPARTED', 'ARRIVED', 'HANDED_OVER', 'CANCELLED')),
    by_user text        not null,
    at      timestamptz not null,
    reason  text        check (length(reason) <= 500),
    primary key (trip_id, status)
);

create table manifest_line (
    id                       uuid        primary key,
    trip_id                  uuid        not null references trip (id),
    worker_id                uuid        not null,
    household_county         text        not null check (household_county ~ '^[0-9]{6}$'),
    -- Null only for trips recorded from before the platform, which name worker and employer alone.
    placement_id             uuid,
    employer_id              uuid        not null,
    work_region              text        check (work_region ~ '^[0-9]{6}$'),
    work_address             text        check (length(work_address) <= 500),
    -- The trip's planned times, copied so that one exclusion constraint can see a worker's trips.
    trip_departure           timestamptz not null,
    trip_arrival             timestamptz not null,
    status                   text        not null check (status in
        ('LISTED', 'BOARDED', 'NO_SHOW', 'HANDED_OVER', 'REMOVED')),
    listed_by                text        not null,
    listed_at                timestamptz not null,
    boarded_by               text,
    boarded_at               timestamptz,
    received_by              text        check (length(received_by) <= 100),
    handed_over_by           text,
    handed_over_at           timestamptz,
    removed_by               text,
    removed_at               timestamptz,
    share_fen                bigint      check (share_fen >= 0),
    charter_fully_subsidised boolean     not null default false,
    constraint manifest_line_times check (trip_arrival > trip_departure),
    constraint manifest_line_boarded check (
        (status in ('BOARDED', 'HANDED_OVER')) <= (boarded_by is not null and boarded_at is not null)),
    constraint manifest_line_handed_over check (
        (status = 'HANDED_OVER') = (handed_over_at is not null and handed_over_by is not null
            and received_by is not null)),
    constraint manifest_line_removed check ((status = 'REMOVED') = (removed_at is not null)),
    -- The database's last word on the overlap rule (the service locks the worker and refuses
    -- politely first): a worker is never on two trips whose planned times overlap.
    constraint manifest_line_no_overlap exclude using gist (
        household_county with =, worker_id with =,
        tstzrange(trip_departure, trip_arrival, '[]') with &&)
        where (status <> 'REMOVED')
);

-- One seat per worker and trip; a removed line stays for the record and the worker may come back.
create unique index manifest_line_once on manifest_line (trip_id, worker_id) where status <> 'REMOVED';
-- A worker's trips (phone page, overlap rule) and an employer's hires on trips (their scope).
create index manifest_line_worker on manifest_line (worker_id, trip_departure desc);
create index manifest_line_employer on manifest_line (employer_id, trip_id);
create index manifest_line_county on manifest_line (household_county, trip_id);
create index manifest_line_placement on manifest_line (placement_id) where placement_id is not null;

-- Pre-departure checks (e.g. HEALTH), the latest result per traveller and check.
create table traveller_check (
    line_id          uuid        not null references manifest_line (id),
    household_county text        not null check (household_county ~ '^[0-9]{6}$'),
    check_name       text        not null check (check_name ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    passed           boolean     not null,
    note             text        check (length(note) <= 500),
    checked_by       text        not null,
    checked_at       timestamptz not null,
    primary key (line_id, check_name)
);
