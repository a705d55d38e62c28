-- Indexes for the work lists and boards (org.septel.reporting): a person's open follow-ups in due-date order,
-- everything open by due date for the boards, the trend's "closed since", and the joins to cable and candidate.
create index commitment_owner_status_due_idx on commitment (owner, status, due_date);
create index commitment_status_due_idx on commitment (status, due_date);
create index commitment_closed_at_idx on commitment (closed_at);
create index commitment_cable_idx on commitment (cable_id);
create index follow_up_candidate_review_idx on follow_up_candidate (review_state, due_date);
create index cable_desk_idx on cable (desk);
