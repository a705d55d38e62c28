package org.septel.staff;

/** Published inside the enrolment transaction when a person is added to Septel. */
public record StaffEnrolled(StaffMember member) {
}
