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

    public Optional<CaseSummary> caseOf(CableId cableId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(CableCaseVariables.PROCESS_ID)
                .processInstanceBusinessKey(cableId.value())
                .singleResult();
        if (instance == null) {
            return Optional.empty();
        }
        List<String> openTasks = tasks.createTaskQuery().processInstanceId(instance.getId()).list().stream()
                .map(Task::getName).toList();
        boolean open = instance.getEndTime() == null;
        return Optional.of(new CaseSummary(cableId, open, toInstant(instance.getStartTime()),
                toInstant(instance.getEndTime()), openTasks));
    }

    public long openCaseCount() {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(CableCaseVariables.PROCESS_ID)
                .unfinished().count();
    }

    private static java.time.Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
