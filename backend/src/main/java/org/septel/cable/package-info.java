/**
 * Cable intake: cables are filed once by canonical id, kept byte-for-byte, and announced with {@link org.septel.cable.CableRegistered}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cables")
package org.septel.cable;
