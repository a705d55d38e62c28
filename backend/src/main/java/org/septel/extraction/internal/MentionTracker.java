package org.septel.extraction.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the people a cable introduces ("DFAIT Deputy Director for Non-Proliferation Shawn Caza") and every later
 * mention of them by surname, so that "Caza promised" and "he would circulate" resolve to Shawn Caza of DFAIT.
 * One tracker per cable; not shared between threads.
 */
final class MentionTracker {

    private static final String NAME_TOKEN = "(?:[A-Z][a-z][a-zA-Z’'-]*|[A-Z]\\.|(?:Al|al|el|El)-[A-Z][a-zA-Z’'-]+)";
    private static final String PARTICLE = "(?:van|von|de|da|del|dos|al|el|bin|ibn|la|le|di|du|Abdul|bin\\s+Abdul)";
    private static final Pattern NAME = Pattern.compile(
            "(" + NAME_TOKEN + "(?:\\s+(?:" + PARTICLE + "\\s+)?" + NAME_TOKEN + "){0,3}(?:,?\\s+Jr\\.)?)");
    private static final Pattern FILLER = Pattern.compile("\\s+(?:\\([^)\\n]{1,25}\\)|(?:Dr|Mr|Ms|Mrs|Gen|Lt|Col|Prof|Amb|Sen|Adm|Capt)\\.|(?:for|of|on)\\s+(?:the\\s+)?"
            + "(?:[A-Z][\\w/-]*(?:\\s+(?:and\\s+)?[A-Z][\\w/-]*)*?)(?=\\s+[A-Z][a-z]+\\s+[A-Z])|the|,)");
    private static final Pattern PORTION_MARK = Pattern.compile("[A-Z]|SBU|NF|REL|CAN|SIPDIS|NOFORN");
    private static final Person REDACTED = new Person("XXXXXXXXXXXX", null, false, List.of());
    private static final Pattern ACRONYM_ALIAS = Pattern.compile("\\(([A-Z][A-Za-z]{1,5})\\)");
    private static final Pattern APPOSITIVE = Pattern.compile(
            "(?<![\\w.])(" + NAME_TOKEN + "(?:\\s+" + NAME_TOKEN + "){1,3}),\\s+(?:the\\s+)?$");
    private static final Pattern ORG_BEFORE = Pattern.compile(
            "\\(([A-Z]{2,8})\\)|\\b((?:Department|Ministry|Office|Bureau|Council|Commission|Agency)\\s+of\\s+"
                    + "[A-Z][a-z]+(?:\\s+(?:and\\s+)?[A-Z][a-z]+){0,4})|\\b([A-Z]{2,8})\\b(?!\\.)");
    private static final Set<String> NOT_NAMES = Set.of("The", "Embassy", "Ministry", "Department", "Government",
            "House", "Council", "Commission", "Party", "Foundation", "Office", "Bureau", "Affairs", "Minister",
            "President", "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday", "Summary", "Comment", "End", "Note", "Begin", "State", "Secretary", "General", "Deputy",
            "Director", "Ambassador", "Foreign", "Defense", "Justice", "Interior", "Finance", "Prime", "National",
            "Security", "United", "States", "Nations", "Union", "European", "Washington", "Islamic", "Republic",
            "Bank", "Group", "Forces", "Army", "Navy", "Police", "Court", "Assembly", "Congress", "Senate", "Dr", "Mr",
            "Ms", "Mrs", "Gen", "Lt", "Col", "Prof", "Amb", "Sen", "Adm", "Capt");

    private final Lexicon lexicon;
    private final List<Person> persons = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, Person> byAlias = new LinkedHashMap<>();
    private Boolean redactionsInText;

    MentionTracker(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Registers the people named in {@code text[from,to)}; call in text order. */
    void scan(String text, int from, int to) {
        List<int[]> regionWords = new ArrayList<>();
        if (collectWords(text, from, to, regionWords)) {
            // All-capital telegrams give no case cue for names; titles alone would match everywhere.
            scanRedactions(text, from, to, new ArrayList<>());
            return;
        }
        Matcher title = lexicon.title.matcher(text);
        title.useTransparentBounds(true);
        List<Mention> found = new ArrayList<>();
        List<Integer> titleStarts = new ArrayList<>();
        for (int wordStart : titleWordStarts(text, regionWords)) {
            title.region(wordStart, to);
            if (!title.lookingAt()) {
                continue;
            }
            titleStarts.add(title.start());
            int cursor = skipFiller(text, title.end(), to);
            Matcher name = NAME.matcher(text);
            name.region(cursor, to);
            if (!name.lookingAt()) {
                continue;
            }
            String fullName = cleanName(name.group(1));
            if (fullName == null) {
                continue;
            }
            Person person = personFor(fullName, text, title.start(), name.start(),
                    text.substring(title.start(), name.start()));
            found.add(new Mention(title.start(), name.end(), person));
            registerAcronymAlias(text, title.end(), name.start(), person);
            registerAcronymAlias(text, name.end(), Math.min(to, name.end() + 12), person);
        }
        scanRedactions(text, from, to, found);
        // "Daniel Glaser, Acting Assistant Secretary of the Treasury": a name with its title after it.
        for (int titleStart : titleStarts) {
            Matcher appositive = APPOSITIVE.matcher(text);
            appositive.region(Math.max(from, titleStart - 60), titleStart);
            if (!appositive.find()) {
                continue;
            }
            String fullName = cleanName(appositive.group(1));
            int at = appositive.start(1);
            boolean covered = found.stream().anyMatch(m -> m.start() <= at && at < m.end());
            if (fullName == null || covered || fullName.split("\\s+").length < 2) {
                continue;
            }
            Person person = personFor(fullName, text, at, at,
                    text.substring(titleStart, Math.min(to, titleStart + 60)));
            found.add(new Mention(at, appositive.end(1), person));
        }
        // Later mentions by surname or acronym: look each word up rather than scan with a pattern per alias.
        for (int[] word : regionWords) {
            if (!Character.isUpperCase(text.charAt(word[0]))) {
                continue;
            }
            String bare = bareWord(text, word[0], word[1]);
            Person person = byAlias.get(bare);
            int at = word[0];
            if (person != null && found.stream().noneMatch(m -> m.start() <= at && at < m.end())) {
                found.add(new Mention(word[0], word[0] + bare.length(), person));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        mentions.addAll(found);
    }

    /** The last person named before {@code position}, for "he", "she" and "who". */
    Person lastPersonBefore(int position) {
        Person last = null;
        for (Mention mention : mentions) {
            if (mention.end() <= position) {
                last = mention.person();
            }
        }
        return last;
    }

    /** The first mention that starts inside {@code [from,to)}, or null. */
    Mention firstMentionWithin(int from, int to) {
        for (Mention mention : mentions) {
            if (mention.start() >= from && mention.start() < to) {
                return mention;
            }
        }
        return null;
    }

    /** Starts of the words in {@code [from,to)} that may open a title. */
    private List<Integer> titleWordStarts(String text, List<int[]> regionWords) {
        List<Integer> starts = new ArrayList<>();
        for (int[] word : regionWords) {
            if (isTitleWord(text, word[0], word[1])) {
                starts.add(word[0]);
            }
        }
        return starts;
    }

    /**
     * Collects the spans of the white-space separated words of {@code [from,to)} that could name or title someone
     * (capitalised, or a lower-case title word such as "head"), without brackets and trailing commas; and tells,
     * from the same pass, whether the stretch is written mostly in capitals.
     */
    private static boolean collectWords(String text, int from, int to, List<int[]> words) {
        int upper = 0;
        int lower = 0;
        int i = from;
        while (i < to) {
            while (i < to && isSpace(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < to) {
                char c = text.charAt(i);
                if (c >= 'a' && c <= 'z') {
                    lower++;
                } else if (c >= 'A' && c <= 'Z') {
                    upper++;
                } else if (isSpace(c)) {
                    break;
                }
                i++;
            }
            int e = i;
            while (s < e && isOpening(text.charAt(s))) {
                s++;
            }
            while (e > s && isClosing(text.charAt(e - 1))) {
                e--;
            }
            if (e > s && mayNameOrTitle(text.charAt(s))) {
                words.add(new int[] {s, e});
            }
        }
        return upper > 4 * lower;
    }

    /** Where the next run of six x or X starts in {@code [from,to)}, or -1. */
    private static int nextRedaction(String text, int from, int to) {
        int upper = text.indexOf("XXXXXX", from);
        int lower = text.indexOf("xxxxxx", from);
        int at = upper < 0 ? lower : lower < 0 ? upper : Math.min(upper, lower);
        if (at < 0 || at >= to) {
            return -1;
        }
        // Back up to the start of the run, as the pattern's look-behind wants the character before the run.
        while (at > from && (text.charAt(at - 1) == 'X' || text.charAt(at - 1) == 'x')) {
            at--;
        }
        return at;
    }

    private static boolean isAsciiWordChar(char c) {
        return c < 128 && WordStartSearch.isWordChar(c);
    }

    private static boolean isOpening(char c) {
        return c == '(' || c == '"' || c == '“' || c == '\'' || c == '‘' || c == '[';
    }

    private static boolean isClosing(char c) {
        return c == ',' || c == ';' || c == ':' || c == ')' || c == '"' || c == '”' || c == '’' || c == ']';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || (c < 128 ? c <= ' ' && Character.isWhitespace(c) : Character.isWhitespace(c));
    }

    private static boolean mayNameOrTitle(char first) {
        return first >= 'A' && first <= 'Z' || first == 'h' || first == 'l' || first == 'f'
                || first > 127 && Character.isUpperCase(first);
    }

    /** The word without a possessive or a full stop: "Caza's" and "Caza." are mentions of Caza. */
    private static String bareWord(String text, int start, int end) {
        int e = end;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c == '’' || c == '\'' || c == '.') {
                e = k;
                break;
            }
        }
        return text.substring(start, e);
    }

    private boolean isTitleWord(String text, int start, int end) {
        char first = text.charAt(start);
        if (!Character.isUpperCase(first) && first != 'h' && first != 'l' && first != 'f') {
            return false;
        }
        String word = text.substring(start, end);
        if (lexicon.titleWords.contains(word)) {
            return true;
        }
        // "Minister's" or a word whose title part is followed by a hyphenated suffix.
        int cut = word.indexOf('’');
        if (cut < 0) {
            cut = word.indexOf('\'');
        }
        return cut > 0 && lexicon.titleWords.contains(word.substring(0, cut));
    }

    /** A redacted source ("XXXXXXXXXXXX said he ...") is a person whom "he" refers back to. */
    private void scanRedactions(String text, int from, int to, List<Mention> found) {
        if (redactionsInText == null) {
            redactionsInText = text.contains("XXXXXX") || text.contains("xxxxxx");
        }
        if (!redactionsInText) {
            return;
        }
        List<Mention> extra = new ArrayList<>();
        // A run of six or more x standing as a word of its own; found with indexOf, as a pattern with a
        // look-behind tried at every character was a tenth of the people tracking.
        for (int at = nextRedaction(text, from, to); at >= 0; ) {
            int end = at;
            while (end < to && (text.charAt(end) == 'X' || text.charAt(end) == 'x')) {
                end++;
            }
            boolean alone = (at == from || !isAsciiWordChar(text.charAt(at - 1)))
                    && (end == to || !WordStartSearch.isWordChar(text.charAt(end)));
            if (alone && end - at >= 6) {
                extra.add(new Mention(at, end, REDACTED));
            }
            at = nextRedaction(text, end, to);
        }
        if (found.isEmpty() && !extra.isEmpty()) {
            mentions.addAll(extra);
        } else {
            found.addAll(extra);
        }
    }

    /** "(MbR)" or "(AgP)" next to a name is how the cable will call that person later. */
    private void registerAcronymAlias(String text, int from, int to, Person person) {
        Matcher acronym = ACRONYM_ALIAS.matcher(text);
        acronym.region(from, Math.max(from, to));
        if (acronym.find()) {
            byAlias.putIfAbsent(acronym.group(1), person);
        }
    }

    private Person personFor(String fullName, String text, int titleStart, int nameStart, String titlePhrase) {
        String[] parts = fullName.replace(", Jr.", "").replace(" Jr.", "").split("\\s+");
        String surname = parts[parts.length - 1];
        Person known = byAlias.get(surname);
        if (known != null && (parts.length == 1 || known.fullName().contains(fullName)
                || fullName.contains(known.fullName()))) {
            return known;
        }
        if (parts.length == 1 && known != null) {
            return known;
        }
        // The organisation sits just before the title ("(DFAIT) Deputy Director", "Department of Finance Senior
        // Economist"); looking further back picks up whoever else the sentence mentions.
        String before = text.substring(Math.max(0, titleStart - 40), titleStart);
        int sentenceCut = before.lastIndexOf(". ");
        String titleText = (sentenceCut >= 0 ? before.substring(sentenceCut + 2) : before).replaceAll("\\s+", " ");
        String wider = text.substring(Math.max(0, titleStart - 30), nameStart);
        boolean usSide = isUsSide(titlePhrase) && !lexicon.hasForeignMarker(wider);
        Person person = new Person(fullName, orgIn(titleText), usSide, aliasesOf(parts));
        persons.add(person);
        for (String alias : person.aliases()) {
            byAlias.putIfAbsent(alias, person);
        }
        byAlias.put(surname, person);
        return person;
    }

    /** Decided by the title attached to the name only, so a U.S. ambassador nearby does not rub off. */
    private boolean isUsSide(String nearTitle) {
        if (lexicon.hasForeignMarker(nearTitle)) {
            return false;
        }
        for (Lexicon.UsTerm term : lexicon.usTerms) {
            if (term.label().equals("PERSON") && term.mayMatch(nearTitle.toLowerCase(java.util.Locale.ROOT))
                    && term.pattern().matcher(nearTitle).find()) {
                return true;
            }
        }
        return false;
    }

    private static String orgIn(String titleText) {
        Matcher m = ORG_BEFORE.matcher(titleText);
        String org = null;
        while (m.find()) {
            String candidate = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            if (!PORTION_MARK.matcher(candidate).matches()) {
                org = candidate.trim();
            }
        }
        return org;
    }

    private static List<String> aliasesOf(String[] parts) {
        List<String> aliases = new ArrayList<>();
        for (String part : parts) {
            String clean = part.replaceAll("[’'].*$", "");
            if (clean.length() >= 3 && Character.isUpperCase(clean.charAt(0)) && !clean.endsWith(".")
                    && !NOT_NAMES.contains(clean)) {
                aliases.add(clean);
            }
        }
        return aliases;
    }

    /** Skips "for Non-Proliferation", "(Iran)" and similar between a title and the name it introduces. */
    private static int skipFiller(String text, int from, int to) {
        int cursor = from;
        Matcher m = FILLER.matcher(text);
        m.region(cursor, to);
        while (m.lookingAt()) {
            cursor = m.end();
            m.region(cursor, to);
        }
        while (cursor < to && Character.isWhitespace(text.charAt(cursor))) {
            cursor++;
        }
        return cursor;
    }

    private static String cleanName(String raw) {
        String[] tokens = raw.split("\\s+");
        StringBuilder name = new StringBuilder();
        for (String token : tokens) {
            String bare = token.replaceAll("[’'],?s$|[’']s$|,$", "");
            if (NOT_NAMES.contains(bare)) {
                break;
            }
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(bare);
            if (!bare.equals(token)) {
                break;
            }
        }
        String result = name.toString().trim();
        if (result.isEmpty() || result.toLowerCase(Locale.ROOT).equals(result)) {
            return null;
        }
        return result;
    }
}
