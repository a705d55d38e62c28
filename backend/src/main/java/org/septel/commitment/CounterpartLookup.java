package org.septel.commitment;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;

/**
 * The ids of the open follow-ups with an actor whose counterpart key is one of a reply's names (ADR 0027), in one
 * statement with the names as one array parameter. It replaced a JPQL query with an IN list of 500 parameters per
 * statement: Hibernate translated and bound every such list anew, which took about half of the import workers' CPU
 * even when no follow-up was open. Only the ids come back; the few that match are then loaded as entities.
 */
@Component
class CounterpartLookup {

    /** Literals, not parameters, so PostgreSQL can prove the partial indexes of V76 apply. */
    private static final String SQL = "select id from commitment"
            + " where status not in ('FULFILLED', 'PARTLY_FULFILLED', 'WITHDRAWN') and actor is not null"
            + " and (counterpart_surname = any(?) or counterpart_org = any(?))";

    private final JdbcTemplate jdbc;

    CounterpartLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> openNaming(Collection<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        String[] keys = names.toArray(String[]::new);
        return jdbc.queryForList(SQL, Long.class, keys, keys);
    }
}
