package org.septel.commitment;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the text, a counterpart key is among the names {@link CounterpartKeys#namesIn} lists for it exactly when
 * the matcher finds it there as a whole word: the lookup before matching never loses a match, and the matcher may
 * test membership instead of running a regex per key (ADR 0027).
 */
class CounterpartKeysPropertiesTest {

    @Property(tries = 2000)
    void a_key_is_among_the_names_of_a_sample_paragraph_exactly_when_found_as_a_whole_word(@ForAll long seed) {
        Random random = new Random(seed);
        String lower = CounterpartSamples.paragraphText(random).toLowerCase(Locale.ROOT);
        Set<String> names = new HashSet<>();
        assertThat(CounterpartKeys.namesIn(lower, names, Integer.MAX_VALUE)).isTrue();
        for (int i = 0; i < 40; i++) {
            for (String key : new String[] {CounterpartKeys.surname(CounterpartSamples.actor(random)),
                    CounterpartKeys.organisation(CounterpartSamples.org(random))}) {
                if (key != null) {
                    assertThat(names.contains(key)).as("%s among the names in %s", key, lower)
                            .isEqualTo(CounterpartKeys.containsWord(lower, key));
                }
            }
        }
    }

    @Property(tries = 2000)
    void a_key_without_spaces_is_among_the_names_of_any_text_exactly_when_found_as_a_whole_word(@ForAll("anyText") String text,
            @ForAll("cuts") int from, @ForAll("cuts") int length) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> names = new HashSet<>();
        CounterpartKeys.namesIn(lower, names, Integer.MAX_VALUE);
        int start = Math.min(from, lower.length());
        String key = lower.substring(start, Math.min(lower.length(), start + 1 + length % 12));
        if (!key.isEmpty() && !key.contains(" ")) {
            assertThat(names.contains(key)).as("%s among the names in %s", key, lower)
                    .isEqualTo(CounterpartKeys.containsWord(lower, key));
        }
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> letters = Arbitraries.strings().withChars("aAbé'-. _\n\t0İ").ofMaxLength(30);
        return Arbitraries.oneOf(letters, Arbitraries.strings().all().ofMaxLength(30));
    }

    @Provide
    Arbitrary<Integer> cuts() {
        return Arbitraries.integers().between(0, 30);
    }

    @Test
    void surnames_and_organisations_are_keyed_as_the_matcher_always_read_them() {
        assertThat(CounterpartKeys.surname("Shawn Caza")).isEqualTo("caza");
        assertThat(CounterpartKeys.surname("Mary O'Brien")).isEqualTo("o'brien");
        assertThat(CounterpartKeys.surname("José Müller")).isEqualTo("mller");
        assertThat(CounterpartKeys.surname("X Ng")).isNull();
        assertThat(CounterpartKeys.surname("  ")).isNull();
        assertThat(CounterpartKeys.organisation("DFAIT")).isEqualTo("dfait");
        assertThat(CounterpartKeys.organisation("MFA\t")).isEqualTo("mfa");
        assertThat(CounterpartKeys.organisation(" DFAIT")).as("a space anywhere names no one organisation").isNull();
        assertThat(CounterpartKeys.organisation("Foreign Ministry")).isNull();
        assertThat(CounterpartKeys.organisation("EU")).isNull();
    }

    @Test
    void names_cover_possessives_hyphen_ends_and_dotted_organisations_not_just_words() {
        Set<String> names = new HashSet<>();
        CounterpartKeys.namesIn("per o'brien's note, smith-jones and (dfait) met\nu.s.a officials; caza", names, 1000);
        assertThat(names).contains("o'brien", "smith-", "smith-jones", "dfait", "u.s.", "caza")
                .doesNotContain("note, smith", "per o");
        for (String key : new String[] {"o'brien", "smith-", "u.s.", "caza", "dfait"}) {
            assertThat(CounterpartKeys.containsWord("per o'brien's note, smith-jones and (dfait) met\nu.s.a officials;"
                    + " caza", key)).as(key).isTrue();
        }
    }

    @Test
    void a_text_with_too_many_names_says_so() {
        Set<String> names = new HashSet<>();
        assertThat(CounterpartKeys.namesIn("a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p", names, 20)).isFalse();
    }
}
