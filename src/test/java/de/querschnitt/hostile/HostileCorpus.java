package de.querschnitt.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hostile-input corpus of {@code src/test/resources/hostile/} (see its README): text cases by class, with
 * escapes decoded and {@code @repeat} cases built.
 */
final class HostileCorpus {

    /** One input and the class it belongs to. */
    record Case(String category, String text) {

        /** A short printable name for failure messages. */
        String label() {
            StringBuilder b = new StringBuilder(category).append(": ");
            text.codePoints().limit(40).forEach(cp -> {
                if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    b.append(String.format("\\u%04X", cp));
                } else {
                    b.appendCodePoint(cp);
                }
            });
            if (text.length() > 40) {
                b.append("… (").append(text.length()).append(" chars)");
            }
            return b.toString();
        }
    }

    /** A short printable form of any text. */
    static String unescapedLabel(String text) {
        return text == null ? "null" : new Case("value", text).label();
    }

    private static final Map<String, List<Case>> CACHE = new LinkedHashMap<>();

    private HostileCorpus() {
    }

    /** Every text case of {@code strings.txt}. */
    static List<Case> strings() {
        return load("strings.txt");
    }

    /** The text cases without the few very large ones (over {@code maxLength} chars). */
    static List<Case> strings(int maxLength) {
        return strings().stream().filter(c -> c.text().length() <= maxLength).toList();
    }

    static List<Case> years() {
        return load("numbers.txt").stream().filter(c -> c.category().equals("years")).toList();
    }

    static List<Case> ids() {
        return load("numbers.txt").stream().filter(c -> c.category().equals("ids")).toList();
    }

    static byte[] resource(String name) {
        try (InputStream in = HostileCorpus.class.getResourceAsStream("/hostile/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no corpus file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized List<Case> load(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            String content = new String(resource(n), StandardCharsets.UTF_8);
            List<Case> cases = new ArrayList<>();
            String category = "misc";
            for (String line : content.split("\n", -1)) {
                if (line.endsWith("\r")) {
                    line = line.substring(0, line.length() - 1);
                }
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    category = line.substring(1, line.length() - 1);
                } else if (line.startsWith("@repeat ")) {
                    String[] parts = line.split(" ", 3);
                    cases.add(new Case(category, unescape(parts[2]).repeat(Integer.parseInt(parts[1]))));
                } else {
                    cases.add(new Case(category, unescape(line)));
                }
            }
            return List.copyOf(cases);
        });
    }

    static String unescape(String line) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\' || i + 1 == line.length()) {
                b.append(c);
                continue;
            }
            char next = line.charAt(++i);
            switch (next) {
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case '0' -> b.append('\0');
                case '\\' -> b.append('\\');
                case 'u' -> {
                    b.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> b.append('\\').append(next);
            }
        }
        return b.toString();
    }
}
