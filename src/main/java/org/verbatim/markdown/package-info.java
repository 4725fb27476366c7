/** Parses interview bodies with flexmark (built once per build) and assembles them into the model. */
package org.verbatim.markdown;
