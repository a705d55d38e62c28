package org.septel.operations;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

import java.util.Date;
import java.util.List;

/**
 * {@code GET /actuator/incidents}: the open incidents (newest first, at most 200) and how many jobs have failed;
 * {@code POST /actuator/incidents} retries failed jobs: the one named by {@code jobId}, or all of them. Giving a
 * job its retries back resolves its incident; the job executor then runs it again.
 */
@Component
@Endpoint(id = "incidents")
class IncidentsEndpoint {

    private static final Logger log = LoggerFactory.getLogger(IncidentsEndpoint.class);
    private static final int MAX_LISTED = 200;

    private final RuntimeService runtime;
    private final ManagementService management;

    IncidentsEndpoint(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    @ReadOperation
    Incidents incidents() {
        List<IncidentLine> lines = runtime.createIncidentQuery().orderByIncidentTimestamp().desc()
                .listPage(0, MAX_LISTED).stream().map(IncidentLine::of).toList();
        return new Incidents(runtime.createIncidentQuery().count(), management.createJobQuery().noRetriesLeft().count(),
                lines);
    }

    @WriteOperation
    Retried retry(@Nullable String jobId) {
        List<String> jobs = jobId != null ? List.of(jobId)
                : management.createJobQuery().noRetriesLeft().list().stream().map(Job::getId).toList();
        if (!jobs.isEmpty()) {
            management.setJobRetries(jobs, 1);
        }
        log.info("Gave {} failed job(s) one retry", jobs.size());
        return new Retried(jobs.size(), jobs);
    }

    record Incidents(long open, long failedJobs, List<IncidentLine> incidents) {
    }

    record IncidentLine(String id, String type, Date since, String processInstanceId, String activityId, String jobId,
                        String message) {
        static IncidentLine of(Incident incident) {
            return new IncidentLine(incident.getId(), incident.getIncidentType(), incident.getIncidentTimestamp(),
                    incident.getProcessInstanceId(), incident.getActivityId(), incident.getConfiguration(),
                    incident.getIncidentMessage());
        }
    }

    record Retried(int jobs, List<String> jobIds) {
    }
}
