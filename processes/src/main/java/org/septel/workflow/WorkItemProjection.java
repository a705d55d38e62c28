package org.septel.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps {@link WorkItemReadModel} in step with the engine's tasks (ADR 26). A built-in listener on every user task
 * (built-in listeners run even when custom ones are skipped, e.g. when a case is deleted) notes each task an engine
 * command creates, assigns, updates, completes or deletes; when the command closes, the noted tasks are written as
 * they now stand, in JDBC batches, on the command's own transaction. A bulk import that starts hundreds of cases in
 * one command (BeforeCommitBatch) thus pays two batched rows per task.
 */
@Component
class WorkItemProjection extends AbstractProcessEnginePlugin {

    private static final List<String> EVENTS = List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
            TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE);

    private final WorkItemReadModel readModel;

    WorkItemProjection(WorkItemReadModel readModel) {
        this.readModel = readModel;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> parseListeners = configuration.getCustomPreBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        parseListeners.add(new ListenToUserTasks());
        configuration.setCustomPreBPMNParseListeners(parseListeners);
        List<SessionFactory> sessions = configuration.getCustomSessionFactories() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
        sessions.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return Changes.class;
            }

            @Override
            public Session openSession() {
                Changes changes = new Changes();
                Context.getCommandContext().registerCommandContextListener(changes);
                return changes;
            }
        });
        configuration.setCustomSessionFactories(sessions);
    }

    private static final class ListenToUserTasks extends AbstractBpmnParseListener {
        private static final TaskListener NOTE = task -> Context.getCommandContext().getSession(Changes.class).note(task);

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            UserTaskActivityBehavior behavior = (UserTaskActivityBehavior) activity.getActivityBehavior();
            EVENTS.forEach(event -> behavior.getTaskDefinition().addBuiltInTaskListener(event, NOTE));
        }
    }

    /** The tasks one engine command touched; written once, when it closes without failing. */
    private final class Changes implements Session, CommandContextListener {
        private final Map<String, DelegateTask> open = new LinkedHashMap<>();
        private final Set<String> createdHere = new HashSet<>();
        private final Set<String> ended = new LinkedHashSet<>();
        /** The revision each task had when this command read it, for the tasks whose rows it replaces. */
        private final Map<String, Integer> revisions = new HashMap<>();

        void note(DelegateTask task) {
            String id = task.getId();
            if (task instanceof TaskEntity entity) {
                revisions.putIfAbsent(id, entity.getRevision());
            }
            switch (task.getEventName()) {
                case TaskListener.EVENTNAME_CREATE -> {
                    createdHere.add(id);
                    open.put(id, task);
                }
                case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE -> {
                    open.remove(id);
                    if (!createdHere.remove(id)) {
                        ended.add(id);
                    }
                }
                default -> open.put(id, task);
            }
        }

        @Override
        public void onCommandContextClose(CommandContext commandContext) {
            if (open.isEmpty() && ended.isEmpty()) {
                return;
            }
            Set<String> stale = new LinkedHashSet<>(ended);
            List<OpenTask> rows = new ArrayList<>(open.size());
            for (DelegateTask task : open.values()) {
                if (!createdHere.contains(task.getId())) {
                    stale.add(task.getId());
                }
                rows.add(asOpenTask(task, commandContext));
            }
            // The engine checks its own optimistic lock only when it flushes, after this; two commands changing the
            // same task (two claims) must not both replace its rows, so take the task's row lock now and refuse a
            // task another transaction changed meanwhile, as the engine's flush would.
            Map<String, Integer> expected = new TreeMap<>();
            stale.forEach(id -> expected.put(id, revisions.get(id)));
            readModel.lockUnchanged(expected);
            readModel.write(stale, rows);
            revisions.clear();
            open.clear();
            createdHere.clear();
            ended.clear();
        }

        @Override
        public void onCommandFailed(CommandContext commandContext, Throwable t) {
            // Nothing was written: the engine's changes roll back with the transaction.
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static OpenTask asOpenTask(DelegateTask task, CommandContext commandContext) {
        // A link removed in this command is only marked deleted until the engine flushes; the task still lists it.
        DbEntityCache cache = commandContext.getDbEntityManager().getDbEntityCache();
        List<String> groups = task.getCandidates().stream()
                .filter(link -> !(link instanceof DbEntity entity && cache.isDeleted(entity)))
                .map(IdentityLink::getGroupId)
                .filter(group -> group != null).distinct().sorted().toList();
        return new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getProcessInstanceId(),
                task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getCreateTime().toInstant(),
                task.getAssignee(), groups);
    }
}
