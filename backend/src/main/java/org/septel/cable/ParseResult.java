package org.septel.cable;

/** The outcome of parsing one cable: either a {@link Parsed} cable or a {@link Failed} input. */
public sealed interface ParseResult permits ParseResult.Parsed, ParseResult.Failed {

    /** Name of the input the result came from (file name, plus row or page detail where there are several). */
    String source();

    record Parsed(String source, ParsedCable cable) implements ParseResult { }

    record Failed(String source, ParseError error) implements ParseResult { }
}
