package org.verbatim.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/**
 * JSON that is safe inside a {@code <script>} element: {@code <}, {@code >} and {@code &} are written as
 * {@code \u003c}-style escapes, so no text from content can close the script or start markup.
 */
final class HtmlSafeJson {
    private final ObjectMapper mapper;

    HtmlSafeJson() {
        JsonFactory factory = new JsonFactoryBuilder().characterEscapes(new ScriptEscapes()).build();
        // Sorted keys: the same content gives the same bytes in every run, whatever map a caller passed.
        this.mapper = JsonMapper.builder(factory).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
    }

    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same JSON as UTF-8 bytes. */
    byte[] bytes(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class ScriptEscapes extends CharacterEscapes {
        private final int[] escapes;

        ScriptEscapes() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
