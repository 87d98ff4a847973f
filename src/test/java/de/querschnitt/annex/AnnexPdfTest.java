package de.querschnitt.annex;

import static org.assertj.core.api.Assertions.assertThat;

import de.querschnitt.annex.pdf.AnnexPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class AnnexPdfTest {

    private static byte[] seedDraft;

    @BeforeAll
    static void render() {
        seedDraft = AnnexPdf.render(new SeedAnnex().model(1, true));
    }

    @Test
    void theSeedsAnnexConformsToPdfA2a() {
        assertThat(PdfChecks.veraPdfFailures(seedDraft, PDFAFlavour.PDFA_2_A)).isEmpty();
    }

    @Test
    void theValidatorRejectsAnOrdinaryPdf() throws Exception {
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument();
                var out = new java.io.ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(out);
            assertThat(PdfChecks.veraPdfFailures(out.toByteArray(), PDFAFlavour.PDFA_2_A)).isNotEmpty();
        }
    }
}
