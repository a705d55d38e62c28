package org.septel;

import org.septel.cable.CableParser;
import org.septel.cable.ParseResult;
import org.septel.cable.ParsedCable;
import org.septel.cable.ParserLimits;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Any number of realistic cables made from the real corpus cables ({@code /corpus/cables/} on the test classpath,
 * a copy of {@code shared/corpus/cables}): each takes one real cable as its template and varies its station and
 * serial (so its id), its date-time group, the signer and the classifying officer, the time words, and the mix and
 * order of its paragraphs (some dropped, one borrowed from another cable of the same level, all renumbered).
 *
 * <p>Cable {@code i} depends only on the seed and {@code i}, so a corpus is reproducible, can be read from any
 * point, and is never held in memory: {@link #iterator(long, long)} makes one cable at a time. Ids are unique by
 * construction: index {@code i} maps to station {@code i mod S} and serial {@code BASE_SERIAL + i / S}.
 */
public final class SyntheticCorpus {

    /** One generated cable: the id Septel will file it under, a file name for it, and its UTF-8 bytes. */
    public record Cable(long index, String id, String fileName, byte[] bytes) {
    }

    /** Serials start above those of the real corpus cables, so no generated id is a real one. */
    static final int BASE_SERIAL = 200_000;

    private static final String[] EXTRA_STATIONS = {"LONDON", "BERLIN", "TOKYO", "MOSCOW", "BEIJING", "CAIRO",
            "NAIROBI", "LAGOS", "MEXICO", "BRASILIA", "CANBERRA", "ROME", "VIENNA", "WARSAW", "KYIV", "ANKARA",
            "RIYADH", "AMMAN", "BAGHDAD", "KABUL", "ISLAMABAD", "DHAKA", "HANOI", "MANILA", "JAKARTA", "SEOUL",
            "BOGOTA", "LIMA", "SANTIAGO", "CARACAS", "HAVANA", "DAKAR", "ACCRA", "LUANDA", "HARARE", "PRETORIA",
            "TUNIS", "ALGIERS", "RABAT", "TRIPOLI", "MADRID", "LISBON", "OSLO", "STOCKHOLM", "HELSINKI", "DUBLIN"};
    private static final String[] SURNAMES = {"WILKINS", "JACOBSON", "BREESE", "CELLUCCI", "KRAJESKI", "ARNETT",
            "MANZANARES", "LEWIS", "HARTLEY", "OKAFOR", "NAKAMURA", "SILVA", "MORENO", "KOWALSKI", "LINDQVIST",
            "BRENNAN", "ABERNATHY", "DUCHAMP", "ROSSI", "FISCHER", "HADDAD", "MENDES", "TANAKA", "OSEI", "PETROV"};
    private static final String[] TIME_WORDS = {"next week", "next month", "soonest", "shortly", "in the coming days",
            "in the coming weeks", "in the coming months", "by the end of the month", "by the end of the year",
            "in the near future", "at a later date", "within two weeks", "before the end of the week"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final String[] DTG_MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
            "NOV", "DEC"};

    private static final String STATION_SERIAL = "\u0001";
    private static final String POST = "\u0002";
    private static final String DATE_TIME_GROUP = "\u0003";
    private static final String CLASSIFIER = "\u0004";
    private static final String SIGNED = "\u0005";
    private static final Set<String> MARKINGS = Set.of("UNCLASSIFIED", "UNCLAS", "CONFIDENTIAL", "SECRET", "NOFORN",
            "SIPDIS", "SENSITIVE");
    private static final Pattern TIME_WORD = anyOf(TIME_WORDS);
    private static final Pattern MONTH = anyOf(MONTHS);
    private static final Pattern DTG = Pattern.compile("(?m)^(\\s{0,10}(?:[ZOPR]\\s{1,3}(?:[ZOPR]\\s{1,3})?)?)"
            + "\\d{6}Z\\s{1,3}[A-Za-z]{3}\\s{1,3}\\d{2}\\b");
    private static final Pattern PARAGRAPH = Pattern.compile("(?m)^( {0,8}(?:\\[¶\\]\\(#\\)|¶ {0,2})?)(\\d{1,3})( ?\\.)");
    private static final Pattern CLASSIFIED_BY = Pattern.compile("(?im)^(classified by:?\\s+(?:ambassador|polcouns|"
            + "polmincouns|poloff|dcm|charge d'affaires|econcouns|consul general)\\s+)([A-Za-z.\\- ]{2,40}?)([,;.]|\\s+for\\b|\\s+reasons?\\b)");
    private static final Pattern SIGNER = Pattern.compile("(?m)^([A-Z][A-Z'\\-]{2,25})\\s*\\z");

    private final long seed;
    private final List<Template> templates;
    private final String[] stations;

    private SyntheticCorpus(long seed, List<Template> templates) {
        if (templates.isEmpty()) {
            throw new IllegalStateException("no usable template cables");
        }
        this.seed = seed;
        this.templates = templates;
        Set<String> pool = new LinkedHashSet<>();
        templates.forEach(t -> pool.add(t.station.replace(" ", "")));
        pool.addAll(Arrays.asList(EXTRA_STATIONS));
        this.stations = pool.toArray(String[]::new);
    }

    /** A corpus made from the real cables on the classpath under {@code /corpus/cables/}. */
    public static SyntheticCorpus fromClasspath(long seed) {
        List<Template> templates = new ArrayList<>();
        CableParser parser = new CableParser(ParserLimits.defaults());
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:corpus/cables/*.txt");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    Template.of(file.getFilename(), in.readAllBytes(), parser).ifPresent(templates::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SyntheticCorpus(seed, templates);
    }

    /** How many real cables serve as templates. */
    public int templateCount() {
        return templates.size();
    }

    /** Cable number {@code index} of this corpus. */
    public Cable cable(long index) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        Template template = templates.get(random.nextInt(templates.size()));
        String station = stations[(int) (index % stations.length)];
        long serial = BASE_SERIAL + index / stations.length;
        int year = template.fixedYear >= 0 ? template.fixedYear : 1 + random.nextInt(10); // 2001..2010

        // The template text holds placeholders where the varying parts go (see Template.of): the costly searches
        // are done once per template, not once per cable.
        String text = mixParagraphs(template, random);
        text = replaceWords(TIME_WORD, text, TIME_WORDS, random);
        text = replaceWords(MONTH, text, MONTHS, random);
        String dtg = String.format(Locale.ROOT, "%02d%02d%02dZ %s %02d", 1 + random.nextInt(28), random.nextInt(24),
                random.nextInt(60), DTG_MONTHS[random.nextInt(12)], year);
        text = text.replace(STATION_SERIAL, station + " " + String.format(Locale.ROOT, "%06d", serial))
                .replace(POST, station)
                .replace(DATE_TIME_GROUP, dtg)
                .replace(CLASSIFIER, titleCase(SURNAMES[random.nextInt(SURNAMES.length)]))
                .replace(SIGNED, SURNAMES[random.nextInt(SURNAMES.length)]);

        String id = String.format(Locale.ROOT, "%02d%s%d", year, station, serial);
        return new Cable(index, id, id + ".txt", text.getBytes(StandardCharsets.UTF_8));
    }

    /** Cables {@code from} (inclusive) to {@code to} (exclusive), made one at a time as they are read. */
    public Iterator<Cable> iterator(long from, long to) {
        return new Iterator<>() {
            private long next = from;

            @Override
            public boolean hasNext() {
                return next < to;
            }

            @Override
            public Cable next() {
                if (next >= to) {
                    throw new NoSuchElementException();
                }
                return cable(next++);
            }
        };
    }

    /**
     * Writes cables {@code 0..count-1} as files named by their ids, {@code perFolder} to a sub-folder (file systems
     * and directory listings stay fast at 250,000 files). Returns the folder.
     */
    public Path writeTo(Path folder, long count, int perFolder) {
        try {
            for (long i = 0; i < count; i++) {
                Cable cable = cable(i);
                Path sub = folder.resolve(String.format(Locale.ROOT, "part-%05d", i / perFolder));
                if (i % perFolder == 0) {
                    Files.createDirectories(sub);
                }
                Files.write(sub.resolve(cable.fileName()), cable.bytes());
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the head, a random subset of the paragraphs in order (always the last: it carries the signer), maybe one borrowed. */
    private String mixParagraphs(Template template, SplittableRandom random) {
        String text = template.text;
        List<int[]> spans = template.paragraphs;
        if (spans.size() < 2) {
            return text;
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < spans.size() - 1; i++) {
            if (i == 0 || random.nextInt(100) < 75) {
                kept.add(text.substring(spans.get(i)[0], spans.get(i)[1]));
            }
        }
        Template donor = templates.get(random.nextInt(templates.size()));
        if (donor != template && donor.level.equals(template.level) && random.nextBoolean()) {
            int[] span = donor.paragraphs.get(random.nextInt(donor.paragraphs.size() - 1));
            // the donor's own signer or DTG placeholders must not come along
            String borrowed = donor.text.substring(span[0], span[1]).replace(SIGNED, "").replace(DATE_TIME_GROUP, "");
            kept.add(1 + random.nextInt(kept.size()), borrowed);
        }
        kept.add(text.substring(spans.get(spans.size() - 1)[0], spans.get(spans.size() - 1)[1]));
        StringBuilder out = new StringBuilder(text.length() + 256).append(text, 0, spans.get(0)[0]);
        for (int i = 0; i < kept.size(); i++) {
            String paragraph = kept.get(i);
            Matcher m = PARAGRAPH.matcher(paragraph);
            if (m.lookingAt()) {
                paragraph = m.group(1) + (i + 1) + m.group(3) + paragraph.substring(m.end());
            }
            out.append(paragraph);
            if (!paragraph.endsWith("\n")) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** The [start, end) of each numbered paragraph, numbers rising from 1 (so a list inside a paragraph stays in it). */
    private static List<int[]> paragraphSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = PARAGRAPH.matcher(text);
        int expected = 1;
        while (m.find()) {
            if (Integer.parseInt(m.group(2)) == expected) {
                if (!spans.isEmpty()) {
                    spans.get(spans.size() - 1)[1] = m.start();
                }
                spans.add(new int[] {m.start(), text.length()});
                expected++;
            }
        }
        return spans;
    }

    private static String replaceEach(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Any of {@code words}, whole at its right edge. The lookahead on their first letters lets the matcher give up at
     * most positions after one character test instead of trying every alternative there: the generator runs beside
     * the import it feeds in the benchmarks, and this alternation was most of its time.
     */
    private static Pattern anyOf(String[] words) {
        StringBuilder first = new StringBuilder();
        for (String word : words) {
            if (first.indexOf(word.substring(0, 1)) < 0) {
                first.append(word.charAt(0));
            }
        }
        return Pattern.compile("(?=[" + first + "])(?:" + String.join("|", words) + ")\\b");
    }

    /** A leading \\b in the pattern would be tested at every position; checking the match's left edge is far cheaper. */
    private static String replaceWords(Pattern words, String text, String[] choices, SplittableRandom random) {
        return replaceEach(words, text, m -> m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1))
                ? m.group() : choices[random.nextInt(choices.length)]);
    }

    private static String titleCase(String word) {
        return word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    /**
     * One real cable usable as a template: it parses to one cable whose station and serial are found in its text.
     * Its text carries placeholders for the station and serial, the post, the DTG, the classifier and the signer.
     */
    private record Template(String text, String level, String station, List<int[]> paragraphs, int fixedYear) {

        static java.util.Optional<Template> of(String fileName, byte[] bytes, CableParser parser) {
            List<ParseResult> results = parser.parseFile(fileName, bytes);
            if (results.size() != 1 || !(results.get(0) instanceof ParseResult.Parsed parsed)) {
                return java.util.Optional.empty();
            }
            ParsedCable cable = parsed.cable();
            String id = cable.id() != null ? cable.id() : fileName.replace(".txt", "");
            Matcher idParts = Pattern.compile("(\\d{2})([A-Z]+?)(\\d+)").matcher(id);
            if (!idParts.matches() || cable.paragraphs().size() < 2 || cable.id() == null) {
                return java.util.Optional.empty();
            }
            String station = idParts.group(2);
            String serial = idParts.group(3);
            String spelled = String.join("\\s?", station.split(""));
            Pattern stationSerial = Pattern.compile("(?<![A-Z])" + spelled + "\\s{1,8}0*" + serial + "(?!\\d)");
            Pattern post = Pattern.compile("(?m)^(FM\\s+AM(?:EMBASSY|CONSUL)\\s+)" + spelled + "\\b");
            String text = decode(bytes);
            if (!stationSerial.matcher(text).find()) {
                return java.util.Optional.empty();
            }
            text = stationSerial.matcher(text).replaceAll(STATION_SERIAL);
            text = post.matcher(text).replaceAll("$1" + POST);
            // Without a DTG the parser reads the year from the declassification date; keep that year then.
            int fixedYear = -1;
            if (cable.dtg() != null && DTG.matcher(text).find()) {
                text = DTG.matcher(text).replaceFirst("$1" + DATE_TIME_GROUP);
            } else {
                fixedYear = Integer.parseInt(idParts.group(1));
            }
            text = CLASSIFIED_BY.matcher(text).replaceAll("$1" + CLASSIFIER + "$3");
            Matcher signer = SIGNER.matcher(text);
            if (signer.find() && !MARKINGS.contains(signer.group(1))) {
                text = text.substring(0, signer.start(1)) + SIGNED + text.substring(signer.end(1));
            }
            List<int[]> paragraphs = paragraphSpans(text);
            if (paragraphs.size() < 2) {
                return java.util.Optional.empty();
            }
            String level = cable.classification() == null ? "" : cable.classification();
            return java.util.Optional.of(new Template(text, level, station, paragraphs, fixedYear));
        }

        private static String decode(byte[] bytes) {
            try {
                return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return new String(bytes, StandardCharsets.ISO_8859_1);
            }
        }
    }
}
