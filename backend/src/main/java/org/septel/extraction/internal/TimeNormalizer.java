package org.septel.extraction.internal;

import static org.septel.extraction.internal.DateWords.DAY;
import static org.septel.extraction.internal.DateWords.MONTH_ANY;
import static org.septel.extraction.internal.DateWords.MONTH_FULL;
import static org.septel.extraction.internal.DateWords.NUMBER;
import static org.septel.extraction.internal.DateWords.WEEKDAY;
import static org.septel.extraction.internal.DateWords.YEAR;
import static org.septel.extraction.internal.DateWords.YEAR_REF;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.septel.extraction.ExtractionPolicy;

/**
 * Finds time phrases in a clause and turns them into date ranges relative to the cable date (DCT). Rules are
 * tried in order; where matches overlap the longest wins, so "shortly before the next meeting" is an event and
 * not "shortly". Immutable and thread-safe.
 */
public final class TimeNormalizer {

    private interface Handler {
        /** Null when the match does not denote a usable time after all. */
        TimeExpression build(Matcher m, LocalDate dct);
    }

    /** {@code triggers}: lower-case fragments one of which must be in the text for the regex to be tried. */
    private record Rule(Pattern pattern, Handler handler, String[] triggers, FirstChars firstChars) {

        boolean mayMatch(String lower) {
            for (String trigger : triggers) {
                if (lower.contains(trigger)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final ExtractionPolicy policy;
    private final List<Rule> rules = new ArrayList<>();
    private int firstConditionRule;

    public TimeNormalizer(ExtractionPolicy policy) {
        this.policy = policy;
        addFuzzyRules();
        addPointRules();
        addRollingRules();
        addAsapAndUnspecifiedRules();
        addEventAndConditionRules();
    }

    /** All non-overlapping time phrases of {@code text}, in text order. */
    public List<TimeExpression> find(CharSequence text, LocalDate dct) {
        return find(text, dct, false);
    }

    /** Only the condition phrases ("until ... are clear", "once ..."), for the rest of a sentence. */
    public List<TimeExpression> findConditions(CharSequence text, LocalDate dct) {
        return find(text, dct, true);
    }

    private List<TimeExpression> find(CharSequence text, LocalDate dct, boolean conditionsOnly) {
        List<TimeExpression> all = new ArrayList<>();
        String lower = text.toString().toLowerCase(Locale.ROOT);
        int[] starts = null;
        int startCount = 0;
        for (int i = conditionsOnly ? firstConditionRule : 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if (!rule.mayMatch(lower)) {
                continue;
            }
            if (starts == null) {
                // Where any rule can start (see opensTimeWord), found once for all the rules.
                starts = new int[text.length()];
                for (int p = 0; p < text.length(); p++) {
                    if (opensTimeWord(text, p)) {
                        starts[startCount++] = p;
                    }
                }
            }
            Matcher m = rule.pattern().matcher(text);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            int n = text.length();
            int next = 0;
            for (int s = 0; s < startCount; s++) {
                // What Matcher.find would do: the next try starts after the last match.
                int p = starts[s];
                if (p < next || !rule.firstChars().mayStartWith(text.charAt(p))) {
                    continue;
                }
                m.region(p, n);
                if (m.lookingAt()) {
                    TimeExpression expression = rule.handler().build(m, dct);
                    if (expression != null) {
                        all.add(expression);
                    }
                    next = Math.max(p + 1, m.end());
                }
            }
        }
        all.sort(Comparator.comparingInt((TimeExpression e) -> -(e.end() - e.start()))
                .thenComparingInt(TimeExpression::start));
        List<TimeExpression> chosen = new ArrayList<>();
        for (TimeExpression candidate : all) {
            boolean overlaps = chosen.stream()
                    .anyMatch(c -> c.start() < candidate.end() && candidate.start() < c.end());
            if (!overlaps) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(TimeExpression::start));
        return chosen;
    }

    /**
     * Every rule opens with {@code (?<![\w-])} and then a word character (a letter or digit of its first word),
     * so a rule can only match where a word starts after neither a word character nor a hyphen. Trying the
     * rules there alone spares the look-behind at every other character, which was most of their cost.
     */
    private static boolean opensTimeWord(CharSequence text, int p) {
        if (!WordStartSearch.isWordChar(text.charAt(p))) {
            return false;
        }
        if (p == 0) {
            return true;
        }
        char before = text.charAt(p - 1);
        return before != '-' && !WordStartSearch.isWordChar(before);
    }

    private static final Pattern PAST_MARKERS = Pattern.compile(
            "(?<![\\w-])(?:(?:in|since|during|from|of|until)\\s+(?:early\\s+|mid-?|late\\s+)?((?:19|20)\\d\\d)(?![\\d-])|"
                    + "(?:in|on|since|during)\\s+" + MONTH_FULL + "\\s+((?:19|20)\\d\\d)|"
                    + MONTH_FULL + "\\s+\\d{1,2},\\s+((?:19|20)\\d\\d)|yesterday|last\\s+(?:week|month|year)|"
                    + "earlier\\s+this\\s+(?:week|month|year))", Pattern.CASE_INSENSITIVE);

    /**
     * Whether the text dates itself before the cable ("In October 2008 the ROK agreed to chair", "in 2005 we
     * shifted"), which marks a reported past act rather than an open follow-up.
     */
    public boolean mentionsPastDate(CharSequence text, LocalDate dct) {
        if (dct == null || !mayDateItself(text)) {
            return false;
        }
        Matcher m = PAST_MARKERS.matcher(text);
        while (m.find()) {
            String year = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(5);
            if (year == null) {
                return true;
            }
            int y = Integer.parseInt(year);
            if (y < dct.getYear()) {
                return true;
            }
            if (y == dct.getYear() && m.group(2) != null) {
                Month month = DateWords.month(m.group(2));
                if (month != null && month.getValue() < dct.getMonthValue()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Past dates need a digit or one of a few words; most sentences have neither. */
    private static boolean mayDateItself(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        String lower = text.toString().toLowerCase(Locale.ROOT);
        return lower.contains("yesterday") || lower.contains("last") || lower.contains("earlier");
    }

    /** The longest time phrase in {@code phrase}, for callers that hold a single expression. */
    public Optional<TimeExpression> parse(String phrase, LocalDate dct) {
        return find(phrase, dct).stream().max(Comparator.comparingInt(e -> e.end() - e.start()));
    }

    // ---------------------------------------------------------------- fuzzy parts of periods

    private void addFuzzyRules() {
        add("half", "(?:in |during )?(?:the )?(first|second) half of " + YEAR_REF, (m, dct) -> {
            Integer year = DateWords.year(m.group(2), dct);
            if (year == null) {
                return null;
            }
            boolean first = m.group(1).equalsIgnoreCase("first");
            return fuzzy(m, LocalDate.of(year, first ? 1 : 7, 1),
                    first ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31));
        });
        add("months", "(?:in |during |within )?(?:the )?first (few|couple of|several|two|three|four|five|six) months of "
                + YEAR_REF, (m, dct) -> {
            Integer year = DateWords.year(m.group(2), dct);
            if (year == null) {
                return null;
            }
            String count = m.group(1).toLowerCase(Locale.ROOT);
            int months = count.equals("few") || count.equals("several")
                    ? policy.firstFewMonths() : DateWords.number(count);
            LocalDate start = LocalDate.of(year, 1, 1);
            return fuzzy(m, start, start.plusMonths(months).minusDays(1));
        });
        add("quarter", "(?:in |during )?(?:the )?(first|second|third|fourth|last) quarter of " + YEAR_REF, (m, dct) -> {
            Integer year = DateWords.year(m.group(2), dct);
            if (year == null) {
                return null;
            }
            int quarter = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "first" -> 1;
                case "second" -> 2;
                case "third" -> 3;
                default -> 4;
            };
            LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
            return fuzzy(m, start, start.plusMonths(3).minusDays(1));
        });
        add("end", "(?:near|towards?|around|approaching|close to) the end of (?:the )?" + YEAR_REF, (m, dct) -> {
            Integer year = DateWords.year(m.group(1), dct);
            if (year == null) {
                return null;
            }
            LocalDate end = LocalDate.of(year, 12, 31);
            return fuzzy(m, end.minusDays(policy.nearEndDays()), end);
        });
        add("end", "(?:at )?the (?:very )?end of (?:the )?" + YEAR_REF, (m, dct) -> {
            Integer year = DateWords.year(m.group(1), dct);
            return year == null ? null : fuzzy(m, LocalDate.of(year, 12, 1), LocalDate.of(year, 12, 31));
        });
        add("end", "(?:(?:near|towards?|around|at) )?the end of (?:the )?month", (m, dct) -> {
            if (dct == null) {
                return null;
            }
            LocalDate end = dct.with(TemporalAdjusters.lastDayOfMonth());
            return fuzzy(m, max(dct, end.minusDays(9)), end);
        });
        add("19|20|year", "(?:in |during )?(early|mid-?|late|the beginning of|the middle of|the start of|the second half of)\\s*"
                + YEAR_REF, (m, dct) -> {
            Integer year = DateWords.year(m.group(2), dct);
            if (year == null) {
                return null;
            }
            String part = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            LocalDate yearStart = LocalDate.of(year, 1, 1);
            LocalDate yearEnd = LocalDate.of(year, 12, 31);
            if (part.startsWith("early") || part.contains("beginning") || part.contains("start")) {
                return fuzzy(m, yearStart, yearStart.plusMonths(policy.earlyMonths()).minusDays(1));
            }
            if (part.startsWith("late") || part.contains("second half")) {
                return fuzzy(m, yearEnd.minusMonths(policy.lateMonths()).plusDays(1), yearEnd);
            }
            return fuzzy(m, LocalDate.of(year, 5, 1), LocalDate.of(year, 8, 31));
        });
        add("january|february|march|april|may|june|july|august|september|october|november|december", "(?:in |during |by )?(early|mid-?|late|the beginning of|the middle of|the end of|end-)\\s*"
                + MONTH_FULL + "(?:,?\\s+" + YEAR + ")?", (m, dct) -> {
            Month month = DateWords.month(m.group(2));
            Integer year = m.group(3) != null ? Integer.valueOf(m.group(3)) : DateWords.yearForMonth(month, dct);
            if (month == null || year == null) {
                return null;
            }
            String part = m.group(1).toLowerCase(Locale.ROOT);
            LocalDate first = LocalDate.of(year, month, 1);
            LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
            if (part.startsWith("early") || part.contains("beginning")) {
                return fuzzy(m, first, first.plusDays(9));
            }
            if (part.startsWith("mid") || part.contains("middle")) {
                return fuzzy(m, first.plusDays(10), first.plusDays(19));
            }
            if (m.group().toLowerCase(Locale.ROOT).startsWith("by") && part.contains("end")) {
                return point(m, dct, last);
            }
            return fuzzy(m, first.plusDays(20), last);
        });
        add("spring|summer|fall|autumn|winter", "(?:in |during )?(?:the )?(spring|summer|fall|autumn|winter) (?:of )?" + YEAR_REF, (m, dct) -> {
            Integer year = DateWords.year(m.group(2), dct);
            if (year == null) {
                return null;
            }
            return switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "spring" -> fuzzy(m, LocalDate.of(year, 3, 1), LocalDate.of(year, 5, 31));
                case "summer" -> fuzzy(m, LocalDate.of(year, 6, 1), LocalDate.of(year, 8, 31));
                case "winter" -> fuzzy(m, LocalDate.of(year, 12, 1), LocalDate.of(year + 1, 2, 1)
                        .with(TemporalAdjusters.lastDayOfMonth()));
                default -> fuzzy(m, LocalDate.of(year, 9, 1), LocalDate.of(year, 11, 30));
            };
        });
        add("january|february|march|april|may|june|july|august|september|october|november|december", "(?:the )?" + MONTH_FULL + "\\s*[-–/]\\s*" + MONTH_FULL + "(?:,?\\s+" + YEAR + ")?(?:\\s+time-?frame)?",
                (m, dct) -> {
                    Month from = DateWords.month(m.group(1));
                    Month to = DateWords.month(m.group(2));
                    Integer year = m.group(3) != null ? Integer.valueOf(m.group(3))
                            : from == null ? null : DateWords.yearForMonth(from, dct);
                    if (from == null || to == null || year == null) {
                        return null;
                    }
                    LocalDate start = LocalDate.of(year, from, 1);
                    int endYear = to.getValue() < from.getValue() ? year + 1 : year;
                    return fuzzy(m, start, LocalDate.of(endYear, to, 1).with(TemporalAdjusters.lastDayOfMonth()));
                });
        add("january|february|march|april|may|june|july|august|september|october|november|december", "(?:in|during|later in|by) " + MONTH_FULL + "(?:,?\\s+" + YEAR + ")?", (m, dct) -> {
            Month month = DateWords.month(m.group(1));
            Integer year = m.group(2) != null ? Integer.valueOf(m.group(2))
                    : month == null ? null : DateWords.yearForMonth(month, dct);
            if (month == null || year == null) {
                return null;
            }
            LocalDate first = LocalDate.of(year, month, 1);
            LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
            if (m.group().toLowerCase(Locale.ROOT).startsWith("by")) {
                return point(m, dct, last);
            }
            return fuzzy(m, first, last);
        });
        add("19|20", "(?:in|during) " + YEAR + "(?![\\d-])", (m, dct) -> {
            int year = Integer.parseInt(m.group(1));
            return fuzzy(m, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        });
        add("year", "(?:later |sometime |some time )?this year", (m, dct) -> dct == null ? null
                : fuzzy(m, dct, LocalDate.of(dct.getYear(), 12, 31)));
    }

    // ---------------------------------------------------------------- points

    private void addPointRules() {
        String clock = "(?:\\d{1,2}(?::\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?|hours|z)?\\s+(?:on\\s+)?)?";
        add("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", "(?:by|before|no later than|not later than|NLT|until)\\s+" + clock + "(?:" + WEEKDAY + ",?\\s+)?"
                + MONTH_ANY + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?(?!\\d)", (m, dct) -> {
            Month month = DateWords.month(m.group(2));
            LocalDate date = date(month, m.group(3), m.group(4), dct);
            if (date == null) {
                return null;
            }
            return point(m, dct, date);
        });
        add("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", "(?:by|before|no later than|not later than|NLT)\\s+(?:" + WEEKDAY + ",?\\s+)?" + DAY + "\\s+"
                + MONTH_ANY + "(?:,?\\s+" + YEAR + ")?", (m, dct) -> {
            Month month = DateWords.month(m.group(3));
            LocalDate date = date(month, m.group(2), m.group(4), dct);
            return date == null ? null : point(m, dct, date);
        });
        add("end", "(?:by|before|no later than)\\s+(?:the\\s+)?end(?:\\s+of\\s+|-)(?:the\\s+)?" + YEAR_REF, (m, dct) -> {
            Integer year = DateWords.year(m.group(1), dct);
            return year == null ? null : point(m, dct, LocalDate.of(year, 12, 31));
        });
        add("end", "(?:by|before)\\s+(?:the\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+)?(week|month)", (m, dct) -> {
            if (dct == null) {
                return null;
            }
            LocalDate end = m.group(1).equalsIgnoreCase("week")
                    ? dct.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY))
                    : dct.with(TemporalAdjusters.lastDayOfMonth());
            return point(m, dct, end);
        });
        add("19|20", "(?:by|before|no later than)\\s+" + YEAR + "(?![\\d-])", (m, dct) -> {
            int year = Integer.parseInt(m.group(1));
            boolean before = m.group().toLowerCase(Locale.ROOT).startsWith("before");
            return point(m, dct, LocalDate.of(before ? year - 1 : year, 12, 31));
        });
        add("christmas|year|thanksgiving", "(?:by|before|until)\\s+(christmas|new\\s+year'?s?(?:\\s+day)?|the\\s+new\\s+year|thanksgiving)",
                (m, dct) -> {
                    if (dct == null) {
                        return null;
                    }
                    String holiday = m.group(1).toLowerCase(Locale.ROOT);
                    LocalDate date;
                    if (holiday.startsWith("christmas")) {
                        date = LocalDate.of(dct.getYear(), 12, 25);
                    } else if (holiday.startsWith("thanksgiving")) {
                        date = LocalDate.of(dct.getYear(), 11, 1)
                                .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
                    } else {
                        date = LocalDate.of(dct.getYear(), 12, 31);
                    }
                    if (date.isBefore(dct)) {
                        date = date.plusYears(1);
                    }
                    return point(m, dct, date);
                });
        add("january|february|march|april|may|june|july|august|september|october|november|december", "on\\s+(?:" + WEEKDAY + ",?\\s+)?" + MONTH_FULL + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?(?!\\d)",
                (m, dct) -> futurePoint(m, dct, dayOf(DateWords.month(m.group(2)), m.group(3), m.group(4), dct)));
        add("january|february|march|april|may|june|july|august|september|october|november|december", "on\\s+" + DAY + "\\s+" + MONTH_FULL + ",?\\s+" + YEAR,
                (m, dct) -> futurePoint(m, dct, dayOf(DateWords.month(m.group(2)), m.group(1), m.group(3), dct)));
        add("today|tonight|afternoon|evening", "today|tonight|afternoon|evening|later today", (m, dct) -> dct == null ? null
                : point(m, dct, dct));
        add("tomorrow", "tomorrow", (m, dct) -> dct == null ? null : point(m, dct, dct.plusDays(1)));
        add("monday|tuesday|wednesday|thursday|friday|saturday|sunday", "(?:by|before|on|until)\\s+(?:this\\s+|next\\s+)?" + WEEKDAY, (m, dct) -> {
            if (dct == null) {
                return null;
            }
            DayOfWeek day = DateWords.weekday(m.group(1));
            LocalDate date = dct.with(TemporalAdjusters.next(day));
            if (m.group().toLowerCase(Locale.ROOT).contains("next")) {
                date = date.plusWeeks(date.isBefore(dct.plusDays(7)) ? 1 : 0);
            }
            return point(m, dct, date);
        });
    }

    // ---------------------------------------------------------------- rolling windows

    private void addRollingRules() {
        add("next|coming|following|upcoming", "(?:over|within|in|during|for)\\s+(?:the\\s+)?(?:next|coming|following|upcoming)\\s+(?:" + NUMBER
                + "\\s+)?(days?|weeks?|months?|years?)", (m, dct) -> rolling(m, dct, m.group(1), m.group(2)));
        add("day|week|month|year", "(?:within|in)\\s+(?:the\\s+)?" + NUMBER + "\\s+(days?|weeks?|months?|years?)(?!\\s+(?:ago|earlier))",
                (m, dct) -> rolling(m, dct, m.group(1), m.group(2)));
        add("next|coming", "(?:in\\s+)?(?:the\\s+)?(?:next|coming)\\s+(?:few\\s+)?(days|weeks|months)", (m, dct) ->
                rolling(m, dct, null, m.group(1)));
        add("next", "(?:over\\s+|during\\s+)?next\\s+(week|month|year)", (m, dct) -> rolling(m, dct, "1", m.group(1)));
        add("week|month", "this\\s+(week|month)", (m, dct) -> {
            if (dct == null) {
                return null;
            }
            LocalDate end = m.group(1).equalsIgnoreCase("week")
                    ? dct.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY))
                    : dct.with(TemporalAdjusters.lastDayOfMonth());
            return expression(m, TimeClass.ROLLING, dct, end, null);
        });
    }

    // ---------------------------------------------------------------- ASAP and unspecified

    private void addAsapAndUnspecifiedRules() {
        add("soon|asap|earliest|possible|delay|prompt|short|immediate|urgent|once|away|expedit|forthwith|quick|near|order|long", "as\\s+soon\\s+as\\s+(?:possible|practicable|feasible)|asap|soonest|at\\s+the\\s+earliest\\s+"
                + "(?:possible\\s+)?(?:opportunity|convenience|date)|as\\s+(?:quickly|rapidly|promptly|"
                + "expeditiously|fast)\\s+as\\s+possible|without\\s+(?:further\\s+)?delay|promptly|shortly|"
                + "immediately|urgently|at\\s+once|right\\s+away|expeditiously|forthwith|quickly|very\\s+soon|soon|"
                + "in\\s+the\\s+near\\s+(?:term|future)|in\\s+short\\s+order|before\\s+long",
                (m, dct) -> expression(m, TimeClass.ASAP, dct, null, null));
        add("later|course|eventual|point|stage|future|sometime|some time|develop|appropriate|possible|available|in time|road", "at\\s+a\\s+later\\s+(?:date|time|stage|point)|in\\s+due\\s+course|eventually|at\\s+some\\s+(?:point|"
                + "stage)|in\\s+the\\s+(?:longer\\s+)?future|sometime|some\\s+time\\s+later|as\\s+(?:it|they|events)"
                + "\\s+develops?|after\\s+some\\s+time|when\\s+(?:it\\s+is\\s+)?(?:appropriate|possible|available)|in\\s+time|later\\s+on|"
                + "down\\s+the\\s+road", (m, dct) -> expression(m, TimeClass.UNSPECIFIED, dct, null, null));
    }

    // ---------------------------------------------------------------- events and conditions

    private void addEventAndConditionRules() {
        addEventRules();
        firstConditionRule = rules.size();
        addConditionRules();
    }

    private void addEventRules() {
        String determiners = "(?:(?:the|his|her|their|its|that|this|next|upcoming|coming|forthcoming|a|an|"
                + "[A-Z][\\w.’'-]*(?:’s|'s))\\s+)+";
        String eventNoun = "(?:meetings?|visits?|summit|elections?|return|conference|session|talks|consultations|"
                + "trip|arrival|departure|inauguration|vote|ministerial|dialogue|round|plenary|hearing|assembly|"
                + "gathering|exercise|negotiations|summit\\s+meeting|G-?\\d+)";
        add("meeting|visit|summit|election|return|conference|session|talks|consultation|trip|arrival|departure|inaugura|vote|ministerial|dialogue|round|plenary|hearing|assembly|gathering|exercise|negotiation|g-|g2|g8|g7", "(?:(?:shortly|just|well|immediately|right|soon|sometime)\\s+)?(?:before|after|following|ahead\\s+of|"
                + "in\\s+advance\\s+of|prior\\s+to|upon|during|at|in\\s+time\\s+for|on\\s+the\\s+margins\\s+of|"
                + "in\\s+the\\s+run-?up\\s+to|on\\s+the\\s+eve\\s+of|by\\s+the\\s+time\\s+of)\\s+" + determiners
                + "(?:[\\w’'.-]+\\s+){0,4}?" + eventNoun + "(?:\\s+(?:to|in)\\s+[A-Z][a-z]+)?"
                + "(?:\\s+(?:on\\s+)?" + MONTH_FULL + "\\s+\\d{1,2})?", this::event);
        add("return|arriv|back", "(?:when|once|after|as\\s+soon\\s+as)\\s+(?:he|she|they|we|the\\s+\\w+)\\s+(?:returns?|returned|arrives?|"
                + "arrived|gets?\\s+back|got\\s+back)(?:\\s+to\\s+[A-Z][a-z]+)?", this::event);
    }

    private void addConditionRules() {
        add("until", "until\\s+(?:after\\s+)?(?:the\\s+)?[^.;:]{3,100}?\\s+(?:is|are|were|was|becomes?|became|has\\s+been|"
                + "have\\s+been)\\s+(?:clear|known|resolved|settled|announced|decided|finished|complete|completed|"
                + "over|formed|in\\s+place|available|final|finali[sz]ed|certified)", this::condition);
        add("once", "once\\s+(?!again|more|a\\s|an\\s|or\\s|in\\s+a|upon)[^.;:,]{3,120}", this::condition);
        add("soon", "as\\s+soon\\s+as\\s+(?!possible|practicable|feasible)[^.;:,]{3,100}", this::condition);
        add("pending|subject", "(?:pending|subject\\s+to)\\s+(?:the\\s+)?(?:outcome|results?|approval|completion|conclusion)\\s+of\\s+"
                + "[^.;:,]{3,80}", this::condition);
    }

    private TimeExpression event(Matcher m, LocalDate dct) {
        return expression(m, TimeClass.EVENT, dct, null, referenceDate(m.group(), dct));
    }

    private TimeExpression condition(Matcher m, LocalDate dct) {
        return expression(m, TimeClass.CONDITION, dct, null, referenceDate(m.group(), dct));
    }

    private static final Pattern INNER_DATE = Pattern.compile(MONTH_FULL + "\\s+" + DAY + "(?:,?\\s+" + YEAR
            + ")?", Pattern.CASE_INSENSITIVE);

    private static LocalDate referenceDate(String text, LocalDate dct) {
        Matcher m = INNER_DATE.matcher(text);
        return m.find() ? date(DateWords.month(m.group(1)), m.group(2), m.group(3), dct) : null;
    }

    // ---------------------------------------------------------------- builders

    private TimeExpression rolling(Matcher m, LocalDate dct, String count, String unit) {
        if (dct == null) {
            // Without a cable date the words still tell the reader when; only the dates stay unknown.
            return expression(m, TimeClass.ROLLING, null, null, null);
        }
        String key = unit.toLowerCase(Locale.ROOT);
        int n;
        if (count != null) {
            n = DateWords.number(count);
        } else if (key.startsWith("day")) {
            n = 7;
        } else if (key.startsWith("week")) {
            n = 3;
        } else if (key.startsWith("month")) {
            n = 3;
        } else {
            n = 2;
        }
        LocalDate end;
        if (key.startsWith("day")) {
            end = dct.plusDays(n);
        } else if (key.startsWith("week")) {
            end = dct.plusWeeks(n);
        } else if (key.startsWith("month")) {
            end = dct.plusMonths(n);
        } else {
            end = dct.plusYears(n);
        }
        return expression(m, TimeClass.ROLLING, dct, end, null);
    }

    private static TimeExpression fuzzy(Matcher m, LocalDate start, LocalDate end) {
        return new TimeExpression(m.start(), m.end(), m.group(), TimeClass.FUZZY, start, end, null);
    }

    private static TimeExpression point(Matcher m, LocalDate dct, LocalDate date) {
        LocalDate earliest = dct == null || dct.isAfter(date) ? date : dct;
        return new TimeExpression(m.start(), m.end(), m.group(), TimeClass.POINT, earliest, date, null);
    }

    private static TimeExpression expression(Matcher m, TimeClass timeClass, LocalDate earliest, LocalDate latest,
                                             LocalDate reference) {
        return new TimeExpression(m.start(), m.end(), m.group(), timeClass, earliest, latest, reference);
    }

    private static LocalDate date(Month month, String day, String year, LocalDate dct) {
        if (month == null) {
            return null;
        }
        int d = Integer.parseInt(day);
        if (year != null) {
            return DateWords.safeDate(Integer.parseInt(year), month, d);
        }
        return DateWords.dateWithoutYear(month, d, dct);
    }

    /** A day named with "on" or bare is a deadline only if it lies ahead; "on January 25" past is history. */
    private static TimeExpression futurePoint(Matcher m, LocalDate dct, LocalDate date) {
        if (date == null || (dct != null && date.isBefore(dct))) {
            return null;
        }
        return point(m, dct, date);
    }

    /** The day in the cable's year when none is written (no roll-over: a past day stays past). */
    private static LocalDate dayOf(Month month, String day, String year, LocalDate dct) {
        if (month == null) {
            return null;
        }
        int d = Integer.parseInt(day);
        if (year != null) {
            return DateWords.safeDate(Integer.parseInt(year), month, d);
        }
        return dct == null ? null : DateWords.safeDate(dct.getYear(), month, d);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private void add(String triggers, String regex, Handler handler) {
        Pattern pattern = Pattern.compile("(?<![\\w-])(?=\\w)(?:" + regex.replace(" ", "\\s+") + ")(?![\\w])",
                Pattern.CASE_INSENSITIVE);
        rules.add(new Rule(pattern, handler, triggers.split("\\|"), FirstChars.of(pattern)));
    }
}
