package org.verbatim.markdown.ext.topicmarks;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Parses {@code {topics: a, -b}}; any other brace stays text. */
final class TopicMarkInlineParser implements InlineParserExtension {
    private static final Pattern MARK = Pattern.compile("\\{topics:([^}\\n]*)\\}");

    @Override
    public void finalizeDocument(InlineParser inlineParser) {
        // stateless
    }

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
        // stateless
    }

    @Override
    public boolean parse(LightInlineParser inlineParser) {
        BasedSequence[] groups = inlineParser.matchWithGroups(MARK);
        if (groups == null) {
            return false;
        }
        inlineParser.flushTextNode();
        List<BasedSequence> entries = new ArrayList<>();
        for (BasedSequence entry : groups[1].split(",")) {
            BasedSequence trimmed = entry.trim();
            if (!trimmed.isEmpty()) {
                entries.add(trimmed);
            }
        }
        inlineParser.getBlock().appendChild(new TopicMarkNode(groups[0], entries));
        return true;
    }

    static final class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "{";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new TopicMarkInlineParser();
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
