-- The day from which the employer's social insurance for the placed person is confirmed; subsidy
-- conditions read it. Null until the employer or the bureau confirms it.
alter table placement add column social_insurance_since date;
alter table placement add constraint placement_social_insurance_in_contract
    check (social_insurance_since is null or social_insurance_since >= start_date);
