package org.verbatim;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point one way along the pipeline, as the README's architecture section describes. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.verbatim");

    @Test
    void stagesDependOnlyOnEarlierStages() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy("org.verbatim.cli..")
                .layer("preview").definedBy("org.verbatim.preview..")
                .layer("build").definedBy("org.verbatim.build..")
                .layer("render").definedBy("org.verbatim.render..")
                .layer("output").definedBy("org.verbatim.output..")
                .layer("index").definedBy("org.verbatim.index..")
                .layer("markdown").definedBy("org.verbatim.markdown..")
                .layer("config").definedBy("org.verbatim.config..")
                .layer("source").definedBy("org.verbatim.source..")
                .layer("model").definedBy("org.verbatim.model..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("preview").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("build").mayOnlyBeAccessedByLayers("cli", "preview")
                .whereLayer("render").mayOnlyBeAccessedByLayers("build")
                .whereLayer("output").mayOnlyBeAccessedByLayers("build", "cli", "preview")
                .whereLayer("index").mayOnlyBeAccessedByLayers("render", "build")
                .whereLayer("markdown").mayOnlyBeAccessedByLayers("build")
                .whereLayer("config").mayOnlyBeAccessedByLayers("build")
                .whereLayer("source").mayOnlyBeAccessedByLayers("config", "markdown", "build")
                .whereLayer("model").mayOnlyBeAccessedByLayers("source", "config", "markdown", "index", "render",
                        "build", "preview", "cli")
                .check(CLASSES);
    }

    @Test
    void theModelDependsOnNothingElseInVerbatim() {
        // ICU is the one library the model may use: slugs transliterate names, a rule of the model itself.
        noClasses().that().resideInAPackage("org.verbatim.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.verbatim.model..", "com.ibm.icu..")
                .check(CLASSES);
    }

    @Test
    void indexesArePureFunctionsOfTheModel() {
        noClasses().that().resideInAPackage("org.verbatim.index..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.verbatim.model..",
                        "org.verbatim.index..")
                .check(CLASSES);
    }

    @Test
    void outputDependsOnlyOnTheJdk() {
        noClasses().that().resideInAPackage("org.verbatim.output..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.verbatim.output..")
                .check(CLASSES);
    }
}
