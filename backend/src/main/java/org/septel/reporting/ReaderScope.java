package org.septel.reporting;

import org.septel.clearance.Classification;
import org.septel.clearance.PortionMarking;
import org.septel.clearance.Reader;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.util.ArrayList;
import java.util.List;

/**
 * The reader's desks and clearance as SQL over the {@code cable c} alias, so rows they may not see never leave the
 * database. It mirrors {@link Reader#mayOpenDesk} and {@code CableAccess}'s overall-marking rule (unknown or
 * missing classification counts as SECRET; NOFORN from the stored caveats).
 */
final class ReaderScope {

    /** The rank of a cable's stored classification, lowest first, as {@link Classification#ofCable} reads it. */
    static final String CABLE_RANK = "(case when upper(c.classification) like 'UNCLAS%' or upper(c.classification) in ('U', 'SBU') then 0"
            + " when upper(c.classification) like 'CONF%' or upper(c.classification) = 'C' then 1 else 2 end)";

    /**
     * The desk whose officers work a cable: its routed desk, or the desk officers' while unrouted (null). One
     * expression, not three ORed conditions, so PostgreSQL answers it from one covering index (V78) instead of
     * reading every cable of the desk from the table; the literal must stay equal to the index's.
     */
    static final String SCOPE_DESK = "coalesce(c.desk, '" + Reader.UNROUTED + "')";

    private ReaderScope() {
    }

    static List<String> conditions(Reader reader, MapSqlParameterSource params) {
        return conditions(reader, params, false);
    }

    /**
     * As {@link #conditions(Reader, MapSqlParameterSource)}, and, for reading (search), also the cables sent to one of
     * the reader's desks for INFO, as {@code CableAccess} lets them read those.
     */
    static List<String> readingConditions(Reader reader, MapSqlParameterSource params) {
        return conditions(reader, params, true);
    }

    private static List<String> conditions(Reader reader, MapSqlParameterSource params, boolean withInfoCopies) {
        List<String> where = new ArrayList<>();
        if (!reader.allDesks() && withInfoCopies && !reader.deskGroups().isEmpty()) {
            List<String> infoCopies = new ArrayList<>();
            int n = 0;
            for (String desk : reader.deskGroups()) {
                params.addValue("scopeInfoDesk" + n, "%" + desk + "%");
                infoCopies.add("c.info_desks like :scopeInfoDesk" + n++);
            }
            List<String> own = conditions(reader, params, false);
            // The desk rule is the first condition: widen it with the INFO copies, keep the clearance rules.
            own.set(0, "(" + own.get(0) + " or " + String.join(" or ", infoCopies) + ")");
            return own;
        }
        if (!reader.allDesks()) {
            List<String> desks = new ArrayList<>();
            desks.add(Reader.UNROUTED);
            desks.addAll(reader.deskGroups());
            params.addValue("scopeDeskList", desks);
            where.add(SCOPE_DESK + " in (:scopeDeskList)");
        }
        Classification level = reader.clearance().level();
        if (level != Classification.SECRET) {
            params.addValue("scopeRank", level.ordinal());
            where.add(CABLE_RANK + " <= :scopeRank");
        }
        if (!reader.clearance().caveats().contains(PortionMarking.NOFORN)) {
            where.add("(c.caveats is null or c.caveats not like '%NOFORN%')");
        }
        return where;
    }

    /**
     * The same rule over a board summary row ({@code board_count}, {@code board_tag_count}, {@code board_week}) under
     * {@code alias}: its desk ('' for none), the clearance rank its cable needs and whether it is NOFORN.
     */
    static List<String> summaryConditions(Reader reader, MapSqlParameterSource params, String alias) {
        List<String> where = new ArrayList<>();
        if (!reader.allDesks()) {
            params.addValue("scopeUnrouted", Reader.UNROUTED);
            if (reader.deskGroups().isEmpty()) {
                where.add("(" + alias + ".desk = '' or " + alias + ".desk = :scopeUnrouted)");
            } else {
                params.addValue("scopeDesks", reader.deskGroups());
                where.add("(" + alias + ".desk = '' or " + alias + ".desk = :scopeUnrouted or " + alias
                        + ".desk in (:scopeDesks))");
            }
        }
        Classification level = reader.clearance().level();
        if (level != Classification.SECRET) {
            params.addValue("scopeRank", level.ordinal());
            where.add(alias + ".class_rank <= :scopeRank");
        }
        if (!reader.clearance().caveats().contains(PortionMarking.NOFORN)) {
            where.add(alias + ".noforn = false");
        }
        return where;
    }

    /** Whether this reader may read every paragraph of every cable the scope lets through (no per-page check needed). */
    static boolean clearedForEverything(Reader reader) {
        return reader.clearance().level() == Classification.SECRET
                && reader.clearance().caveats().contains(PortionMarking.NOFORN);
    }

    static String marking(String classification, String caveats) {
        Classification level = Classification.ofCable(classification);
        boolean noforn = caveats != null && caveats.contains(PortionMarking.NOFORN);
        return level.letter() + (noforn ? "/NF" : "");
    }
}
