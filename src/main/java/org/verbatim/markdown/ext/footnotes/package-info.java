/** Footnote references rendered with namespaced ids and DPUB-ARIA roles, numbered by the assembler. */
package org.verbatim.markdown.ext.footnotes;
