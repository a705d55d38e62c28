package org.septel.ui;

/**
 * Septel's styles are one plain stylesheet on top of Lumo, not a Vaadin theme: a theme with frontend assets of its
 * own would need an npm build, which this project cannot run.
 */
public final class Styles {

    public static final String SEPTEL_CSS = "context://styles/septel.css";

    private Styles() {
    }
}
