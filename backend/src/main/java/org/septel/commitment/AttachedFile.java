package org.septel.commitment;

/** An attachment's bytes with the name and content type it was uploaded with, for a download. */
public record AttachedFile(String fileName, String contentType, byte[] content) {
}
