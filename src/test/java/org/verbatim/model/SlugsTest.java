package org.verbatim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Slugs in every script: transliterated by default, kept with {@code slugs: unicode}, never empty. */
class SlugsTest {
    private final Slugs ascii = Slugs.ascii();
    private final Slugs unicode = Slugs.of(Slugs.Script.UNICODE);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Łukasz Kowalczyk, lukasz-kowalczyk",
            "Jürgen Straße, jurgen-strasse",
            "张伟, zhang-wei",
            "采访, cai-fang",
            "Михаил Горбачёв, mikhail-gorbachev",
            "Æsir Ørsted, aesir-orsted",
            "Éric Güell, eric-guell",
            "Γιώργος Παπαδόπουλος, giorgos-papadopoulos",
            "ひらがな, hiragana",
            "한국어, hangug-eo",
            "Marina Ferrari, marina-ferrari",
            "'  -- Hello,   World!  ', hello-world",
    })
    void transliteratesEveryScriptToReadableAscii(String text, String slug) {
        assertThat(ascii.of(text)).isEqualTo(slug);
        assertThat(ascii.isSlug(slug)).isTrue();
    }

    @Test
    void arabicAndHebrewGiveLatinLettersToo() {
        assertThat(ascii.of("ليلى حداد")).matches("[a-z0-9]+(-[a-z0-9]+)+");
        assertThat(ascii.of("שלום עולם")).matches("[a-z0-9]+(-[a-z0-9]+)+");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "张伟, 张伟",
            "Михаил Горбачёв, михаил-горбачёв",
            "Jürgen Straße, jürgen-straße",
            "'Łukasz  Kowalczyk!', łukasz-kowalczyk",
            "كلمة واحدة, كلمة-واحدة",
    })
    void unicodeSlugsKeepTheLettersOfEveryScript(String text, String slug) {
        assertThat(unicode.of(text)).isEqualTo(slug);
        assertThat(unicode.isSlug(slug)).isTrue();
        assertThat(ascii.isSlug(slug)).isEqualTo(slug.chars().allMatch(c -> c < 128));
    }

    @Test
    void compatibilityLettersBecomePlainLettersSoEverySlugPassesTheSlugRule() {
        for (String text : new String[] {"ℂafé", "𝐀lpha", "Ｆｕｌｌ width", "ϒpsilon"}) {
            assertThat(unicode.isSlug(unicode.of(text))).as(unicode.of(text)).isTrue();
        }
        assertThat(unicode.of("ℂafé")).isEqualTo("café");
        assertThat(ascii.of("𝐀lpha")).isEqualTo("alpha");
        assertThat(ascii.of("Ｆｕｌｌ width")).isEqualTo("full-width");
    }

    @Test
    void unicodeSlugsAreInNfcWhateverTheInput() {
        String decomposed = "E\u0301lise";
        assertThat(unicode.of(decomposed)).isEqualTo("\u00e9lise");
        assertThat(ascii.of(decomposed)).isEqualTo("elise");
    }

    @Test
    void aTextWithNoLetterFallsBackToAStableHashNeverToNothing() {
        assertThat(ascii.of("🎉🎉")).isEmpty();
        String fallback = ascii.orFallback("🎉🎉", "person");
        assertThat(fallback).matches("person-[0-9a-f]{8}").isEqualTo(ascii.orFallback("🎉🎉", "person"));
        assertThat(ascii.orFallback("!!!", "person")).isNotEqualTo(fallback).matches("person-[0-9a-f]{8}");
        assertThat(unicode.orFallback("…", "section")).matches("section-[0-9a-f]{8}");
        assertThat(ascii.orFallback("Ada", "person")).isEqualTo("ada");
    }

    @Test
    void slugsStayWithinAFileNamesLengthInBytes() {
        assertThat(ascii.of("word ".repeat(100)).length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
        String han = unicode.of("张".repeat(200));
        assertThat(han.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(han).isNotEmpty().doesNotEndWith("-");
        assertThat(ascii.of("张".repeat(200)).length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
    }

    @Test
    void speakerIdsAreLettersAndDigitsOfAnyScriptStartingWithALetter() {
        for (String id : new String[] {"MF", "ÉV", "ŁK", "Ö1", "МИ", "张", "Q"}) {
            assertThat(SpeakerIds.isValid(SpeakerIds.normalize(id))).as(id).isTrue();
        }
        assertThat(SpeakerIds.isValid(SpeakerIds.normalize("E\u0301V"))).isTrue();
        assertThat(SpeakerIds.normalize("E\u0301V")).isEqualTo("ÉV");
        for (String id : new String[] {"1A", "É-V", "A B", "_Q", "\u0301E", ""}) {
            assertThat(SpeakerIds.isValid(SpeakerIds.normalize(id))).as(id).isFalse();
        }
    }
}
