-- Four eyes at review as well as at approval: whoever made a claim does not accept it. The
-- platform's own claims are made by 'system', so any caseworker may review those.
alter table subsidy_application
    add constraint subsidy_application_review_four_eyes check (reviewed_by is null or reviewed_by <> created_by);

-- A traveller's trip share is paid by one transport policy at most, whichever transport policies
-- exist and whether or not they name each other as exclusions.
create unique index subsidy_application_one_transport_per_share
    on subsidy_application (basis_id, worker_id)
    where basis_kind = 'TRIP_SHARE' and kind = 'TRANSPORT' and status <> 'REJECTED';
