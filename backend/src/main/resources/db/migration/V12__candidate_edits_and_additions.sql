-- Review can edit a candidate (the extractor's original stays in the audit trail's first revision) and add one by
-- hand; an edit may name the owner of the follow-up it becomes.
alter table follow_up_candidate add column owner varchar(64);
alter table follow_up_candidate add column added_by varchar(64);
alter table follow_up_candidate_aud add column owner varchar(64);
alter table follow_up_candidate_aud add column added_by varchar(64);
