/** The newsroom preview: an in-memory site served on loopback, rebuilt on save, with live reload. */
package org.verbatim.preview;
