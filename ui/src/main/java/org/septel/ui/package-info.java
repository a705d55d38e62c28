/**
 * The Vaadin screens. Views call module APIs only (cable, workflow, staff, security), never repositories or
 * another module's internals.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Screens")
package org.septel.ui;
