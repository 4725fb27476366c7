package org.verbatim.build;

import java.nio.file.Path;
import org.verbatim.config.SiteSettingsReader;
import org.verbatim.model.Diagnostics;
import org.verbatim.model.SiteSettings;
import org.verbatim.source.ContentFolder;
import org.verbatim.source.SourceReader;
import org.verbatim.source.YamlReader;

/** A content folder's {@code site.yaml} on its own, for commands that need a setting but build nothing. */
public final class SiteSettingsFile {
    private SiteSettingsFile() {
    }

    /** The settings, defaults where the file is missing or broken (build and check report its problems). */
    public static SiteSettings read(Path content) {
        return new SiteSettingsReader(new SourceReader(), new YamlReader())
                .read(new ContentFolder(content).siteFile(), new Diagnostics());
    }
}
