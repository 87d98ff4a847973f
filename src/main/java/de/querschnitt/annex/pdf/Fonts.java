package de.querschnitt.annex.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded DejaVu fonts (from the jasperreports-fonts jar) and text measurement. Characters the font
 * has no glyph for (emoji, rare scripts) become a visible placeholder instead of an exception.
 */
final class Fonts {

    enum Style {
        REGULAR("DejaVuSans.ttf"), BOLD("DejaVuSans-Bold.ttf"), ITALIC("DejaVuSans-Oblique.ttf");

        private final String file;

        Style(String file) {
            this.file = file;
        }
    }

    /** Shown for a character (or a run of them) the font cannot draw. */
    static final String PLACEHOLDER = "\u25A1";

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile(" +");
    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
    private static final Map<Style, byte[]> FILES = new EnumMap<>(Style.class);

    private final Map<Style, Face> faces = new EnumMap<>(Style.class);

    Fonts(PDDocument document) {
        try {
            for (Style style : Style.values()) {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes(style)));
                faces.put(style, new Face(PDType0Font.load(document, ttf, true), ttf));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized byte[] bytes(Style style) throws IOException {
        byte[] data = FILES.get(style);
        if (data == null) {
            try (InputStream in = Fonts.class.getResourceAsStream(FOLDER + style.file)) {
                if (in == null) {
                    throw new IOException("Font " + style.file + " missing: is jasperreports-fonts on the classpath?");
                }
                data = withoutGlyphSubstitution(in.readAllBytes());
            }
            FILES.put(style, data);
        }
        return data;
    }

    /**
     * Hides the font's GSUB table by renaming its tag in the table directory. PDFBox would otherwise run
     * every string through glyph substitution (for ligatures, which German text in DejaVu does not need),
     * which took a third of the rendering time.
     */
    private static byte[] withoutGlyphSubstitution(byte[] font) {
        int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (font[entry] == 'G' && font[entry + 1] == 'S' && font[entry + 2] == 'U' && font[entry + 3] == 'B') {
                font[entry] = 'g';
                font[entry + 1] = 's';
                font[entry + 2] = 'u';
                font[entry + 3] = 'b';
            }
        }
        return font;
    }

    PDType0Font font(Style style) {
        return faces.get(style).font;
    }

    float width(String text, Style style, float size) {
        Face face = faces.get(style);
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += face.advance(cp);
            i += Character.charCount(cp);
        }
        return units * size / 1000f;
    }

    /**
     * The text as the font can draw it: tabs and line breaks become spaces, other control characters,
     * joiners and variation selectors vanish, and every run of characters without a glyph becomes one
     * {@link #PLACEHOLDER}.
     */
    String drawable(String text) {
        Face face = faces.get(Style.REGULAR);
        Face bold = faces.get(Style.BOLD);
        Face italic = faces.get(Style.ITALIC);
        StringBuilder out = new StringBuilder(text.length());
        boolean lastWasPlaceholder = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0) {
                out.append(' ');
                lastWasPlaceholder = false;
            } else if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0x200D || cp == 0x200B
                    || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)
                    || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
                // invisible: control characters, zero-width joiner, variation selectors, skin tones
            } else if (face.has(cp) && bold.has(cp) && italic.has(cp)) {
                out.appendCodePoint(cp);
                lastWasPlaceholder = false;
            } else if (!lastWasPlaceholder) {
                out.append(PLACEHOLDER);
                lastWasPlaceholder = true;
            }
        }
        return out.toString();
    }

    /** Breaks text into lines of at most {@code width}; words longer than a line are split. */
    List<String> wrap(String text, Style style, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(drawable(paragraph).strip(), style, size, width, lines);
        }
        return lines;
    }

    private void wrapParagraph(String text, Style style, float size, float width, List<String> lines) {
        if (text.isEmpty()) {
            lines.add("");
            return;
        }
        float space = width(" ", style, size);
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : SPACES.split(text)) {
            float w = width(word, style, size);
            if (line.length() > 0 && lineWidth + space + w <= width) {
                line.append(' ').append(word);
                lineWidth += space + w;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            while (w > width) {
                int cut = fitting(word, style, size, width);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
                w = width(word, style, size);
            }
            line.append(word);
            lineWidth = w;
        }
        lines.add(line.toString());
    }

    /** The largest size up to {@code max} (at least {@code min}) at which no word of the text needs splitting. */
    float sizeToFit(String text, Style style, float max, float min, float width) {
        float widest = 0;
        for (String word : SPACES.split(drawable(text).strip())) {
            widest = Math.max(widest, width(word, style, 1));
        }
        return widest == 0 ? max : Math.max(min, Math.min(max, (float) Math.floor(width / widest * 10) / 10));
    }

    /** Where to split a word that is wider than a line: after a hyphen or slash if one fits, else anywhere. */
    private int fitting(String word, Style style, float size, float width) {
        for (int i = word.length() - 2; i > 0; i--) {
            char c = word.charAt(i);
            if ((c == '-' || c == '/') && width(word.substring(0, i + 1), style, size) <= width) {
                return i + 1;
            }
        }
        int end = 0;
        while (end < word.length()) {
            int next = end + Character.charCount(word.codePointAt(end));
            if (width(word.substring(0, next), style, size) > width) {
                break;
            }
            end = next;
        }
        return Math.max(end, Character.charCount(word.codePointAt(0)));
    }

    /** A font face with a cache of advance widths (in 1/1000 em) for the Basic Multilingual Plane. */
    private static final class Face {
        final PDType0Font font;
        private final CmapLookup cmap;
        private final TrueTypeFont ttf;
        private final float scale;
        private final float[] widths = new float[0x10000];

        Face(PDType0Font font, TrueTypeFont ttf) throws IOException {
            this.font = font;
            this.ttf = ttf;
            this.cmap = ttf.getUnicodeCmapLookup();
            this.scale = 1000f / ttf.getUnitsPerEm();
            Arrays.fill(widths, Float.NaN);
        }

        boolean has(int cp) {
            return cmap.getGlyphId(cp) > 0;
        }

        float advance(int cp) {
            if (cp < widths.length && !Float.isNaN(widths[cp])) {
                return widths[cp];
            }
            float w;
            try {
                w = ttf.getAdvanceWidth(cmap.getGlyphId(cp)) * scale;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (cp < widths.length) {
                widths[cp] = w;
            }
            return w;
        }
    }
}
