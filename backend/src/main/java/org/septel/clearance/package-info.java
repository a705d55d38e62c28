/**
 * Need-to-know: classification levels, portion markings and a person's clearance, and the one policy that decides
 * what of a cable a person may see. Every path that shows cable content asks this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Need-to-know")
package org.septel.clearance;
