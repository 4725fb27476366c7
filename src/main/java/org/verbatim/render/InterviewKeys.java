package org.verbatim.render;

import org.verbatim.model.Interview;

/**
 * A digest that stands for one interview as the site renders it: equal keys, equal interviews. The build makes it
 * from the file, everything reading the file depended on, and where its internal links lead.
 */
@FunctionalInterface
public interface InterviewKeys {
    String of(Interview interview);
}
