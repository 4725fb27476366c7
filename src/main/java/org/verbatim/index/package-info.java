/** Topic index, people index and passage tagging: pure functions of the model, computed once per build. */
package org.verbatim.index;
