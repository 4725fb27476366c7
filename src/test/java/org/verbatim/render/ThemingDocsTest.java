package org.verbatim.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/theming.md names every variable each page template receives: the contract and its documentation agree. */
class ThemingDocsTest {
    private static final Path DOCS = Path.of("docs/theming.md");

    @Test
    void everyPageViewsVariablesAreListedInItsTemplatesRow() throws IOException {
        List<String> lines = Files.readAllLines(DOCS);
        Class<?>[] kinds = PageView.class.getPermittedSubclasses();
        assertThat(kinds).hasSizeGreaterThanOrEqualTo(10);
        for (Class<?> kind : kinds) {
            PageView view = instance(kind);
            String file = view.template().endsWith(".xml") ? view.template() : view.template() + ".html";
            String row = lines.stream().filter(line -> line.startsWith("| `" + file + "` |")).findFirst().orElse("");
            assertThat(row).as("the row of %s in %s", file, DOCS).contains("| `" + kind.getSimpleName() + "` |");
            for (RecordComponent component : kind.getRecordComponents()) {
                assertThat(row).as("%s's variable %s", file, component.getName()).contains("`" + component.getName() + "`");
            }
        }
    }

    @Test
    void theFramesVariablesAreListedUnderPages() throws IOException {
        String docs = Files.readString(DOCS);
        String pages = docs.substring(docs.indexOf("## Pages"), docs.indexOf("| template |"));
        for (RecordComponent component : PageView.Frame.class.getRecordComponents()) {
            assertThat(pages).as("the frame's variable %s", component.getName()).contains("`" + component.getName() + "`");
        }
    }

    /** A view with every component null, zero or false: only its template name is asked for. */
    private static PageView instance(Class<?> kind) {
        try {
            RecordComponent[] components = kind.getRecordComponents();
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Object[] values = Arrays.stream(types).map(ThemingDocsTest::empty).toArray();
            return (PageView) kind.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object empty(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        return type == boolean.class ? false : type == int.class ? 0 : null;
    }
}
