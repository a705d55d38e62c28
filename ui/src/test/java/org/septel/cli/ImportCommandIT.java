package org.septel.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.septel.TestCables;
import org.septel.cable.SampleCables;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code septel import} files cables into the configured database without a web server, and is safe to re-run. */
class ImportCommandIT {

    private static final String DB = "jdbc:h2:mem:cli-import;DB_CLOSE_DELAY=-1";

    @TempDir
    Path dir;

    @Test
    void imports_a_directory_reports_the_bad_file_and_a_second_run_changes_nothing() throws Exception {
        Files.write(dir.resolve("08OTTAWA1245.txt"), SampleCables.seed());
        Files.write(dir.resolve("06NEWDELHI5135.txt"), TestCables.bytes("06NEWDELHI5135"));
        Files.write(dir.resolve("09STATE4134.txt"), TestCables.bytes("09STATE4134"));
        Files.write(dir.resolve("junk.txt"), "\u0000\u0001 garbage".getBytes(StandardCharsets.UTF_8));

        Run first = importDir();

        assertThat(first.exit).isEqualTo(1);
        assertThat(first.out).contains("08OTTAWA1245 filed", "06NEWDELHI5135 filed", "09STATE4134 filed")
                .contains("junk.txt: rejected: line 1")
                .contains("4 files: 3 filed, 0 already on file, 0 different texts kept as revisions, 1 rejected");
        assertThat(count("select count(*) from cable")).isEqualTo(3);
        assertThat(count("select count(*) from act_hi_procinst")).isEqualTo(3);

        Run second = importDir();

        assertThat(second.out).contains("4 files: 0 filed, 3 already on file, 0 different texts kept as revisions, 1 rejected");
        assertThat(count("select count(*) from cable")).isEqualTo(3);
        assertThat(count("select count(*) from act_hi_procinst")).isEqualTo(3);
        assertThat(count("select count(*) from staff_account")).as("no demo users in a CLI run").isZero();
    }

    private Run importDir() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = SeptelCli.run(org.septel.Application.class, new String[] {"import", "--spring", "spring.datasource.url=" + DB, dir.toString()},
                new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString());
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(DB, "sa", "");
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private record Run(int exit, String out) {
    }
}
