-- The weekly digest reads the slips of the last seven days; the nightly retention job deletes sent mail by the day
-- it went out. Both would otherwise scan their whole table.
create index commitment_slip_slipped_at_idx on commitment_slip (slipped_at);
create index mail_outbox_sent_idx on mail_outbox (status, sent_at);
