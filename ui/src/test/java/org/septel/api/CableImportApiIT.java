package org.septel.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.septel.TestCables;
import org.septel.WebTestSupport;
import org.septel.staff.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class CableImportApiIT extends WebTestSupport {

    @Autowired
    TestRestTemplate rest;

    @BeforeEach
    void users() {
        ensureUser("api-admin", Role.ADMIN);
        ensureUser("api-officer", Role.DESK_OFFICER);
    }

    @Test
    void an_administrator_imports_files_and_a_zip_and_a_resend_is_reported_as_duplicate() throws IOException {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", file("09PARIS1052.txt", TestCables.bytes("09PARIS1052")));
        form.add("file", file("batch.zip", zip("09PARIS1267.txt", TestCables.bytes("09PARIS1267"))));

        ResponseEntity<JsonNode> first = post("api-admin", form);
        ResponseEntity<JsonNode> again = post("api-admin", form);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody().at("/summary/filed").asInt()).isEqualTo(2);
        assertThat(first.getBody().at("/results/0/cable").asText()).isEqualTo("09PARIS1052");
        assertThat(first.getBody().at("/results/1/source").asText()).isEqualTo("batch.zip!09PARIS1267.txt");
        assertThat(again.getBody().at("/summary/alreadyOnFile").asInt()).isEqualTo(2);
        assertThat(again.getBody().at("/results/0/outcome").asText()).isEqualTo("duplicate");
    }

    @Test
    void a_raw_body_that_is_not_a_cable_is_rejected_with_line_and_column() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.TEXT_PLAIN);
        headers.set("X-File-Name", "memo.txt");
        ResponseEntity<JsonNode> response = rest.withBasicAuth("api-admin", PASSWORD).postForEntity(
                url("/api/cables/import"), new HttpEntity<>("Meeting moved to Tuesday.".getBytes(), headers), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().at("/results/0/outcome").asText()).isEqualTo("rejected");
        assertThat(response.getBody().at("/results/0/reason").asText()).startsWith("line 1, column");
    }

    @Test
    void a_desk_officer_may_not_import_and_an_anonymous_caller_is_challenged() {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", file("09PARIS997.txt", TestCables.bytes("09PARIS997")));

        assertThat(post("api-officer", form).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.postForEntity(url("/api/cables/import"), new HttpEntity<>(form, multipart()), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<JsonNode> post(String user, MultiValueMap<String, Object> form) {
        return rest.withBasicAuth(user, PASSWORD).postForEntity(url("/api/cables/import"),
                new HttpEntity<>(form, multipart()), JsonNode.class);
    }

    private static HttpHeaders multipart() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return headers;
    }

    private static ByteArrayResource file(String name, byte[] bytes) {
        return new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
