package org.septel.commitment;

import org.septel.cable.Paragraph;
import org.septel.cable.ParsedCable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Counterparts and reply paragraphs made from one {@link Random}, written to hit the edges of whole-word matching:
 * apostrophes and hyphens inside and at the ends of names, possessives, upper case, organisations with dots and
 * digits, names first and last in a paragraph and across line breaks, actors without an organisation and the
 * other way round, short and several-word names that name nobody.
 */
public final class CounterpartSamples {

    private static final String[] ACTORS = {"Shawn Caza", "CAZA", "Mary O'Brien", "o'brien", "Jean-Luc Smith-Jones",
            "Dr. K. D'Souza", "Al", "we", "X Ng", "Canadian officials", "  Padded Wilkins  ", "Agent 007", "Smith-",
            "'Quoted'", "José Müller", "Paul MacKay", "Minister Emerson", "Emerson", "Lee", "Van der Berg",
            "Ann St.-Pierre", "Bob  Ng-Li", "İlker Yıldız", "Ms. Day"};
    private static final String[] ORGS = {"DFAIT", "dfait", "U.S.", "G-8", "NATO's", "Foreign Ministry", " DFAIT",
            "MFA\t", "EU", "PCO", "Finance", "u.s.a", "İçişleri", "IAEA", "G8", "-PMO-"};
    private static final String[] ACTIONS = {"brief emboffs on likely improvements",
            "send comments on the draft strategy", "share thinking on sanctions against Iran",
            "report further developments septel", "provide the Cabinet paper", "brief"};
    private static final String[] WORDS = {"caza", "Caza's", "CAZA,", "(Caza)", "o'brien", "O'Brien's", "o'brien-",
            "smith-jones", "Smith-Jones-Lee", "jean-luc", "d'souza", "D'Souza.", "dfait", "(DFAIT)", "DFAIT/PCO", "u.s.",
            "U.S.A", "u.s.", "g-8", "G8", "nato's", "nato", "mfa", "pco", "finance", "wilkins", "müller", "mller",
            "mackay", "emerson", "berg", "st.-pierre", "ng-li", "yıldız", "i̇çişleri", "day", "-pmo-", "smith-",
            "'quoted'", "quoted", "briefed", "emboffs", "likely", "improvements", "comments", "draft", "strategy",
            "thinking", "sanctions", "iran", "reported", "developments", "septel", "provided", "cabinet", "paper",
            "the", "on", "and", "officials", "said", "meeting", "in", "of", "--", "1.", "a", "_caza_", "caza2"};

    private CounterpartSamples() {
    }

    public static String actor(Random random) {
        return random.nextInt(8) == 0 ? null : ACTORS[random.nextInt(ACTORS.length)];
    }

    public static String org(Random random) {
        return random.nextInt(3) == 0 ? null : ORGS[random.nextInt(ORGS.length)];
    }

    public static String action(Random random) {
        return ACTIONS[random.nextInt(ACTIONS.length)];
    }

    /** Words and punctuation of a reply paragraph, with line breaks, in mixed case. */
    public static String paragraphText(Random random) {
        int words = 1 + random.nextInt(40);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            word = switch (random.nextInt(6)) {
                case 0 -> word.toUpperCase(Locale.ROOT);
                case 1 -> Character.toUpperCase(word.charAt(0)) + word.substring(1);
                default -> word;
            };
            if (i > 0) {
                text.append(random.nextInt(9) == 0 ? "\n" : random.nextInt(15) == 0 ? "" : " ");
            }
            text.append(word);
        }
        return text.toString();
    }

    /** A reply cable of one to five numbered paragraphs, spans into its text as the parser sets them. */
    public static ParsedCable reply(Random random, String id) {
        StringBuilder text = new StringBuilder("SUBJECT: REPLY\n\n");
        List<Paragraph> paragraphs = new ArrayList<>();
        int count = 1 + random.nextInt(5);
        for (int number = 1; number <= count; number++) {
            String body = paragraphText(random);
            int start = text.length();
            text.append(number).append(". (C) ").append(body);
            paragraphs.add(new Paragraph(number, "C", body, start, text.length()));
            text.append("\n\n");
        }
        return new ParsedCable(id, "OTTAWA", null, "ROUTINE", "CONFIDENTIAL", List.of(), List.of(), "REPLY",
                List.of(), null, List.of(), List.of(), paragraphs, List.of(), text.toString());
    }
}
