package org.verbatim.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link SearchShards#terms}, which folds ASCII as it reads and decomposes the other characters one by one, gives
 * the terms of the definition, {@link SearchShards#termsOfWholeText}, which decomposes the whole text first: on
 * text in many scripts, with accents written both precomposed and as combining marks, compatibility forms,
 * characters beyond the BMP, lone surrogates and terms around the length limit.
 */
class SearchTermsProperties {
    /** Pieces of text: a word of letters from one script, a mark, a separator, or a single awkward character. */
    private static final List<String> PIECES = List.of(
            "Souveraineté", "souverainete\u0301", "L’Europe", "Straße", "ŁUKASZ", "İstanbul", "ΟΔΥΣΣΕΥΣ", "ὀδυσσεύς",
            "Σ", "ς", "张伟", "東京", "한국어", "\u1100\u1161\u11A8", "Ёлка", "क्षत्रिय", "مُحَمَّد", "שָׁלוֹם",
            "CO₂", "ﬁnance", "Ａｂｃ１２", "½", "Ⅻ", "ǅ", "ﬀ", "\uD835\uDC00\uD835\uDC01", "\uD801\uDC00",
            "\uD83D\uDE00", "\uD800", "\uDC00", "\u0301", "\u20DD", "\u0903", "'", "-", " ", "\n", "\u00A0", "2024",
            "x".repeat(63), "y".repeat(64), "z".repeat(65), "é".repeat(33));

    @Property(tries = 3000, seed = "20261203")
    void foldingAsTheTextIsReadGivesTheTermsOfTheDefinition(@ForAll("text") String text) {
        assertThat(SearchShards.terms(text)).isEqualTo(SearchShards.termsOfWholeText(text));
    }

    @Example
    void theDefinitionFoldsAsTheBrowserDoes() {
        assertThat(SearchShards.termsOfWholeText("Souveraineté, L’Europe — CO₂ ΟΔΥΣΣΕΥΣ"))
                .containsExactly("souverainete", "l", "europe", "co2", "οδυσσευσ");
    }

    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES),
                Arbitraries.strings().withCharRange('\u0000', '\u036F').ofMaxLength(4),
                Arbitraries.strings().withCharRange('\u0370', '\u2FFF').ofMaxLength(3),
                Arbitraries.strings().withCharRange('\uF900', '\uFFFF').ofMaxLength(3));
        return piece.list().ofMaxSize(12).map(pieces -> String.join("", pieces));
    }
}
