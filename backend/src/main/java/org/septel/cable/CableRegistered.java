package org.septel.cable;

/**
 * Published inside the filing transaction when a cable is filed for the first time. It carries the parsed cable so
 * that listeners in the same transaction need not read it again.
 */
public record CableRegistered(CableId cableId, ParsedCable parsed) {
}
