package org.verbatim.build;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * A built file in the form its golden copy is stored in: one that shows a change as a few changed lines.
 *
 * <ul>
 * <li>HTML is parsed with jsoup and pretty-printed: block elements one to a line, indented; runs of whitespace
 * collapsed where HTML collapses them (not in {@code pre}). Not jsoup's outline mode, which puts every inline element
 * on a line of its own and so cannot tell {@code A <b>B</b>C} from {@code A <b>B</b> C}: a lost space between words
 * must show. A JSON-LD script is pretty-printed too, but only when that changes nothing but the layout (see
 * {@link #jsonLd}).</li>
 * <li>XML (the feed, the sitemap) is parsed with jsoup's XML parser and printed in outline mode, one element to a
 * line: the XML parser knows no block elements, so ordinary pretty-printing would run siblings together, and these
 * formats have no mixed content for outline mode to blur.</li>
 * <li>JSON is parsed with Jackson and pretty-printed, keys in the order they were written (the order is part of
 * what the build promises to keep stable).</li>
 * <li>The search index's scripts, {@code verbatimSearch.kind(arguments);}, have their JSON arguments
 * pretty-printed: they are data, and one shard is otherwise a single line.</li>
 * <li>Anything else is kept byte for byte.</li>
 * </ul>
 *
 * Normalising compares documents, not bytes: two files that parse to the same tree are the same here. Markup that
 * only a validator would reject is {@code HtmlValidityTest}'s concern, byte-identical output
 * {@code DeterministicOutputTest}'s.
 */
final class NormalisedOutput {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    /** Escapes as the build's own JSON in a script element does, so that a re-written JSON-LD can be compared. */
    private static final ObjectMapper SCRIPT_JSON = JsonMapper.builder(
            new JsonFactoryBuilder().characterEscapes(new ScriptEscapes()).build()).build();
    /** Jackson's layout with {@code \n} on every system, as the jsoup output has. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));
    private static final Pattern SEARCH_SCRIPT = Pattern.compile("verbatimSearch\\.(\\w+)\\((.*)\\);\\n?", Pattern.DOTALL);

    private NormalisedOutput() {
    }

    /** The file at {@code path} (relative to the site) with the bytes {@code bytes}, normalised by its kind. */
    static byte[] of(String path, byte[] bytes) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.endsWith(".html")) {
            return utf8(html(text(bytes)));
        }
        if (name.endsWith(".xml")) {
            return utf8(xml(text(bytes)));
        }
        if (name.endsWith(".json")) {
            return utf8(json(text(bytes)));
        }
        if (path.startsWith("search/index/") && name.endsWith(".js")) {
            return utf8(searchScript(text(bytes)));
        }
        return bytes;
    }

    static String html(String text) {
        Document document = Jsoup.parse(text, "");
        for (Element script : document.select("script[type=application/ld+json]")) {
            jsonLd(script);
        }
        document.outputSettings().prettyPrint(true).outline(false).indentAmount(1)
                .charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
        return document.outerHtml() + "\n";
    }

    static String xml(String text) {
        Document document = Jsoup.parse(text, "", Parser.xmlParser());
        document.outputSettings().prettyPrint(true).outline(true).indentAmount(1)
                .charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.xhtml)
                .syntax(Document.OutputSettings.Syntax.xml);
        return document.outerHtml() + "\n";
    }

    static String json(String text) {
        try {
            return pretty(JSON, JSON.readTree(text)) + "\n";
        } catch (JsonProcessingException e) {
            return text;  // not JSON: compared as it is, so the golden file shows what was written
        }
    }

    static String searchScript(String text) {
        Matcher call = SEARCH_SCRIPT.matcher(text);
        if (!call.matches()) {
            return text;
        }
        try {
            List<String> arguments = new ArrayList<>();
            for (JsonNode argument : JSON.readTree("[" + call.group(2) + "]")) {
                arguments.add(pretty(JSON, argument));
            }
            return "verbatimSearch." + call.group(1) + "(" + String.join(",\n", arguments) + ");\n";
        } catch (JsonProcessingException e) {
            return text;
        }
    }

    /**
     * Pretty-prints a JSON-LD script when the build wrote exactly the compact, script-escaped form of what it parses
     * to; otherwise leaves it as written, so that a change of escaping (a raw {@code <} or {@code &}) shows.
     */
    private static void jsonLd(Element script) {
        String data = script.data();
        try {
            JsonNode tree = SCRIPT_JSON.readTree(data);
            if (SCRIPT_JSON.writeValueAsString(tree).equals(data)) {
                script.empty().appendChild(new DataNode(pretty(SCRIPT_JSON, tree)));
            }
        } catch (JsonProcessingException e) {
            // left as written
        }
    }

    private static String pretty(ObjectMapper mapper, JsonNode tree) throws JsonProcessingException {
        return mapper.writer(PRETTY).writeValueAsString(tree);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code <}, {@code >} and {@code &} as {@code \u003c}-style escapes, like the build's HtmlSafeJson. */
    private static final class ScriptEscapes extends CharacterEscapes {
        private final int[] escapes = standardAsciiEscapesForJSON();

        ScriptEscapes() {
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
