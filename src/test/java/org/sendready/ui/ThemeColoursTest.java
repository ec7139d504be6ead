package org.sendready.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/// Our colours come from the AtlantaFX theme, so light and dark both work (UI.md): the
/// wizard's CSS names no colour of its own, looks up only colours both Primer themes define
/// (a misspelt one paints nothing, silently), and its Java sets no colour outside CSS.
class ThemeColoursTest {
    private static final Path CSS = Path.of("src/main/resources/org/sendready/ui");
    private static final Path JAVA = Path.of("src/main/java/org/sendready/ui");

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    /// A colour written out: hex, a colour function, or one of CSS's common colour names.
    private static final Pattern LITERAL =
            Pattern.compile(
                    "#[0-9a-fA-F]{3,8}\\b|\\b(?:rgba?|hsla?|hsba?)\\s*\\("
                            + "|(?<![-\\w.#])(?:white|black|gr[ae]y|silver|red|maroon|orange"
                            + "|yellow|olive|lime|green|teal|aqua|cyan|blue|navy|purple"
                            + "|fuchsia|magenta|pink|brown)(?![-\\w])",
                    Pattern.CASE_INSENSITIVE);

    /// A declaration's value: after the property's colon, up to `;` or `}`.
    private static final Pattern VALUE = Pattern.compile(":([^;{}]*)[;}]");

    private static final Pattern LOOKED_UP = Pattern.compile("-color-[a-z0-9-]+");

    @Test
    void uiCss_namesNoColourOfItsOwn() throws IOException {
        var found = new ArrayList<String>();
        for (var file : files(CSS, ".css")) {
            for (var body : blockBodies(Files.readString(file))) {
                var value = VALUE.matcher(body + ";");
                while (value.find()) {
                    var literal = LITERAL.matcher(value.group(1));
                    while (literal.find()) {
                        found.add(CSS.relativize(file) + ": " + literal.group());
                    }
                }
            }
        }

        assertThat(found).as("use AtlantaFX looked-up colours (-color-fg-muted, ...)").isEmpty();
    }

    @Test
    void uiCss_looksUpOnlyColoursBothPrimerThemesDefine() throws IOException {
        var light = defined(new PrimerLight().getUserAgentStylesheet());
        var dark = defined(new PrimerDark().getUserAgentStylesheet());
        assertThat(light).contains("-color-fg-default", "-color-bg-subtle");
        var missing = new TreeSet<String>();
        for (var file : files(CSS, ".css")) {
            var used = LOOKED_UP.matcher(COMMENT.matcher(Files.readString(file)).replaceAll(""));
            while (used.find()) {
                if (!light.contains(used.group()) || !dark.contains(used.group())) {
                    missing.add(CSS.relativize(file) + ": " + used.group());
                }
            }
        }

        assertThat(missing).isEmpty();
    }

    @Test
    void uiJava_setsNoColourOutsideCss() throws IOException {
        var found = new ArrayList<String>();
        for (var file : files(JAVA, ".java")) {
            var lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                var line = lines.get(i);
                if (line.contains("javafx.scene.paint.")
                        || line.contains("setStyle(") && LITERAL.matcher(line).find()) {
                    found.add(JAVA.relativize(file) + ":" + (i + 1) + ": " + line.strip());
                }
            }
        }

        assertThat(found).as("colours belong in CSS, as looked-up colours").isEmpty();
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            var files = walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
            assertThat(files).isNotEmpty();
            return files;
        }
    }

    /// What stands between each `{` and its `}`, comments removed.
    private static List<String> blockBodies(String css) {
        var bodies = new ArrayList<String>();
        var text = COMMENT.matcher(css).replaceAll("");
        int open = text.indexOf('{');
        while (open >= 0) {
            int close = text.indexOf('}', open);
            bodies.add(text.substring(open + 1, close));
            open = text.indexOf('{', close);
        }
        return bodies;
    }

    /// The looked-up colours a theme's stylesheet (a resource in AtlantaFX's jar) defines.
    private static Set<String> defined(String stylesheet) {
        var definition = Pattern.compile("(-color-[a-z0-9-]+)\\s*:");
        try (InputStream in = PrimerLight.class.getResourceAsStream(stylesheet)) {
            var matcher = definition.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            var names = new TreeSet<String>();
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
