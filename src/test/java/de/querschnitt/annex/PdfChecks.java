package de.querschnitt.annex;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Reading a generated PDF back the way an archive, a reader and poppler's tools do. */
final class PdfChecks {

    private PdfChecks() {
    }

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every page, by PDFBox's text stripper. */
    static List<String> pageTexts(byte[] pdf) {
        try (PDDocument document = load(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Line breaks and hyphen-free wrapping make no difference to whether a text is "there". */
    static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The text by poppler's pdftotext (what CI and many archive tools use). */
    static String pdftotext(byte[] pdf) {
        try {
            Path file = Files.createTempFile("annex", ".pdf");
            Path out = Files.createTempFile("annex", ".txt");
            try {
                Files.write(file, pdf);
                Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), out.toString())
                        .redirectErrorStream(true).start();
                String messages = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new IllegalStateException("pdftotext failed: " + messages);
                }
                return Files.readString(out);
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Lines of text whose baseline lies below {@code y} points from the bottom of their page: the footer,
     * and anything that would have been pushed into it.
     */
    static List<String> textBelow(byte[] pdf, float y) {
        try (PDDocument document = load(pdf)) {
            List<String> lines = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    float height = getCurrentPage().getMediaBox().getHeight();
                    boolean low = positions.stream().anyMatch(p -> height - p.getYDirAdj() < y);
                    if (low) {
                        lines.add(text);
                    }
                }
            };
            stripper.getText(document);
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Per page, the characters set at {@code minSize} points or more, in drawing order: the watermark, which
     * the text stripper would otherwise break into pieces because it stands at an angle.
     */
    static List<String> largeText(byte[] pdf, float minSize) {
        try (PDDocument document = load(pdf)) {
            List<String> pages = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                    if (text.getFontSizeInPt() >= minSize) {
                        current.append(text.getUnicode());
                    }
                }

                @Override
                protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) {
                    pages.add(current.toString());
                    current.setLength(0);
                }
            };
            stripper.getText(document);
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text inside a rectangle of every page ({@code x}, {@code top} from the top left corner, in
     * points), pages joined: a column read from page to page as a reader follows it.
     */
    static String textInArea(byte[] pdf, float x, float top, float width, float height) {
        try (PDDocument document = load(pdf)) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripperByArea();
            stripper.addRegion("area", new java.awt.geom.Rectangle2D.Float(x, top, width, height));
            StringBuilder text = new StringBuilder();
            for (var page : document.getPages()) {
                stripper.extractRegions(page);
                text.append(stripper.getTextForRegion("area")).append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bookmark titles, depth-first, indented by two spaces per level. */
    static List<String> bookmarks(byte[] pdf) {
        try (PDDocument document = load(pdf)) {
            List<String> titles = new ArrayList<>();
            collect(document.getDocumentCatalog().getDocumentOutline(), 0, titles);
            return titles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(PDOutlineNode node, int depth, List<String> titles) {
        if (node == null) {
            return;
        }
        for (PDOutlineItem item : node.children()) {
            titles.add("  ".repeat(depth) + item.getTitle());
            collect(item, depth + 1, titles);
        }
    }

    /** Failed veraPDF rules ("6.2.11.4.1: message"), empty when the file conforms to the flavour. */
    static List<String> veraPdfFailures(byte[] pdf, PDFAFlavour flavour) {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failures.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + ": " + assertion.getMessage() + " @ " + assertion.getLocation().getContext());
                }
            }
            if (!result.isCompliant() && failures.isEmpty()) {
                failures.add("not compliant: " + result.getFailedChecks());
            }
            return failures.stream().distinct().limit(40).toList();
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate", e);
        }
    }
}
