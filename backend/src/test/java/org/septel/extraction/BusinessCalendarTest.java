package org.septel.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessCalendarTest {

    private final BusinessCalendar calendar = BusinessCalendar.usFederal();

    @ParameterizedTest(name = "{0} is a US federal holiday")
    @CsvSource({
            "2008-01-01", "2008-01-21", "2008-02-18", "2008-05-26", "2008-07-04", "2008-09-01", "2008-10-13",
            "2008-11-11", "2008-11-27", "2008-12-25",
            // observed: 4 July 2009 was a Saturday, Christmas 2010 a Saturday, 1 January 2012 a Sunday
            "2009-07-03", "2010-12-24", "2012-01-02",
            // New Year 2011 fell on a Saturday and was observed on Friday 31 December 2010
            "2010-12-31",
            // Juneteenth from 2021 only
            "2021-06-18",
            // Veterans Day on the fourth Monday of October in 1971-1977
            "1972-10-23"})
    void knowsFederalHolidays(LocalDate date) {
        assertThat(calendar.isHoliday(date)).isTrue();
        assertThat(calendar.isBusinessDay(date)).isFalse();
    }

    @ParameterizedTest(name = "{0} is an ordinary day")
    @CsvSource({"2008-09-19", "2009-07-06", "2020-06-19", "1985-01-21", "1972-11-10"})
    void ordinaryDaysAreNotHolidays(LocalDate date) {
        assertThat(calendar.isHoliday(date)).isFalse();
    }

    @Test
    void weekendsAreNotBusinessDays() {
        assertThat(calendar.isBusinessDay(LocalDate.of(2008, 9, 20))).isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2008, 9, 21))).isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2008, 9, 22))).isTrue();
    }

    @ParameterizedTest(name = "{0} + {1} business days = {2}")
    @CsvSource({
            // Friday 19 Sep 2008: ten business days span two weekends and no holiday
            "2008-09-19, 10, 2008-10-03",
            "2008-09-19, 20, 2008-10-20",
            "2008-09-19, 1, 2008-09-22",
            // across Thanksgiving and the day after Christmas 2008 (executive order)
            "2008-11-26, 1, 2008-11-28",
            "2008-12-24, 1, 2008-12-29",
            "2008-09-19, 0, 2008-09-19"})
    void addsBusinessDays(LocalDate from, int days, LocalDate expected) {
        assertThat(calendar.plusBusinessDays(from, days)).isEqualTo(expected);
    }

    @Test
    void subtractsBusinessDays() {
        assertThat(calendar.minusBusinessDays(LocalDate.of(2008, 12, 31), 2)).isEqualTo(LocalDate.of(2008, 12, 29));
        assertThat(calendar.plusBusinessDays(LocalDate.of(2008, 12, 31), -2)).isEqualTo(LocalDate.of(2008, 12, 29));
    }

    @Test
    void onOrAfterSkipsToTheNextBusinessDay() {
        assertThat(calendar.onOrAfter(LocalDate.of(2008, 12, 25))).isEqualTo(LocalDate.of(2008, 12, 29));
    }

    @Test
    void customCalendarUsesItsOwnWeekendAndHolidays() {
        BusinessCalendar gulf = BusinessCalendar.of(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY),
                List.of(LocalDate.of(2009, 12, 2)));
        assertThat(gulf.isBusinessDay(LocalDate.of(2009, 12, 4))).isFalse();
        assertThat(gulf.isBusinessDay(LocalDate.of(2009, 12, 6))).isTrue();
        assertThat(gulf.isBusinessDay(LocalDate.of(2009, 12, 2))).isFalse();
        assertThat(gulf.plusBusinessDays(LocalDate.of(2009, 12, 1), 2)).isEqualTo(LocalDate.of(2009, 12, 6));
    }

    @Test
    void rulesCanBeReadFromData() {
        BusinessCalendar calendar = BusinessCalendar.fromRules(new StringReader(
                "# test\nRemembrance Day\tfixed 11-11\t1931\t-\tnone\nLabour Day\tnth 1 MONDAY SEPTEMBER\t1894\t-\tnone\n"));
        assertThat(calendar.isHoliday(LocalDate.of(2008, 11, 11))).isTrue();
        assertThat(calendar.isHoliday(LocalDate.of(2008, 9, 1))).isTrue();
        assertThat(calendar.isHoliday(LocalDate.of(2008, 12, 25))).isFalse();
    }
}
