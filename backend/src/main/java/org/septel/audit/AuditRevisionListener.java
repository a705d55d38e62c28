package org.septel.audit;

import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the person who made the change. */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).recordedBy(Auditor.current(), Auditor.now());
    }
}
