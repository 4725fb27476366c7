/** Inline editor's notes, {@code [ed: …]}: an editorial insertion inside a speaker's words. */
package org.verbatim.markdown.ext.editornote;
