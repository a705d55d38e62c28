package org.septel.cable;

/**
 * A top-level numbered paragraph. {@code start}/{@code end} are char offsets into {@link ParsedCable#text()}
 * (end exclusive) covering the whole paragraph including its "1. (C)" prefix; {@code text} is the body after
 * that prefix with the original line breaks kept. {@code marking} is the normalised portion marking or null.
 */
public record Paragraph(int number, String marking, String text, int start, int end) { }
