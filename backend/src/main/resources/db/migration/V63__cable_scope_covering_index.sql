-- My work and the lists join each follow-up to its cable only for the reader's scope (desk, classification,
-- caveats). At 1,000,000 follow-ups reading those from the cable rows (wide: they hold the raw bytes) was most of
-- My work's time; with every scope column in the index PostgreSQL answers from the index alone (ADR 22).
create index cable_scope_idx on cable (desk, id, classification, caveats);
drop index cable_desk_idx;
