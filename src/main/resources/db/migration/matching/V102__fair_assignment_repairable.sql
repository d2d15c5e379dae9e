-- A confirmation that stopped halfway can be finished: pairs an unexpected error stopped record the
-- outcome FAILED and are retried by confirming again; while one confirmation works through a run it
-- holds a lease, renewed as it goes, so no second one works alongside it (an abandoned lease expires).
alter table fair_assignment_run add column confirming_until timestamptz;

-- The fair has postings, but none of a job type the worker wants.
alter table fair_assignment_unassigned drop constraint fair_assignment_unassigned_why_check;
alter table fair_assignment_unassigned add constraint fair_assignment_unassigned_why_check
    check (why in ('NO_ELIGIBLE_POSTING', 'NO_WANTED_JOB_TYPE', 'OUTRANKED', 'NOT_SEEKING'));
