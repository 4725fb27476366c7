package org.verbatim.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Whitespace#collapse} agrees with the plain definition on text full of every kind of whitespace. */
class WhitespaceProperties {

    @Property(tries = 2000, seed = "20261128")
    void collapsingGivesOneSpaceBetweenWordsAndNoneAtTheEnds(@ForAll("spacedText") String text) {
        String collapsed = Whitespace.collapse(text);
        assertThat(collapsed).isEqualTo(reference(text));
        assertThat(Whitespace.collapse(collapsed)).isSameAs(collapsed);  // nothing to do: the same object back
    }

    @Provide
    Arbitrary<String> spacedText() {
        return Arbitraries.strings()
                .withChars(' ', '\n', '\t', '\r', '\u000B', '\u001C', '\u00A0', '\u2003', '\u2028', '\u3000')
                .withChars('a', 'é', 'Z', '’', '\uD83D', '\uDE00')
                .ofMaxLength(60);
    }

    /** The definition: runs of {@link Character#isWhitespace} become one space; none at either end. */
    private static String reference(String text) {
        StringBuilder out = new StringBuilder();
        boolean pending = false;
        for (char c : text.toCharArray()) {
            if (Character.isWhitespace(c)) {
                pending = out.length() > 0;
            } else {
                if (pending) {
                    out.append(' ');
                    pending = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
