-- The desk a cable was routed to (a desk group such as desk:WHA-CAN); its cases and content belong to that desk.
alter table cable add column desk varchar(64);
