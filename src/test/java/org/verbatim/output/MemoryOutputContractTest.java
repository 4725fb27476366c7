package org.verbatim.output;

import java.util.Map;
import java.util.TreeMap;

/** Memory's output: the preview's pending files, made a snapshot and read back through it. */
class MemoryOutputContractTest extends SiteOutputContract {
    @Override
    SiteOutput open() {
        return MemorySite.pending();
    }

    @Override
    Map<String, byte[]> finish(SiteOutput output) {
        MemorySite site = MemorySite.empty().with((MemorySite.Pending) output, java.util.Set.of());
        Map<String, byte[]> files = new TreeMap<>();
        site.paths().forEach(path -> files.put(path, site.file(path).orElseThrow()));
        return files;
    }
}
