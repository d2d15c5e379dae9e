-- The overlap constraint's GiST index led with the household county, which has a dozen values
-- against hundreds of thousands of workers: every insert and check searched far more of the index
-- than needed (loading the demo's 184,772 earlier travellers spent most of its time there). The
-- worker leads now; the county stays in the constraint so the table can still be distributed by it.
alter table manifest_line drop constraint manifest_line_no_overlap;
alter table manifest_line add constraint manifest_line_no_overlap exclude using gist (
    worker_id with =, household_county with =,
    tstzrange(trip_departure, trip_arrival, '[]') with &&)
    where (status <> 'REMOVED');
