package org.verbatim.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** The disk's output: staged beside the site, committed, then read back from the site folder. */
class StagedOutputContractTest extends SiteOutputContract {
    @Override
    SiteOutput open() throws IOException {
        return StagedOutput.beside(temp.resolve("out/site"));
    }

    @Override
    Map<String, byte[]> finish(SiteOutput output) throws IOException {
        StagedOutput staged = (StagedOutput) output;
        staged.commit();
        staged.close();
        Path site = temp.resolve("out/site");
        Map<String, byte[]> files = new TreeMap<>();
        for (String path : SiteOutput.regularFiles(site)) {
            files.put(path, Files.readAllBytes(site.resolve(path)));
        }
        return files;
    }
}
