package org.septel.audit;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;

import java.time.Instant;
import java.util.List;

/** Reads an entity's history from the audit tables, oldest first. Modules call it for their own entities. */
public final class Revisions {

    private Revisions() {
    }

    @SuppressWarnings("unchecked")
    public static <T> List<Revision<T>> of(EntityManager entityManager, Class<T> type, Object id) {
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(org.hibernate.envers.query.AuditEntity.id().eq(id))
                .addOrder(org.hibernate.envers.query.AuditEntity.revisionNumber().asc())
                .getResultList();
        return rows.stream().map(row -> {
            AuditRevision revision = (AuditRevision) row[1];
            Revision.Change change = switch ((RevisionType) row[2]) {
                case ADD -> Revision.Change.CREATED;
                case MOD -> Revision.Change.CHANGED;
                case DEL -> Revision.Change.DELETED;
            };
            return new Revision<>((T) row[0], revision.id(), Instant.ofEpochMilli(revision.timestamp()),
                    revision.username(), change);
        }).toList();
    }
}
