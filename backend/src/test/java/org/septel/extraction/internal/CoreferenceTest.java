package org.septel.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** People introduced once with title and organisation, then named by surname, "he", "who" or an acronym. */
class CoreferenceTest {

    private static final String TEXT = "Department of Foreign Affairs and International Trade (DFAIT) Deputy Director "
            + "for Non-Proliferation Shawn Caza and Senior Non-Proliferation Advisor (Iran) Che van Haastrecht "
            + "expressed appreciation. Caza nonetheless promised that he would report back. Econoff shared the "
            + "points with Department of Finance Senior Economist Robert Sample, who similarly promised comments. "
            + "UAE Vice President and Dubai Ruler Sheikh Mohammed bin Rashid al Maktoum (MbR) met U/S Burns. "
            + "MbR asked his aides to help. Daniel Glaser, Acting Assistant Secretary of the Treasury, briefed. "
            + "XXXXXXXXXXXX said he would look into it. Saudi Arabian Ambassador to the US Adel al-Jubeir spoke.";

    private final Lexicon lexicon = new Lexicon();
    private final MentionTracker mentions = new MentionTracker(lexicon);
    private final ActorResolver resolver;

    CoreferenceTest() {
        mentions.scan(TEXT, 0, TEXT.length());
        resolver = new ActorResolver(lexicon, mentions, "Embassy Ottawa");
    }

    private Actor resolveWord(String phrase, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = TEXT.indexOf(phrase, at + 1);
        }
        assertThat(at).as(phrase).isNotNegative();
        return resolver.resolve(TEXT, at, at + phrase.length());
    }

    @Test
    void introductionGivesFullNameAndOrganisation() {
        Actor caza = resolveWord("Caza nonetheless", 0);
        assertThat(caza.name()).isEqualTo("Shawn Caza");
        assertThat(caza.org()).isEqualTo("DFAIT");
        assertThat(caza.usSide()).isFalse();
    }

    @Test
    void heResolvesToTheLastPersonNamed() {
        assertThat(resolveWord("he would report", 0).name()).isEqualTo("Shawn Caza");
    }

    @Test
    void whoResolvesToThePersonJustIntroduced() {
        Actor sample = resolveWord("who similarly", 0);
        assertThat(sample.name()).isEqualTo("Robert Sample");
        assertThat(sample.org()).contains("Department of Finance");
    }

    @Test
    void particlesStayInTheName() {
        assertThat(resolveWord("Che van Haastrecht", 0).name()).isEqualTo("Che van Haastrecht");
    }

    @Test
    void acronymInBracketsBecomesAnAlias() {
        assertThat(resolveWord("MbR asked", 0).name()).isEqualTo("Mohammed bin Rashid al Maktoum");
    }

    @Test
    void usOfficialsAreOnTheUsSide() {
        assertThat(resolveWord("U/S Burns", 0).usSide()).isTrue();
        Actor glaser = resolveWord("Daniel Glaser", 0);
        assertThat(glaser.name()).isEqualTo("Daniel Glaser");
        assertThat(glaser.usSide()).isTrue();
    }

    @Test
    void aForeignAmbassadorIsNotTheUsSide() {
        Actor jubeir = resolveWord("Adel al-Jubeir", 0);
        assertThat(jubeir.usSide()).isFalse();
    }

    @Test
    void redactedSourcesAreTheAntecedentOfHe() {
        assertThat(resolveWord("he would look", 0).name()).isEqualTo("XXXXXXXXXXXX");
    }

    @Test
    void firstPersonPluralIsTheSendingStation() {
        String text = "We will report further developments septel.";
        Actor we = new ActorResolver(lexicon, new MentionTracker(lexicon), "Embassy Ottawa").resolve(text, 0, 2);
        assertThat(we.name()).isEqualTo("Embassy Ottawa");
        assertThat(we.usSide()).isTrue();
    }
}
