/**
 * Septel's own REST API under {@code /api} (not the engine's {@code /engine-rest}): stateless HTTP Basic, with the
 * same roles as the screens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "REST API")
package org.septel.api;
