package org.verbatim.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.verbatim.index.SiteIndex;
import org.verbatim.model.Interview;
import org.verbatim.model.Turn;
import org.verbatim.model.Whitespace;

/**
 * The search index as many small files that a query loads on demand, the way Pagefind splits its index: the
 * sorted terms of every passage cut into shards of about {@link #SHARD_BYTES}, a manifest of each shard's first
 * term, and the passages' display data in fragments of {@link #FRAGMENT_SIZE}, fetched only for the results shown.
 * Every file is a script that hands its data to {@code verbatimSearch} when loaded by a {@code <script>} element:
 * browsers refuse {@code fetch} from {@code file://}, but not scripts, so search works from disk and on the web.
 *
 * <p>A posting is a passage (its number, in the order of the fragments) and a weight: how often the term occurs
 * in the passage's words, times four, plus two when it is in the interview's title and one when it is in the
 * speaker's name. Postings are written as base-32 variable-length numbers, the passage as the gap from the one
 * before, in a string of the characters of {@link #DIGITS}; {@code search.js} reads them back.
 */
final class SearchShards {
    /** The folder of the index, from the site root. */
    static final String FOLDER = "search/index/";
    static final String MANIFEST = FOLDER + "manifest.js";
    static final int SHARD_BYTES = 32 * 1024;
    static final int FRAGMENT_SIZE = 32;
    /**
     * About how many passages one part of the index reads, on one core: a part holds the postings of its own terms
     * until they are added to the index's, so a few parts at a time, not all of them.
     */
    private static final int PART_PASSAGES = 5_000;
    /** 32 digits that end a number, then 32 that say more digits follow: every one safe in a JSON string. */
    static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-";
    /** Longer "words" (a URL, a run of digits) are left out of the index, and out of queries. */
    static final int MAX_TERM = 64;
    private static final int SCHEMA_VERSION = 1;

    private final ObjectMapper json = new ObjectMapper();
    private final int partPassages;

    SearchShards() {
        this(PART_PASSAGES);
    }

    /** With parts of about {@code partPassages} passages, for tests of archives too small for more than one. */
    SearchShards(int partPassages) {
        this.partPassages = partPassages;
    }

    /**
     * The postings of one term while the index is built, kept encoded (two or three bytes a posting rather
     * than eight): the passages come in increasing order, so each is written as soon as the next one starts.
     */
    private static final class Postings {
        private byte[] encoded = new byte[8];
        private int length;
        private int previous;
        private int passage = -1;
        private int weight;

        /** One occurrence in the passage's words ({@code flag} 0), or the passage's title or speaker ({@code flag} 2 or 1). */
        void add(int passage, int flag) {
            if (passage != this.passage) {
                flush();
                this.passage = passage;
                weight = 0;
            }
            weight = flag == 0 ? weight + 4 : weight | flag;
        }

        private void flush() {
            if (passage < 0) {
                return;
            }
            append(passage - previous);
            append(weight);
            previous = passage;
        }

        private void append(int value) {
            if (length + 7 > encoded.length) {
                encoded = Arrays.copyOf(encoded, encoded.length * 2);
            }
            number(value, digit -> encoded[length++] = (byte) digit);
        }

        /** Ends the last passage, so that the postings can be read or added to another term's. */
        private void finish() {
            flush();
            passage = -1;
        }

        /**
         * Adds the postings of the same term in later passages, read apart from these: their first passage is
         * written as its distance from 0, and becomes its distance from the last passage here.
         */
        void addAll(Postings later) {
            finish();
            later.finish();
            int first = 0;
            int digits = 0;
            for (int digit; ; ) {
                digit = DIGITS.indexOf(later.encoded[digits++]);
                first = (first << 5) | (digit & 31);
                if (digit < 32) {
                    break;
                }
            }
            append(first - previous);
            if (length + later.length > encoded.length) {
                encoded = Arrays.copyOf(encoded, Math.max(encoded.length * 2, length + later.length));
            }
            System.arraycopy(later.encoded, digits, encoded, length, later.length - digits);
            length += later.length - digits;
            previous = later.previous;
        }

        String encoded() {
            finish();
            return new String(encoded, 0, length, StandardCharsets.US_ASCII);
        }
    }

    /**
     * Writes every file of the index to {@code sink}: fragments as their passages are read, then the shards and
     * the manifest. The passages are read in parts of whole fragments, on every core, a few parts at a time and in
     * order: each part writes its own fragments and gives back the postings of its terms, which are put together
     * part after part, so that only the postings are held until the end, not the passages' text.
     */
    void render(SiteIndex index, PageLinks fromSearchPage, Dates dates, Consumer<RenderedPage> sink) {
        List<Interview> interviews = index.newestFirst();
        int[] firstPassages = new int[interviews.size() + 1];
        for (int i = 0; i < interviews.size(); i++) {
            firstPassages[i + 1] = firstPassages[i] + interviews.get(i).turns().size();
        }
        int passages = firstPassages[interviews.size()];
        int partSize = Math.max(1, partPassages / FRAGMENT_SIZE) * FRAGMENT_SIZE;
        int parts = passages == 0 ? 0 : (passages - 1) / partSize + 1;
        Map<String, Postings> terms = new HashMap<>();
        // Four parts a thread between two merges, so that a thread that finishes its part first takes another.
        int atOnce = 4 * (java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1);
        for (int from = 0; from < parts; from += atOnce) {
            List<Map<String, Postings>> read = java.util.stream.IntStream.range(from, Math.min(parts, from + atOnce))
                    .parallel()
                    .mapToObj(part -> part(interviews, firstPassages, part * partSize,
                            Math.min(passages, (part + 1) * partSize), fromSearchPage, dates, sink))
                    .toList();
            for (Map<String, Postings> part : read) {
                part.forEach((term, postings) -> terms.computeIfAbsent(term, t -> new Postings()).addAll(postings));
            }
        }
        TreeMap<String, Postings> sorted = new TreeMap<>(terms);
        terms.clear();  // the sorted copy holds the postings now, and lets each go once written
        List<String> firsts = shards(sorted, sink);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("schemaVersion", SCHEMA_VERSION);
        manifest.put("passages", passages);
        manifest.put("fragmentSize", FRAGMENT_SIZE);
        manifest.put("shards", firsts);
        sink.accept(script(MANIFEST, "manifest", -1, manifest));
    }

    /**
     * Reads the passages from number {@code start} to {@code end} (excluded; {@code start} is the first of a
     * fragment): writes their fragments to {@code sink} and returns the postings of their terms.
     */
    private Map<String, Postings> part(List<Interview> interviews, int[] firstPassages, int start, int end,
                                       PageLinks fromSearchPage, Dates dates, Consumer<RenderedPage> sink) {
        Map<String, Postings> terms = new HashMap<>();
        Fragments fragments = new Fragments(start / FRAGMENT_SIZE, sink);
        int found = java.util.Arrays.binarySearch(firstPassages, start);
        int first = found >= 0 ? found : -found - 2;
        char[] chars = new char[1024];
        try {
            for (int i = first, passage = start; passage < end; i++) {
                Interview interview = interviews.get(i);
                String date = dates.of(interview);
                // The title's and each speaker's terms are in every passage of theirs: looked up once an interview.
                List<Postings> titleTerms = postings(terms, interview.title());
                Map<String, List<Postings>> speakerTerms = new HashMap<>();
                List<Turn> turns = interview.turns();
                for (int t = passage - firstPassages[i]; t < turns.size() && passage < end; t++, passage++) {
                    Turn turn = turns.get(t);
                    String text = Whitespace.collapse(turn.text());
                    for (String term : terms(text)) {
                        terms.computeIfAbsent(term, k -> new Postings()).add(passage, 0);
                    }
                    for (Postings title : titleTerms) {
                        title.add(passage, 2);
                    }
                    for (Postings speaker : speakerTerms.computeIfAbsent(turn.speaker().name(),
                            name -> postings(terms, name))) {
                        speaker.add(passage, 1);
                    }
                    List<String> shown = new ArrayList<>(List.of(fromSearchPage.passage(interview.slug(), turn.id()),
                            interview.title(), date, turn.speaker().name(), turn.speaker().role().key(),
                            interview.language(), text));
                    if (turn.hasStart()) {  // a timed turn: its time, and the page opened at that moment if it has a recording
                        shown.add(turn.start().label());
                        shown.add(interview.hasMedia()
                                ? fromSearchPage.interview(interview.slug()) + "#t=" + turn.start().decimalSeconds() : "");
                    }
                    chars = fragments.add(shown, chars);
                }
            }
            fragments.finish();
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON into memory", e);
        }
        return terms;
    }

    /** The postings of each term of {@code text}, in order, made where the term has none yet. */
    private static List<Postings> postings(Map<String, Postings> terms, String text) {
        List<Postings> postings = new ArrayList<>();
        for (String term : terms(text)) {
            postings.add(terms.computeIfAbsent(term, k -> new Postings()));
        }
        return postings;
    }

    /**
     * One passage's display data as a JSON array, from a char array: the passages' text is most of the index, and
     * Jackson reads a String one checked charAt at a time, an array as it is. Returns the array, grown if it had to.
     */
    private static char[] writeRow(JsonGenerator generator, List<String> values, char[] chars) throws IOException {
        generator.writeStartArray();
        for (String value : values) {
            if (chars.length < value.length()) {
                chars = new char[Math.max(value.length(), chars.length * 2)];
            }
            value.getChars(0, value.length(), chars, 0);
            generator.writeString(chars, 0, value.length());
        }
        generator.writeEndArray();
        return chars;
    }

    /** The fragment files of a run of passages, each of {@link #FRAGMENT_SIZE} passages, handed over when full. */
    private final class Fragments {
        private final Consumer<RenderedPage> sink;
        private final java.io.ByteArrayOutputStream script = new java.io.ByteArrayOutputStream(1 << 16);
        private JsonGenerator generator;
        private int number;
        private int inFragment;

        Fragments(int first, Consumer<RenderedPage> sink) {
            this.number = first;
            this.sink = sink;
        }

        /** Adds a passage's display data; returns {@code chars}, the array its text is copied through, grown if it had to. */
        char[] add(List<String> shown, char[] chars) throws IOException {
            if (inFragment == 0) {
                script.writeBytes(("verbatimSearch.fragment(" + number + ",").getBytes(StandardCharsets.US_ASCII));
                generator = json.createGenerator(script);
                generator.writeStartArray();
            }
            chars = writeRow(generator, shown, chars);
            if (++inFragment == FRAGMENT_SIZE) {
                finish();
            }
            return chars;
        }

        /** Hands over the fragment being filled, if any. */
        void finish() throws IOException {
            if (inFragment == 0) {
                return;
            }
            generator.writeEndArray();
            generator.close();
            script.writeBytes(");\n".getBytes(StandardCharsets.US_ASCII));
            sink.accept(new RenderedPage(FOLDER + "f" + number + ".js", script.toByteArray()));
            script.reset();
            number++;
            inFragment = 0;
        }
    }

    /** Cuts the sorted terms into shards, a term whose postings alone are large in a shard of its own. */
    private List<String> shards(TreeMap<String, Postings> sorted, Consumer<RenderedPage> sink) {
        List<String> firsts = new ArrayList<>();
        List<String> shardTerms = new ArrayList<>();
        List<String> shardPostings = new ArrayList<>();
        int bytes = 0;
        for (Map.Entry<String, Postings> entry : sorted.entrySet()) {
            String encoded = entry.getValue().encoded();
            int size = encoded.length() + entry.getKey().length() + 8;
            boolean large = size > SHARD_BYTES / 2;
            if (!shardTerms.isEmpty() && (bytes + size > SHARD_BYTES || large)) {
                sink.accept(shard(firsts.size(), shardTerms, shardPostings));
                firsts.add(shardTerms.get(0));
                shardTerms = new ArrayList<>();
                shardPostings = new ArrayList<>();
                bytes = 0;
            }
            shardTerms.add(entry.getKey());
            shardPostings.add(encoded);
            bytes += size;
            entry.setValue(null);  // let go of the postings once written
            if (large) {
                sink.accept(shard(firsts.size(), shardTerms, shardPostings));
                firsts.add(shardTerms.get(0));
                shardTerms = new ArrayList<>();
                shardPostings = new ArrayList<>();
                bytes = 0;
            }
        }
        if (!shardTerms.isEmpty()) {
            sink.accept(shard(firsts.size(), shardTerms, shardPostings));
            firsts.add(shardTerms.get(0));
        }
        return firsts;
    }

    private RenderedPage shard(int number, List<String> terms, List<String> postings) {
        return script(FOLDER + "s" + number + ".js", "shard", number, new Shard(terms, postings));
    }

    /** A shard as JSON: a record, so its keys come in this order on every run (a {@code Map.of} has none). */
    private record Shard(List<String> terms, List<String> postings) {
    }

    private RenderedPage script(String path, String kind, int number, Object data) {
        java.io.ByteArrayOutputStream script = new java.io.ByteArrayOutputStream(SHARD_BYTES + SHARD_BYTES / 2);
        try {
            script.write(("verbatimSearch." + kind + "(" + (number >= 0 ? number + "," : ""))
                    .getBytes(StandardCharsets.US_ASCII));
            try (JsonGenerator generator = json.createGenerator(script)) {
                json.writeValue(generator, data);
            }
            script.write(");\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON into memory", e);
        }
        return new RenderedPage(path, script.toByteArray());
    }

    /**
     * The words of {@code text} as search terms: compatibility forms decomposed ("CO₂" gives "co2"), accents
     * removed (so "souverainete" finds "souveraineté"), lower-cased with one sigma, split on everything that is not
     * a letter or a decimal digit. {@code search.js} folds a query the same way.
     *
     * <p>This runs over every word of the archive: ASCII, most of many texts, is folded as it is read, and only the
     * runs of other characters are decomposed. {@link #termsOfWholeText} is the definition, folding the
     * whole text at once; a property test keeps the two equal.
     */
    static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        char[] term = new char[MAX_TERM + 2];
        int length = 0;
        char[] chars = text.toCharArray();  // read as it is, where charAt checks each index
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    length = append(term, length, c);
                } else if (c >= 'A' && c <= 'Z') {
                    length = append(term, length, (char) (c + ('a' - 'A')));
                } else {
                    length = addTerm(terms, term, length);
                }
                continue;
            }
            // A run of other characters is decomposed at once: every ASCII character is a starter, so no mark
            // is reordered across one, and the run decomposes as it does within the whole text.
            int end = i + 1;
            while (end < chars.length && chars[end] >= 0x80) {
                end++;
            }
            String decomposed = Normalizer.normalize(new String(chars, i, end - i), Normalizer.Form.NFKD);
            i = end - 1;
            for (int j = 0; j < decomposed.length(); ) {
                int point = decomposed.codePointAt(j);
                j += Character.charCount(point);
                int type = Character.getType(point);
                if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                        || type == Character.COMBINING_SPACING_MARK) {
                    continue;
                }
                if (!Character.isLetterOrDigit(point)) {
                    length = addTerm(terms, term, length);
                    continue;
                }
                int lower = Character.toLowerCase(point);
                if (lower == '\u03c2') {
                    lower = '\u03c3';  // final sigma as any sigma
                }
                if (Character.isBmpCodePoint(lower)) {
                    length = append(term, length, (char) lower);
                } else {
                    length = append(term, length, Character.highSurrogate(lower));
                    length = append(term, length, Character.lowSurrogate(lower));
                }
            }
        }
        addTerm(terms, term, length);
        return terms;
    }

    /** Appends {@code c} to the term; past {@link #MAX_TERM} the term only grows in length, to be left out. */
    private static int append(char[] term, int length, char c) {
        if (length < term.length) {
            term[length] = c;
        }
        return length + 1;
    }

    private static int addTerm(List<String> terms, char[] term, int length) {
        if (length > 0 && length <= MAX_TERM) {
            terms.add(new String(term, 0, length));
        }
        return 0;
    }

    /** {@link #terms} as defined: the whole text decomposed, then split and lower-cased term by term. */
    static List<String> termsOfWholeText(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD);
        List<String> terms = new ArrayList<>();
        StringBuilder term = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                term.appendCodePoint(c);
            } else {
                if (term.length() > 0 && term.length() <= MAX_TERM) {
                    terms.add(term.toString().toLowerCase(Locale.ROOT).replace('\u03c2', '\u03c3'));
                }
                term.setLength(0);
            }
        }
        if (term.length() > 0 && term.length() <= MAX_TERM) {
            terms.add(term.toString().toLowerCase(Locale.ROOT).replace('\u03c2', '\u03c3'));
        }
        return terms;
    }

    /** Appends {@code value} in base 32, most significant digit first, every digit but the last marked "more". */
    static void number(StringBuilder out, int value) {
        number(value, digit -> out.append((char) digit));
    }

    private static void number(int value, java.util.function.IntConsumer out) {
        int digits = 1;
        for (int rest = value >>> 5; rest > 0; rest >>>= 5) {
            digits++;
        }
        for (int d = digits - 1; d >= 0; d--) {
            int digit = (value >>> (5 * d)) & 31;
            out.accept(DIGITS.charAt(d > 0 ? 32 + digit : digit));
        }
    }
}
