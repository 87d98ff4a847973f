package de.querschnitt.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every visible string comes from the bundles, and German and English have the same keys. */
class TranslationsTest {

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void germanAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(bundle("messages_en.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(bundle("messages.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyTheCodeUsesExistsInTheBundle() throws IOException {
        Set<String> keys = bundle("messages.properties").stringPropertyNames();
        Pattern literalKey = Pattern.compile(
                "(?:getTranslation|UserError)\\(\"([a-zA-Z0-9.-]+)\"|message = \"\\{([a-z0-9.-]+)}\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = literalKey.matcher(Files.readString(file));
                while (matcher.find()) {
                    String key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                    // "role." + name() and the like are prefixes, checked by the enum test below
                    if (!key.endsWith(".")) {
                        used.add(key);
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(keys).containsAll(used);
    }

    @Test
    void everyEnumConstantShownInTheUiHasALabel() throws IOException {
        Set<String> keys = bundle("messages.properties").stringPropertyNames();
        for (Class<? extends Enum<?>> type : java.util.List.of(de.querschnitt.organisation.UnitKind.class,
                de.querschnitt.profile.ProfileKind.class, de.querschnitt.profile.PlanningLevel.class,
                de.querschnitt.profile.UpdateCycle.class, de.querschnitt.profile.PeriodState.class,
                de.querschnitt.profile.ReviewStatus.class, de.querschnitt.profile.SectionKind.class,
                de.querschnitt.vocabulary.Vocabulary.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertThat(keys).contains("enum." + type.getSimpleName() + "." + constant.name());
            }
        }
        for (var role : de.querschnitt.security.Role.values()) {
            assertThat(keys).contains("role." + role.name());
        }
    }
}
