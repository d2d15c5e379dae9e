-- A figure may be broken down one level further than county and month: the transport mode of a
-- traveller, the fair a position was offered at, the policy a subsidy was paid under, the month
-- of a retention follow-up. Blank when the metric has no breakdown; the summary adds up every
-- detail, the dashboard's tables group by it.
alter table stat_figure add column detail text not null default '' check (length(detail) <= 60);
alter table stat_figure drop constraint stat_figure_pkey;
alter table stat_figure add primary key (metric, county, month, detail);
