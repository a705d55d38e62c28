package org.septel.workflow;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collects the work a listener is given during one transaction and does it all just before that transaction commits,
 * in one engine command (ADR 25). Engine service calls inside the command share its context: a definition read by
 * id is read once, and the engine's inserts are flushed once, in JDBC batches, for the whole transaction. The work
 * still commits with the transaction or not at all; a failure rolls the transaction back. Outside a transaction the
 * work runs at once.
 */
final class BeforeCommitBatch<T> {

    private final ProcessEngineConfigurationImpl engine;
    private final Consumer<List<T>> work;

    BeforeCommitBatch(ProcessEngineConfigurationImpl engine, Consumer<List<T>> work) {
        this.engine = engine;
        this.work = work;
    }

    void add(T item) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            runNow(List.of(item));
            return;
        }
        @SuppressWarnings("unchecked")
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.items.add(item);
    }

    private void runNow(List<T> items) {
        engine.getCommandExecutorTxRequired().execute((Command<Void>) commandContext -> {
            work.accept(items);
            return null;
        });
    }

    private final class Pending implements TransactionSynchronization {
        private final List<T> items = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            runNow(items);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(BeforeCommitBatch.this);
        }
    }
}
