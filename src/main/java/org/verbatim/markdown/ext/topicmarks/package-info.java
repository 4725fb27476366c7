/** Passage topic marks, {@code {topics: id, -id}}, that tag the turn they end. */
package org.verbatim.markdown.ext.topicmarks;
