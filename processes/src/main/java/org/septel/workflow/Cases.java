package org.septel.workflow;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.septel.cable.CableId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Date;
import java.util.List;
import java.util.Optional;

/** The state of each cable's case, read from the engine's history. */
@Service
@Transactional(readOnly = true)
public class Cases {

    private final HistoryService history;
    private final TaskService tasks;

    Cases(HistoryService history, TaskService tasks) {
        this.history = history;
        this.tasks = tasks;
    }

    /**
     * A cable's case is every CableCaseProcess instance with its id as business key: the first, and one more each
     * time it was reopened (ADR 0011). It is open while any of them runs; it started with the first and closed when
     * the last one ended.
     */
    public Optional<CaseSummary> caseOf(CableId cableId) {
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(CableCaseVariables.PROCESS_ID)
                .processInstanceBusinessKey(cableId.value())
                .orderByProcessInstanceStartTime().asc()
                .list();
        if (instances.isEmpty()) {
            return Optional.empty();
        }
        List<String> openTasks = tasks.createTaskQuery().processDefinitionKey(CableCaseVariables.PROCESS_ID)
                .processInstanceBusinessKey(cableId.value()).list().stream().map(Task::getName).toList();
        boolean open = instances.stream().anyMatch(instance -> instance.getEndTime() == null);
        Date closed = open ? null : instances.stream().map(HistoricProcessInstance::getEndTime)
                .max(Date::compareTo).orElse(null);
        return Optional.of(new CaseSummary(cableId, open, toInstant(instances.get(0).getStartTime()),
                toInstant(closed), openTasks));
    }

    /** How many times the case was reopened after its first instance. */
    public int reopenings(CableId cableId) {
        return (int) Math.max(0, history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(CableCaseVariables.PROCESS_ID)
                .processInstanceBusinessKey(cableId.value()).count() - 1);
    }

    public long openCaseCount() {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(CableCaseVariables.PROCESS_ID)
                .unfinished().count();
    }

    private static java.time.Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
