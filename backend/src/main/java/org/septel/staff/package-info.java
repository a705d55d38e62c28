/**
 * Staff: the people who use Septel, their role and desk, and their login credentials (stored as bcrypt hashes).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff")
package org.septel.staff;
