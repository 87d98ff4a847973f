package de.querschnitt.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The other ways text could become markup, which ArchUnit cannot see because they are strings: a property or a
 * script that sets {@code innerHTML}/{@code outerHTML}, {@code insertAdjacentHTML}, {@code document.write}, Lit's
 * {@code unsafeHTML}, and links whose address is not an app route (a {@code javascript:} URL). The Html component
 * itself is forbidden by {@code ArchitectureTest.noHtmlComponent}.
 */
class NoMarkupSinkTest {

    static final Pattern MARKUP_SINK = Pattern.compile(
            "innerHTML|outerHTML|insertAdjacentHTML|document\\.write|unsafeHTML|UnescapedHtml|javascript:",
            Pattern.CASE_INSENSITIVE);

    /** An Anchor's address: a route of {@code Routes}, a fixed path, or a download handler. */
    static final Pattern ANCHOR = Pattern.compile("new Anchor\\(([^,)]*)");

    @Test
    void noJavaSourceWritesMarkupOrScriptUrls() throws IOException {
        List<String> hits = sources().flatMap(path -> lines(path).stream()
                .filter(line -> MARKUP_SINK.matcher(line).find())
                .map(line -> path + ": " + line.strip())).toList();
        assertThat(hits).isEmpty();
    }

    @Test
    void linksGoToRoutesOrDownloads() throws IOException {
        List<String> anchors = sources().flatMap(path -> lines(path).stream()
                .map(ANCHOR::matcher).filter(java.util.regex.Matcher::find).map(m -> path + ": " + m.group(1)))
                .toList();
        // link(entry) (EntryCard), path(..) (InterviewView) and the role switch (edit views) return Routes too;
        // the accessibility statement links fixed https/mailto addresses and the operator's configured contact
        assertThat(anchors).isNotEmpty().allSatisfy(anchor -> assertThat(anchor).matches(
                ".*: (Routes\\..*|\"[a-z-]*\"|\"(https://|mailto:)[^\"]*\"|\"mailto:\" \\+ contact|DownloadHandler\\..*"
                        + "|link\\(entry|path\\(s|actor\\.role\\(|)"));
    }

    private static Stream<Path> sources() throws IOException {
        return Files.walk(Path.of("src/main/java")).filter(p -> p.toString().endsWith(".java"));
    }

    private static List<String> lines(Path path) {
        try {
            return Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
