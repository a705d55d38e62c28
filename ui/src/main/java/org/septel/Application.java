package org.septel;

import org.septel.cli.SeptelCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.io.PrintWriter;
import java.time.Clock;

/** Septel: reads diplomatic cables, finds the follow-ups in them, and tracks each one to closure. */
@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        if (SeptelCli.handles(args)) {
            System.exit(SeptelCli.run(Application.class, args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
        }
        SpringApplication.run(Application.class, args);
    }

    /** The only source of "now" in Septel; tests replace it with a fixed clock. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
