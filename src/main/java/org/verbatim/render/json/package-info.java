/**
 * The JSON data a site publishes ({@code interviews/<slug>/interview.json}, {@code index.json}): versioned
 * schema records, documented in {@code docs/data.md}, written with Jackson.
 */
package org.verbatim.render.json;
