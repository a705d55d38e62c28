package org.septel.cable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.septel.TestCables;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class CableSourcesTest {

    private static final SourceLimits SMALL = new SourceLimits(64 * 1024, 5, 200 * 1024);

    @TempDir
    Path dir;

    @Test
    void a_directory_is_read_recursively_in_path_order_and_a_missing_path_is_reported() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.write(dir.resolve("b/2.txt"), TestCables.bytes("09STATE4134"));
        Files.write(dir.resolve("a.txt"), TestCables.bytes("08OTTAWA1245"));

        List<SourceFile> files = list(CableSources.of(List.of(dir, dir.resolve("missing.txt")), SMALL));

        assertThat(files).extracting(f -> dir.relativize(Path.of(f.name())).toString())
                .containsExactly("a.txt", "b/2.txt", "missing.txt");
        assertThat(files.get(2).problem()).isEqualTo("no such file");
        assertThat(CableSources.of(List.of(dir), SMALL).fileCount()).isEqualTo(2);
    }

    @Test
    void zip_entries_are_read_in_archive_order() throws IOException {
        Path zip = dir.resolve("cables.zip");
        Files.write(zip, zip(List.of("x/08OTTAWA1245.txt", "09STATE4134.txt"),
                List.of(TestCables.bytes("08OTTAWA1245"), TestCables.bytes("09STATE4134"))));

        List<SourceFile> files = list(CableSources.of(List.of(zip), SMALL));

        assertThat(files).extracting(SourceFile::name).containsExactly(zip + "!x/08OTTAWA1245.txt", zip + "!09STATE4134.txt");
        assertThat(files.get(0).bytes()).isEqualTo(TestCables.bytes("08OTTAWA1245"));
    }

    @Test
    void a_zip_bomb_entry_is_cut_off_at_the_limit_and_the_zip_is_not_read_further() throws IOException {
        byte[] bomb = zip(List.of("bomb.txt", "after.txt"), List.of(new byte[10 * 1024 * 1024], new byte[10]));
        assertThat(bomb.length).isLessThan(64 * 1024);

        List<SourceFile> files = list(CableSources.entries("bomb.zip", new ByteArrayInputStream(bomb), SMALL));

        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.isReadable()).isFalse();
            assertThat(f.problem()).contains("unpacks to more than 65,536 bytes");
        });
    }

    @Test
    void entries_that_climb_out_of_the_archive_are_refused() throws IOException {
        byte[] zip = zip(List.of("../../etc/passwd", "ok.txt"), List.of(new byte[] {1}, TestCables.bytes("08OTTAWA1245")));

        List<SourceFile> files = list(CableSources.entries("evil.zip", new ByteArrayInputStream(zip), SMALL));

        assertThat(files.get(0).problem()).contains("unsafe path");
        assertThat(files.get(1).isReadable()).isTrue();
    }

    @Test
    void a_zip_with_too_many_entries_is_read_up_to_the_limit() throws IOException {
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            names.add(i + ".txt");
            contents.add(new byte[] {'x'});
        }

        List<SourceFile> files = list(CableSources.entries("many.zip", new ByteArrayInputStream(zip(names, contents)), SMALL));

        assertThat(files).hasSize(6);
        assertThat(files.get(5).problem()).contains("more than 5 files");
    }

    private static List<SourceFile> list(Iterable<SourceFile> sources) {
        List<SourceFile> files = new ArrayList<>();
        sources.forEach(files::add);
        return files;
    }

    private static byte[] zip(List<String> names, List<byte[]> contents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < names.size(); i++) {
                zip.putNextEntry(new ZipEntry(names.get(i)));
                zip.write(contents.get(i));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
