/** Callout blocks, {@code > [!ed]} and {@code > [!related]}: quotes that are really the editor's insets. */
package org.verbatim.markdown.ext.callout;
