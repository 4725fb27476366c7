/** The build pipeline in a few named stages: load, assemble, render, write. */
package org.verbatim.build;
