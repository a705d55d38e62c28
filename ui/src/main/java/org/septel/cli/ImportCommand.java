package org.septel.cli;

import org.septel.cable.CableImport;
import org.septel.cable.CableSources;
import org.septel.cable.ImportLine;
import org.septel.cable.ImportSummary;
import org.septel.cable.IntakeResult;
import org.septel.cable.SourceLimits;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Files cables into the configured database (the same settings as the server: profile, datasource), without
 * starting the web server. Safe to re-run: what is already on file is reported and skipped.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "File cables from files, directories (recursively) or .zip files into the configured database.")
class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    SeptelCli cli;

    @Option(names = "--quiet", description = "print only rejected cables and the summary")
    boolean quiet;

    @Option(names = "--workers", paramLabel = "N", description = "cables filed at once (default: one per processor); "
            + "a bounded queue keeps reading no more than two files per worker ahead of filing")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--spring", paramLabel = "KEY=VALUE", description = "a Spring setting, e.g. --spring spring.profiles.active=postgres")
    List<String> springSettings = new ArrayList<>();

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "cable file, directory or .zip")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CableSources sources = CableSources.of(paths, SourceLimits.defaults());
        err.printf("Importing %,d files%n", sources.fileCount());
        try (ConfigurableApplicationContext context = startWithoutWebServer()) {
            ImportSummary summary = context.getBean(CableImport.class).run(sources, workers,
                    line -> report(line, sources.fileCount(), out), () -> false);
            out.println(summary);
            return summary.rejected() > 0 ? 1 : 0;
        }
    }

    private void report(ImportLine line, int files, PrintWriter out) {
        IntakeResult result = line.result();
        if (quiet && !(result instanceof IntakeResult.Rejected)) {
            return;
        }
        String what = result instanceof IntakeResult.Rejected ? "rejected: " + result.explanation()
                : result.cableId() + " " + (result instanceof IntakeResult.Filed ? "filed" : result.explanation());
        out.printf("[%d/%d] %s: %s%n", line.fileNumber(), files, line.source(), what);
        out.flush();
    }

    private ConfigurableApplicationContext startWithoutWebServer() {
        List<String> args = new ArrayList<>(List.of("--septel.cli=true", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--logging.level.org.septel=WARN", "--camunda.bpm.job-execution.enabled=false",
                // Its own engine name: engines register by name in one JVM-wide registry (no hyphen: Camunda ignores such a name).
                "--camunda.bpm.process-engine-name=septelImport",
                // The engine's REST API, its webapps and Vaadin need a web server; a command-line run has none.
                "--spring.autoconfigure.exclude=" + String.join(",",
                        "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
                        "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
                        "com.vaadin.flow.spring.SpringBootAutoConfiguration",
                        "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")));
        springSettings.forEach(setting -> args.add("--" + setting));
        return new SpringApplicationBuilder(cli.springApplication()).web(WebApplicationType.NONE)
                .run(args.toArray(String[]::new));
    }
}
