/** The command line: one class per command, exit codes decided in one place. */
package org.verbatim.cli;
