package de.querschnitt.annex.pdf;

import de.querschnitt.annex.AnnexModel;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import javax.xml.transform.TransformerException;

/**
 * What makes the annex archivable (PDF/A-2a): document information and the same values as XMP metadata,
 * an sRGB output intent (the profile comes with the JDK), language, and the marks of a tagged PDF.
 */
final class PdfA {

    static final String CREATOR = "Querschnitt";
    static final String PRODUCER = "Querschnitt with Apache PDFBox";

    private PdfA() {
    }

    static void apply(PDDocument document, AnnexModel model) throws IOException {
        String title = AnnexPdf.title(model);
        String subject = "Anlage für den Rat: Planwerke, Steuerungsinstrumente und Themen der Fachbereiche und "
                + "Eigenbetriebe (" + AnnexPdf.state(model) + ")";
        Calendar created = GregorianCalendar.from(model.generatedAt());

        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(model.author());
        info.setSubject(subject);
        info.setCreator(CREATOR);
        info.setProducer(PRODUCER);
        info.setCreationDate(created);
        info.setModificationDate(created);

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        dc.addCreator(model.author());
        dc.setDescription(subject);
        dc.addLanguage("de-DE");
        dc.setFormat("application/pdf");
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(CREATOR);
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        id.setPart(2);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            id.setConformance("A");
            new XmpSerializer().serialize(xmp, bytes, true);
        } catch (BadFieldValueException | TransformerException e) {
            throw new IOException("XMP metadata", e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(bytes.toByteArray());

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setMetadata(metadata);
        catalog.setLanguage("de-DE");
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);

        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(icc));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }
}
