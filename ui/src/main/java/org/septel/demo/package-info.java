/**
 * Demo data for the embedded default: three demo users and the seed cable. Active only in the {@code demo}
 * profile, which is the default when no profile is chosen.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.septel.demo;
