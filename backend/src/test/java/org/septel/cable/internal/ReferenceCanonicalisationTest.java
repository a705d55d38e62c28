package org.septel.cable.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** REF texts as they appear in the corpus (after "REF:"), with the cables a reader finds in them. */
class ReferenceCanonicalisationTest {

    static Stream<Arguments> corpusReferenceLines() {
        return Stream.of(
                // whole REF blocks, one per corpus cable that has one
                refs("HARARE 6584", 0, "00HARARE6584"),
                refs("A. 99 PRETORIA 12315  B. 99 PRETORIA 12316  C. 00 PRETORIA 9150  D. 00 CAPE TOWN 2150  "
                        + "E. PRETORIA 425  F. PRETORIA 533  G. CAPE TOWN 179  H. PRETORIA 619", 1,
                        "99PRETORIA12315 99PRETORIA12316 00PRETORIA9150 00CAPETOWN2150 01PRETORIA425 01PRETORIA533"
                                + " 01CAPETOWN179 01PRETORIA619"),
                refs("None", 3, ""),
                refs("Abu Dhabi 1384", 3, "03ABUDHABI1384"),
                refs("PARIS 8760 AND PREVIOUS", 5, "05PARIS8760"),
                refs("A) BUCHAREST 0536 B) 2005 BUCHAREST 2550", 6, "06BUCHAREST536 05BUCHAREST2550"),
                refs("A. NEW DELHI 420Q QA\"z_1in on July 24, the Left parties", 6, ""),
                refs("SECSTATE 119436", 6, "06STATE119436"),
                refs("05 NEW DELHI 8782", 6, "05NEWDELHI8782"),
                refs("A. STATE 124823   ¶B. GUHA-CARTER E-MAIL (07SEP07)  ¶C. BERN 860  ¶D. STATE 123352", 7,
                        "07STATE124823 07BERN860 07STATE123352"),
                refs("DUBAI 00018", 7, "07DUBAI18"),
                refs("06 KINGSTON 1280", 7, "06KINGSTON1280"),
                refs("KUALA LUMPUR", 7, ""),
                refs("MADRID 1670 AND PREVIOUS", 7, "07MADRID1670"),
                refs("A. (A) PARIS 1784 AND PREVIOUS ¶B. (B) EMBASSY PARIS DAILY SIPRNET REPORT FOR MAY 4 "
                        + "¶C. 2007 AND PREVIOUS", 7, "07PARIS1784"),
                refs("STATE 10313", 7, "07STATE10313"),
                refs("A. PARKER/PETTIT E-MAIL 1/4/07 ¶B. STATE 203879", 7, "07STATE203879"),
                refs("A. BEIRUT 584 ¶B. BEIRUT 573", 8, "08BEIRUT584 08BEIRUT573"),
                refs("A. LAGOS 365  B. LAGOS 366", 8, "08LAGOS365 08LAGOS366"),
                refs("OTTAWA 1216", 8, "08OTTAWA1216"),
                refs("06 REYKJAVIK 431", 8, "06REYKJAVIK431"),
                refs("2007 VLADIVOSTOK 095", 8, "07VLADIVOSTOK95"),
                refs("A. STATE 99000      B. STATE 97505", 8, "08STATE99000 08STATE97505"),
                refs("A. A. BRUSSELS 205 ¶B. B. BRUSSELS 41 ¶C. C. 2008 BRUSSELS 1468 ¶D. D. BRUSSELS 101", 9,
                        "09BRUSSELS205 09BRUSSELS41 08BRUSSELS1468 09BRUSSELS101"),
                refs("ISLAMABAD 2074", 9, "09ISLAMABAD2074"),
                refs("(A) ANKARA 1516 (EXDIS) (B) ISTANBUL 421 (C) ISTANBUL 290 (D) 2008 ISTANBUL 85 (E) 2008 "
                        + "ISTANBUL 146 (F) ISTANBUL 425 (G) ANKARA 1704", 9,
                        "09ANKARA1516 09ISTANBUL421 09ISTANBUL290 08ISTANBUL85 08ISTANBUL146 09ISTANBUL425 09ANKARA1704"),
                refs("BERLIN 1340", 9, "09BERLIN1340"),
                refs("PARIS 997", 9, "09PARIS997"),
                refs("STATE 70129", 9, "09STATE70129"),
                refs("Paris 559", 9, "09PARIS559"),
                refs("SANAA 002208", 9, "09SANAA2208"),
                refs("A. UNVIE 109 ¶B. UNVIE 201", 9, "09UNVIE109 09UNVIE201"),
                refs("STATE 061807", 9, "09STATE61807"),
                refs("08 UNVIE 663 (NOTAL)", 9, "08UNVIE663"),
                refs("UNVIE 00266", 9, "09UNVIE266"),
                refs("UNVIE 544", 9, "09UNVIE544"),
                refs("A. VILNIUS 533 ¶B. VILNIUS 527 ¶C. TALLIN 309 ¶D. RIGA 514 ¶E. SECRETARY (SECTO) 007", 9,
                        "09VILNIUS533 09VILNIUS527 09TALLIN309 09RIGA514 09SECTO7"),
                refs("STATE 6467", 9, "09STATE6467"),
                refs("ABUJA 207; FEB 24 A/S CARSON-AMB SANDERS TELCON", 10, "10ABUJA207"),
                refs("09 DAKAR 1069", 10, "09DAKAR1069"),
                refs("09 LONDON 2569", 10, "09LONDON2569"),
                refs("A. 10SHENYANG 003  B. 09SHENYANG 167", 10, "10SHENYANG3 09SHENYANG167"),
                refs("TEL AVIV 404", 10, "10TELAVIV404"),
                refs("TEHRAN 1091: TEHRAN 263: MOSCOW 1603", 72, "72TEHRAN1091 72TEHRAN263 72MOSCOW1603"),
                // single items taken from the blocks above
                refs("D. 00 CAPE TOWN 2150", 1, "00CAPETOWN2150"),
                refs("G. CAPE TOWN 179", 1, "01CAPETOWN179"),
                refs("¶B. GUHA-CARTER E-MAIL (07SEP07)", 7, ""),
                refs("¶B. (B) EMBASSY PARIS DAILY SIPRNET REPORT FOR MAY 4", 7, ""),
                refs("¶C. 2007 AND PREVIOUS", 7, ""),
                refs("¶C. C. 2008 BRUSSELS 1468", 9, "08BRUSSELS1468"),
                refs("(E) 2008 ISTANBUL 146", 9, "08ISTANBUL146"),
                refs("(A) ANKARA 1516 (EXDIS)", 9, "09ANKARA1516"),
                refs("¶E. SECRETARY (SECTO) 007", 9, "09SECTO7"),
                refs("FEB 24 A/S CARSON-AMB SANDERS TELCON", 10, ""),
                refs("B) 2005 BUCHAREST 2550", 6, "05BUCHAREST2550"),
                refs("B. 09SHENYANG 167", 10, "09SHENYANG167"),
                // forms seen in other cables of the release
                refs("A. 06 KUWAIT 4637 B. 2008 BRASILIA 775", 8, "06KUWAIT4637 08BRASILIA775"),
                refs("BUENOS AIRES 56", 8, "08BUENOSAIRES56"),
                refs("USUN NEW YORK 1047", 9, "09USUNNEWYORK1047"),
                refs("A. STATE 12345 B. STATE 12345", 9, "09STATE12345"));
    }

    @ParameterizedTest(name = "[{index}] REF: {0}")
    @MethodSource("corpusReferenceLines")
    void findsTheCablesAReaderFinds(String refText, int citingYear, List<String> expected) {
        assertThat(References.canonicalIds(refText, citingYear)).containsExactlyElementsOf(expected);
    }

    private static Arguments refs(String text, int citingYear, String expected) {
        List<String> ids = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" "));
        return Arguments.of(text, citingYear, ids);
    }
}
