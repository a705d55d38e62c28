package org.septel.extraction;

/** The clause that states a follow-up; start/end index ParsedCable.text(), end exclusive. */
public record Evidence(int start, int end, String text) {

    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
