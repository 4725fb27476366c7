package org.verbatim.model;

import java.util.Locale;
import java.util.Optional;

/** The part a speaker plays; questions and answers are styled by role, not by speaker id. */
public enum Role {
    INTERVIEWER, INTERVIEWEE, OTHER;

    /** The role named in front matter ({@code interviewer}, …), or empty when the name is unknown. */
    public static Optional<Role> parse(String name) {
        for (Role role : values()) {
            if (role.key().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The lower-case name used in front matter, CSS classes and JSON. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
