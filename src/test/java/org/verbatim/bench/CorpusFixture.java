package org.verbatim.bench;

import java.io.IOException;
import java.nio.file.Path;

/** Generated archives for tests that need more than a handful of interviews. */
public final class CorpusFixture {
    private CorpusFixture() {
    }

    /** Writes {@code count} generated interviews under {@code folder} and returns the folder. */
    public static Path generate(Path folder, int count) throws IOException {
        new CorpusGenerator(7).write(folder, count, 0);
        return folder;
    }
}
