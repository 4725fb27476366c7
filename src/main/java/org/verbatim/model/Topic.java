package org.verbatim.model;

import java.util.List;

/**
 * One entry of the topic vocabulary. A pointer entry has {@code see} set to the preferred topic id
 * and no label of its own.
 */
public record Topic(String id, String label, String description, List<String> aliases, List<String> seeAlso,
                    String see) {
    public Topic {
        aliases = List.copyOf(aliases);
        seeAlso = List.copyOf(seeAlso);
    }

    public boolean isPointer() {
        return see != null;
    }
}
