package org.septel.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.septel.extraction.ExtractionPolicy;

/** Every time class of DOMAIN.md's table, against a cable date (DCT); empty cells are null. */
class TimeNormalizerTest {

    private final TimeNormalizer normalizer = new TimeNormalizer(ExtractionPolicy.defaults());

    @ParameterizedTest(name = "{0} @ {1} -> {2} {3}..{4} ref {5}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # phrase                                                  | DCT        | class       | earliest   | latest     | reference
            soonest                                                   | 2008-09-19 | ASAP        | 2008-09-19 |            |
            as soon as possible                                       | 2008-09-19 | ASAP        | 2008-09-19 |            |
            promptly                                                  | 2008-09-19 | ASAP        | 2008-09-19 |            |
            shortly                                                   | 2008-09-19 | ASAP        | 2008-09-19 |            |
            at the earliest opportunity                               | 2008-09-19 | ASAP        | 2008-09-19 |            |
            without delay                                             | 2008-09-19 | ASAP        | 2008-09-19 |            |
            in the near future                                        | 2008-09-19 | ASAP        | 2008-09-19 |            |
            AS RAPIDLY AS POSSIBLE                                    | 1972-02-25 | ASAP        | 1972-02-25 |            |
            at a later date                                           | 2008-09-19 | UNSPECIFIED | 2008-09-19 |            |
            in due course                                             | 2008-09-19 | UNSPECIFIED | 2008-09-19 |            |
            eventually                                                | 2008-09-19 | UNSPECIFIED | 2008-09-19 |            |
            at some point                                             | 2008-09-19 | UNSPECIFIED | 2008-09-19 |            |
            as they develop                                           | 2007-01-12 | UNSPECIFIED | 2007-01-12 |            |
            by the end of 2008                                        | 2008-09-19 | POINT       | 2008-09-19 | 2008-12-31 |
            by the end of this year                                   | 2008-09-19 | POINT       | 2008-09-19 | 2008-12-31 |
            by October 31                                             | 2008-09-19 | POINT       | 2008-09-19 | 2008-10-31 |
            before Christmas                                          | 2008-09-19 | POINT       | 2008-09-19 | 2008-12-25 |
            by April 17, 2008                                         | 2008-04-10 | POINT       | 2008-04-10 | 2008-04-17 |
            by 11:00 on Tuesday February 10                           | 2009-02-10 | POINT       | 2009-02-10 | 2009-02-10 |
            by January 8                                              | 2010-01-04 | POINT       | 2010-01-04 | 2010-01-08 |
            by January 8                                              | 2009-12-22 | POINT       | 2009-12-22 | 2010-01-08 |
            no later than 15 May 2009                                 | 2009-02-10 | POINT       | 2009-02-10 | 2009-05-15 |
            by the end of the month                                   | 2008-09-19 | POINT       | 2008-09-19 | 2008-09-30 |
            before January 31                                         | 2010-01-26 | POINT       | 2010-01-26 | 2010-01-31 |
            by 2014                                                   | 2008-06-30 | POINT       | 2008-06-30 | 2014-12-31 |
            on October 14                                             | 2008-09-19 | POINT       | 2008-09-19 | 2008-10-14 |
            today                                                     | 2010-02-26 | POINT       | 2010-02-26 | 2010-02-26 |
            tomorrow                                                  | 2010-02-26 | POINT       | 2010-02-26 | 2010-02-27 |
            near the end of 2008                                      | 2008-09-19 | FUZZY       | 2008-11-15 | 2008-12-31 |
            towards the end of 2008                                   | 2008-09-19 | FUZZY       | 2008-11-15 | 2008-12-31 |
            late 2008                                                 | 2008-09-19 | FUZZY       | 2008-09-01 | 2008-12-31 |
            early 2009                                                | 2008-09-19 | FUZZY       | 2009-01-01 | 2009-04-30 |
            early next year                                           | 2008-09-19 | FUZZY       | 2009-01-01 | 2009-04-30 |
            mid-2009                                                  | 2008-09-19 | FUZZY       | 2009-05-01 | 2009-08-31 |
            mid-March                                                 | 2008-09-19 | FUZZY       | 2009-03-11 | 2009-03-20 |
            late October                                              | 2008-09-19 | FUZZY       | 2008-10-21 | 2008-10-31 |
            the first few months of 2009                              | 2008-09-19 | FUZZY       | 2009-01-01 | 2009-04-30 |
            in the first few months of 2009                           | 2008-09-19 | FUZZY       | 2009-01-01 | 2009-04-30 |
            the first half of 2010                                    | 2009-10-27 | FUZZY       | 2010-01-01 | 2010-06-30 |
            in the fall of 2005                                       | 2004-11-18 | FUZZY       | 2005-09-01 | 2005-11-30 |
            in September                                              | 2008-01-15 | FUZZY       | 2008-09-01 | 2008-09-30 |
            in 2011                                                   | 2008-09-22 | FUZZY       | 2011-01-01 | 2011-12-31 |
            the January-February 2010 timeframe                       | 2010-01-04 | FUZZY       | 2010-01-01 | 2010-02-28 |
            over the next six months                                  | 2008-09-19 | ROLLING     | 2008-09-19 | 2009-03-19 |
            within two weeks                                          | 2008-09-19 | ROLLING     | 2008-09-19 | 2008-10-03 |
            next week                                                 | 2008-09-19 | ROLLING     | 2008-09-19 | 2008-09-26 |
            in the next 10-14 days                                    | 2010-02-26 | ROLLING     | 2010-02-26 | 2010-03-12 |
            in the next two weeks                                     | 2004-09-02 | ROLLING     | 2004-09-02 | 2004-09-16 |
            in the coming weeks                                       | 2008-09-19 | ROLLING     | 2008-09-19 | 2008-10-10 |
            for the next three months                                 | 2003-06-03 | ROLLING     | 2003-06-03 | 2003-09-03 |
            in a few weeks                                            | 2008-09-19 | ROLLING     | 2008-09-19 | 2008-10-10 |
            shortly before the next quadripartite meeting             | 2008-09-19 | EVENT       | 2008-09-19 |            |
            after the election                                        | 2008-09-19 | EVENT       | 2008-09-19 |            |
            upon his return to Washington                             | 2010-02-01 | EVENT       | 2010-02-01 |            |
            in advance of that meeting                                | 2008-09-19 | EVENT       | 2008-09-19 |            |
            when he returned to Washington                            | 2004-09-02 | EVENT       | 2004-09-02 |            |
            during Lula's December 10 visit to Washington             | 2002-11-22 | EVENT       | 2002-11-22 |            | 2002-12-10
            until the results of the October 14 election were clear   | 2008-09-19 | CONDITION   | 2008-09-19 |            | 2008-10-14
            once this happens                                         | 2010-02-26 | CONDITION   | 2010-02-26 |            |
            as soon as the new government is formed                   | 2008-09-19 | CONDITION   | 2008-09-19 |            |
            """)
    void normalisesPhrase(String phrase, LocalDate dct, TimeClass expectedClass, LocalDate earliest,
                          LocalDate latest, LocalDate reference) {
        TimeExpression e = normalizer.parse(phrase, dct).orElseThrow(() -> new AssertionError("no time in " + phrase));
        assertThat(e.text()).isEqualToIgnoringCase(phrase);
        assertThat(e.timeClass()).isEqualTo(expectedClass);
        assertThat(e.earliest()).isEqualTo(earliest);
        assertThat(e.latest()).isEqualTo(latest);
        assertThat(e.referenceDate()).isEqualTo(reference);
    }

    @ParameterizedTest(name = "no time in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Caza commented that the points were well timed
            she may attend the meeting
            he reviewed the report on May issues
            """)
    void findsNothingWhereThereIsNoTime(String sentence) {
        assertThat(normalizer.find(sentence, LocalDate.of(2008, 9, 19))).isEmpty();
    }
}
