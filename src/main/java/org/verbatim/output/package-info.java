/** Where the bytes go: a staging folder beside the output, swapped in only when the build succeeds. */
package org.verbatim.output;
