/** Finding content files, decoding them, and splitting front matter from body with line offsets. */
package org.verbatim.source;
