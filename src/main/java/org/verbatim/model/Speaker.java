package org.verbatim.model;

/** A voice in one interview: the short id that labels turns, a display name, a role and an optional person id. */
public record Speaker(String id, String name, Role role, String person) {

    public boolean asksQuestions() {
        return role == Role.INTERVIEWER;
    }
}
