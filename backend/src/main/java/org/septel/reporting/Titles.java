package org.septel.reporting;

/** A follow-up's one-line title: who, then what. */
final class Titles {

    private Titles() {
    }

    static String of(String counterpart, String action) {
        boolean who = counterpart != null && !counterpart.isBlank();
        boolean what = action != null && !action.isBlank();
        if (who && what) {
            return counterpart.strip() + ": " + action.strip();
        }
        return who ? counterpart.strip() : what ? action.strip() : "(no action text)";
    }
}
