package org.septel.cable;

/** Why an input could not be read as a cable; line and column are 1-based and point at the problem. */
public record ParseError(String message, int line, int column) { }
