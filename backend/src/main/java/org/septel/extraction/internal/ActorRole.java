package org.septel.extraction.internal;

/** Where a cue's clause names the one who must act. */
enum ActorRole {
    /** Before the cue: "Caza promised". */
    SUBJECT,
    /** The cue's own first words: "we will report", "he would look into". */
    LEADING,
    /** After the cue: "urged the EU to". */
    OBJECT,
    /** The addressed post of a tasking: "Embassy is requested to". */
    POST,
    /** The sending station itself: "will be reported septel". */
    SELF,
    /** A by-phrase after the cue: "promised by the Saudis". */
    AGENT,
    /** The one reported as speaking, for passives: "Pinzon noted that a matrix would be shared". */
    SPEAKER,
    /** No party named ("would like to see a list"): the other side of the exchange must act. */
    NONE
}
