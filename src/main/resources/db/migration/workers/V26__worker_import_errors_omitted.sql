-- An import keeps at most 1,000 row problems; this says how many more there were.
alter table worker_import add column errors_omitted integer not null default 0;
