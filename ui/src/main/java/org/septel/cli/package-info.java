/**
 * The jar's subcommands ({@code parse}, {@code import}): they run without the web server, so scripts and
 * administrators can read and load cables from a shell.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line")
package org.septel.cli;
