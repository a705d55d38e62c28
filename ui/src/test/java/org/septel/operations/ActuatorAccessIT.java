package org.septel.operations;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.septel.WebTestSupport;
import org.septel.staff.Role;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Actuator is for administrators: anonymous callers are challenged, officers refused; health status stays open. */
class ActuatorAccessIT extends WebTestSupport {

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void users() {
        ensureUser("officer1", Role.DESK_OFFICER);
        ensureUser("admin1", Role.ADMIN);
    }

    @Test
    void an_anonymous_caller_is_challenged_by_the_metrics() throws Exception {
        HttpResponse<String> response = get("/actuator/metrics", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void a_desk_officer_is_refused_the_metrics_and_the_incidents() throws Exception {
        assertThat(get("/actuator/metrics", "officer1").statusCode()).isEqualTo(403);
        assertThat(get("/actuator/incidents", "officer1").statusCode()).isEqualTo(403);
        assertThat(post("/actuator/incidents", "officer1", "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void an_administrator_reads_septels_metrics() throws Exception {
        HttpResponse<String> names = get("/actuator/metrics", "admin1");
        assertThat(names.statusCode()).isEqualTo(200);
        assertThat(names.body()).contains("septel.cables.filed", "septel.followups.open", "septel.followups.overdue",
                "septel.jobs.due", "septel.jobs.failed", "septel.incidents.open");

        HttpResponse<String> cables = get("/actuator/metrics/septel.cables.filed", "admin1");
        assertThat(cables.statusCode()).isEqualTo(200);
        assertThat(cables.body()).contains("\"statistic\":\"VALUE\"");
    }

    @Test
    void the_health_status_is_open_but_its_details_are_for_administrators() throws Exception {
        HttpResponse<String> anonymous = get("/actuator/health", null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"status\":\"UP\"").doesNotContain("components");

        HttpResponse<String> admin = get("/actuator/health", "admin1");
        assertThat(admin.body()).contains("\"components\"", "\"db\"");
    }

    @Test
    void an_administrator_sees_a_failed_job_as_an_incident_and_retries_it() throws Exception {
        repository.createDeployment().addModelInstance("opsProbe.bpmn", Bpmn.createExecutableProcess("OpsProbe")
                .camundaHistoryTimeToLive(1).startEvent().serviceTask("ServiceTask_Probe").camundaAsyncBefore()
                .camundaExpression("${true}").endEvent().done()).deploy();
        String instance = runtime.startProcessInstanceByKey("OpsProbe").getId();
        Job job = management.createJobQuery().processInstanceId(instance).singleResult();
        management.setJobRetries(job.getId(), 0); // what a job that failed its last retry looks like

        HttpResponse<String> listed = get("/actuator/incidents", "admin1");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("\"failedJobs\":1", job.getId(), "ServiceTask_Probe");

        HttpResponse<String> retried = post("/actuator/incidents", "admin1", "{\"jobId\":\"" + job.getId() + "\"}");
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(retried.body()).contains("\"jobs\":1");
        assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(1);
        assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
    }

    private HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String user, String json) throws IOException, InterruptedException {
        return http.send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url(path)));
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }
}
