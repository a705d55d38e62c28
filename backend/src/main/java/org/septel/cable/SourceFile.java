package org.septel.cable;

/** One input to an import: its name and bytes, or, when it could not be read, why not. */
public record SourceFile(String name, byte[] bytes, String problem) {

    public static SourceFile readable(String name, byte[] bytes) {
        return new SourceFile(name, bytes, null);
    }

    public static SourceFile unreadable(String name, String problem) {
        return new SourceFile(name, null, problem);
    }

    public boolean isReadable() {
        return problem == null;
    }
}
