package org.septel.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.septel.TestCables;
import org.septel.WebTestSupport;
import org.septel.cable.CableCatalog;
import org.septel.cable.CableId;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input through the import API: each is refused quickly with a reason that names the input, and whatever
 * else came in the same request still lands once.
 */
class AbuseIT extends WebTestSupport {

    private static final Duration QUICKLY = Duration.ofSeconds(20);

    @Autowired
    TestRestTemplate rest;

    @Autowired
    CableCatalog catalog;

    @BeforeEach
    void users() {
        ensureUser("abuse-admin", Role.ADMIN);
    }

    @Test
    void a_zip_bomb_entry_is_cut_off_and_the_good_cable_beside_it_lands() throws IOException {
        byte[] bomb = zip(entry("07MADRID1722.txt", TestCables.bytes("07MADRID1722")),
                zeros("00BOMB1.txt", 1024));
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);

        JsonNode body = timed(() -> upload("bomb.zip", bomb));

        assertThat(body.at("/results/0/outcome").asText()).isEqualTo("imported");
        assertThat(body.at("/results/1/outcome").asText()).isEqualTo("rejected");
        assertThat(body.at("/results/1/source").asText()).isEqualTo("bomb.zip!00BOMB1.txt");
        assertThat(body.at("/results/1/reason").asText()).contains("the limit for one file");
        assertThat(catalog.find(new CableId("07MADRID1722"))).isPresent();
    }

    @Test
    void a_zip_entry_that_climbs_out_of_the_archive_is_refused_by_name() throws IOException {
        byte[] zip = zip(entry("../../etc/cron.d/09SEOUL1241.txt", TestCables.bytes("09SEOUL1241")),
                entry("05MADRID572.txt", TestCables.bytes("05MADRID572")));

        JsonNode body = timed(() -> upload("climb.zip", zip));

        assertThat(body.at("/results/0/outcome").asText()).isEqualTo("rejected");
        assertThat(body.at("/results/0/source").asText()).contains("../../etc/cron.d/09SEOUL1241.txt");
        assertThat(body.at("/results/0/reason").asText()).contains("climbs out of the archive");
        assertThat(catalog.find(new CableId("09SEOUL1241"))).isEmpty();
        assertThat(catalog.find(new CableId("05MADRID572"))).isPresent();
    }

    @Test
    void a_fifty_megabyte_paste_is_refused_with_the_limit() {
        byte[] huge = new byte[50 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'A');

        JsonNode body = timed(() -> raw("huge.txt", huge));

        assertThat(body.at("/results/0/outcome").asText()).isEqualTo("rejected");
        assertThat(body.at("/results/0/source").asText()).isEqualTo("huge.txt");
        assertThat(body.at("/results/0/reason").asText()).contains("larger than the 2,097,152-byte limit for one cable");
    }

    @Test
    void an_xml_upload_with_an_external_entity_is_refused_and_the_entity_is_never_resolved() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE cable [<!ENTITY leak SYSTEM "file:///etc/passwd">]>
                <cable><subject>&leak;</subject></cable>
                """;

        JsonNode body = timed(() -> raw("cable.xml", xml.getBytes(StandardCharsets.UTF_8)));

        assertThat(body.at("/results/0/outcome").asText()).isEqualTo("rejected");
        assertThat(body.at("/results/0/reason").asText()).isNotBlank();
        assertThat(body.toString()).doesNotContain("root:").doesNotContain("/bin/");
    }

    @Test
    void a_script_in_the_subject_is_filed_as_text_and_never_as_markup() {
        // A partial extract with no date-time group takes its id from the file name.
        String cable = new String(TestCables.bytes("05MADRID572"), StandardCharsets.ISO_8859_1)
                .replaceFirst("SUBJECT: ", "SUBJECT: <script>alert('x')</script> ");

        JsonNode body = timed(() -> raw("05MADRID5720.txt", cable.getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(body.at("/results/0/outcome").asText()).isEqualTo("imported");
        assertThat(catalog.find(new CableId("05MADRID5720")).orElseThrow().subject())
                .startsWith("<script>alert('x')</script>");
    }

    private JsonNode timed(java.util.function.Supplier<ResponseEntity<JsonNode>> call) {
        long start = System.nanoTime();
        ResponseEntity<JsonNode> response = call.get();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(QUICKLY);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<JsonNode> upload(String name, byte[] bytes) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth("abuse-admin", PASSWORD).postForEntity(url("/api/cables/import"),
                new HttpEntity<>(form, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> raw(String name, byte[] bytes) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.TEXT_PLAIN);
        headers.set("X-File-Name", name);
        return rest.withBasicAuth("abuse-admin", PASSWORD).postForEntity(url("/api/cables/import"),
                new HttpEntity<>(bytes, headers), JsonNode.class);
    }

    /** An entry of {@code repeat} copies of {@code bytes}, so a gigabyte never sits in the test's memory. */
    private record Entry(String name, byte[] bytes, int repeat) {
    }

    private static Entry entry(String name, byte[] bytes) {
        return new Entry(name, bytes, 1);
    }

    private static Entry zeros(String name, int megabytes) {
        return new Entry(name, new byte[1024 * 1024], megabytes);
    }

    private static byte[] zip(Entry... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Entry entry : entries) {
                zip.putNextEntry(new ZipEntry(entry.name()));
                for (int i = 0; i < entry.repeat(); i++) {
                    zip.write(entry.bytes());
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
