package de.querschnitt.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No view writes a visible text in the source: every word a person reads comes from the bundles, so the
 * English UI is complete. Looks at string literals handed to text, label, placeholder and ARIA setters and
 * to the constructors of components that show text, in every {@code ui} package and the app frame.
 */
class HardCodedTextTest {

    /** Texts that are not language: names of the languages in their own language, the product name. */
    static final Set<String> NOT_LANGUAGE = Set.of("Deutsch", "English", "Querschnitt");

    private static final Pattern SETTER = Pattern.compile("\\.(?:setText|setLabel|setPlaceholder|setAriaLabel"
            + "|setHelperText|setTitle|setHeaderTitle|setTooltipText|setErrorMessage|setHeader|setSummaryText"
            + "|setConfirmText|setCancelText|setRejectText|setText)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "setAttribute\\(\\s*\"(?:aria-label|title|placeholder|alt|aria-description)\"\\s*,\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CONSTRUCTOR = Pattern.compile("new (?:[\\w.]+\\.)?(?:Span|Button|H[1-6]|Paragraph|NativeLabel"
            + "|Text|TextField|TextArea|Checkbox|Details|Tab|SideNavItem|ListItem|Div|Emphasis|Strong|Notification"
            + "|ConfirmDialog|RadioButtonGroup|Select|ComboBox|DatePicker|IntegerField|EmailField|PasswordField"
            + "|NativeTableCell|NativeTableHeaderCell|Pre|Code|Anchor|RouterLink)\\(([^;{}]*?)\\)\\s*[;,)]");
    private static final Pattern SHOW = Pattern.compile("Notification\\.show\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Words, not ids, CSS names, paths, numbers or punctuation. */
    static boolean isLanguage(String literal) {
        if (NOT_LANGUAGE.contains(literal) || !literal.matches("(?s).*\\p{L}{2,}.*")) {
            return false;
        }
        // bundle keys, ids, CSS classes, routes, URLs and mail addresses: one token with a separator or lower case
        boolean oneToken = !literal.strip().contains(" ");
        return !(oneToken && (literal.matches(".*[.:/#?=&@_-].*") || literal.matches("[a-z0-9]*")));
    }

    static List<String> hardCodedTexts(String source) {
        List<String> found = new ArrayList<>();
        for (Pattern pattern : List.of(SETTER, ATTRIBUTE, SHOW)) {
            var matcher = pattern.matcher(source);
            while (matcher.find()) {
                if (isLanguage(matcher.group(1))) {
                    found.add(matcher.group());
                }
            }
        }
        var constructor = CONSTRUCTOR.matcher(source);
        while (constructor.find()) {
            // keys handed to getTranslation are not texts
            var literal = LITERAL.matcher(constructor.group(1).replaceAll("[tT]ranslation\\(\\s*\"[^\"]*\"", ""));
            while (literal.find()) {
                if (isLanguage(literal.group(1))) {
                    found.add(constructor.group());
                }
            }
        }
        return found;
    }

    @Test
    void noViewShowsATextThatIsNotInTheBundles() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/de/querschnitt"))) {
            for (Path file : sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/ui/") || p.getParent().endsWith("querschnitt")).toList()) {
                for (String text : hardCodedTexts(Files.readString(file))) {
                    offenders.add(file.getFileName() + ": " + text);
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theCheckRecognisesTextsAndLetIdsThrough() {
        assertThat(hardCodedTexts("""
                var b = new Button("Speichern", e -> save());
                field.setLabel("Titel des Dokuments");
                icon.getElement().setAttribute("aria-label", "Löschen");
                Notification.show("Gespeichert");
                var s = new Span(getTranslation("app.name"));
                add(new com.vaadin.flow.component.html.Span("Zelle wählen"));
                var a = new Anchor("barrierefreiheit", getTranslation("a11y.statement.link"));
                field.setId("document-title");
                var d = new Div(title, text);
                button.setText("3");
                """)).hasSize(5);
    }
}
