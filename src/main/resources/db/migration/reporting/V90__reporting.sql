-- Pre-aggregated figures (one row per metric, county and month) from which the summary and the
-- dashboard answer, so that no request counts the base tables. County is the person's household
-- county, a fair's host region or a batch's region (a 6-digit code at any level); month is its
-- first day. FigureRefresh replaces a metric's rows in one transaction.
create table stat_figure (
    metric text   not null check (metric ~ '^[a-z][A-Za-z]{1,60}$'),
    county text   not null check (county ~ '^[0-9]{6}$'),
    month  date   not null check (extract(day from month) = 1),
    value  bigint not null,
    primary key (metric, county, month)
);

-- The summary filters by county prefix and month range per metric.
create index stat_figure_county on stat_figure (county text_pattern_ops, metric, month);
