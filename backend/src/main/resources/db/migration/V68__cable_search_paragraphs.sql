-- Cable text for search, one row per numbered paragraph with the portion marking a reader must be cleared for, and
-- row 0 for the text outside numbered paragraphs (header, subject, TAGS, signature), which everyone who may read
-- the cable reads. Search matches and snippets use only rows the reader may read (ADR 24). Written by the filing
-- transaction and by the backfill. No foreign key to cable: the hook runs before Hibernate flushes the cable row;
-- rows are only ever read joined to cable.
create table cable_search_paragraph (
    cable_id   varchar(64)      not null,
    paragraph  integer          not null,
    level_rank smallint         not null, -- 0 UNCLASSIFIED, 1 CONFIDENTIAL, 2 SECRET
    noforn     boolean          not null,
    marking    varchar(16)      not null,
    body       varchar(1000000) not null, -- whitespace collapsed, control characters removed
    primary key (cable_id, paragraph)
);
