package org.septel.cable;

/** Published inside the filing transaction when a cable is filed for the first time. */
public record CableRegistered(CableId cableId) {
}
