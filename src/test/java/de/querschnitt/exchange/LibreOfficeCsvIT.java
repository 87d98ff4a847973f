package de.querschnitt.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.Period;
import de.querschnitt.profile.PlanningLevel;
import de.querschnitt.profile.ProfileData;
import de.querschnitt.profile.ProfileKind;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.profile.SectionData;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.security.SystemAuthentication;
import de.querschnitt.survey.SurveyRoundService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The export as a real spreadsheet program reads it: LibreOffice Calc (Debian {@code libreoffice-calc})
 * opens the CSV headless with the settings a German user picks (semicolon, double quote, UTF-8) and saves it
 * as flat OpenDocument XML, whose cells this test reads: value type, formula, text with its line breaks.
 * Same Spring configuration as the browser test, so both share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LibreOfficeCsvIT {

    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    record Cell(String text, String valueType, String formula) {
    }

    @Autowired
    CsvExportService exports;
    @Autowired
    ProfileService profiles;
    @Autowired
    UnitService units;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    TransactionTemplate transaction;

    @TempDir
    Path dir;

    @Test
    void libreOfficeCalcReadsUmlautsQuotesLineBreaksAndTheNeutralisedFormulaAsText() throws Exception {
        CsvFile export = exportWithAFormulaProfile();
        Path csv = Files.write(dir.resolve("profile.csv"), export.content());
        // the control: the same formula not neutralised is evaluated by Calc, so the check below means something
        Path control = Files.writeString(dir.resolve("control.csv"), "Titel;Zahl\r\n=1+2;\"'=1+2\"\r\n",
                StandardCharsets.UTF_8);

        convert(csv, control);
        List<List<Cell>> rows = cells(dir.resolve("profile.fods"));
        List<List<Cell>> controlRows = cells(dir.resolve("control.fods"));

        assertThat(controlRows.get(1).get(0).formula()).isEqualTo("of:=1+2");
        assertThat(controlRows.get(1).get(0).text()).isEqualTo("3");

        List<String> header = rows.getFirst().stream().map(Cell::text).toList();
        // the byte order mark is not part of the first cell
        assertThat(header.subList(0, 4)).containsExactly("Erhebung", "Einheit", "Titel", "Titel des Dokuments");
        assertThat(header).contains("Übergeordnete Themen");

        List<Cell> formula = row(rows, header, "=1+2");
        assertThat(formula.get(header.indexOf("Titel"))).isEqualTo(new Cell("'=1+2", "string", null));
        assertThat(formula.get(header.indexOf("Titel des Dokuments"))).isEqualTo(new Cell("'@SUMME(A1)", "string", null));
        assertThat(formula.get(header.indexOf("Anmerkung zum Zeitraum"))).isEqualTo(new Cell("'-1+1", "string", null));
        assertThat(formula.stream().filter(c -> c.formula() != null)).isEmpty();

        List<Cell> kjfp = row(rows, header, "Kinder- und Jugendförderplan");
        assertThat(kjfp.get(header.indexOf("Einheit")).text()).isEqualTo("FB 45");
        assertThat(kjfp.get(header.indexOf("Grundlage")).text()).isEqualTo("""
                SGB VIII – Handlungsfelder:
                • Jugendarbeit
                • Förderung der Jugendverbände
                • Jugendsozialarbeit
                • erzieherischer Kinder- und Jugendschutz""");

        List<Cell> sport = row(rows, header, "Sportentwicklungsplan");
        assertThat(sport.get(header.indexOf("Raumbezug")).text()).contains("(z.B. „Tag-Nacht-Aktiv in Aachen“)");
        assertThat(sport.get(header.indexOf("Anmerkung zum Zeitraum")).text())
                .isEqualTo("2010 erstellt, 2014 Handlungsempfehlungen überarbeitet");
        assertThat(rows.stream().skip(1).filter(r -> !r.isEmpty() && !r.get(0).text().isEmpty())).hasSize(export.rows());
    }

    /** The demo profiles plus one whose cells start like formulas; written in a transaction that is rolled back. */
    private CsvFile exportWithAFormulaProfile() {
        return SystemAuthentication.call(() -> transaction.execute(status -> {
            long roundId = rounds.current().orElseThrow().id();
            long unitId = units.findByCode("FB 56").orElseThrow().id();
            profiles.create(roundId, unitId, new ProfileData("=1+2", "@SUMME(A1)", ProfileKind.BERICHT,
                    PlanningLevel.GESAMTSTAEDTISCH, new Period(2020, 2021, null, null, "-1+1")),
                    List.of(new SectionData(SectionKind.INHALT, null, List.of(SectionData.Item.of("+ Punkt")), null)));
            CsvFile file = exports.profiles(roundId, CsvDialect.SEMICOLON);
            status.setRollbackOnly();
            return file;
        }));
    }

    private void convert(Path... files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(System.getProperty("soffice.binary", "soffice"),
                // an own profile: the first start creates it, and a user's running LibreOffice is not disturbed
                "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(), "--headless", "--norestore",
                // 59 = ';', 34 = '"', 76 = UTF-8, 1 = start at the first line
                "--infilter=CSV:59,34,76,1", "--convert-to", "fods", "--outdir", dir.toString()));
        for (Path file : files) {
            command.add(file.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        boolean done = process.waitFor(4, TimeUnit.MINUTES);
        String log = Files.readString(dir.resolve("soffice.log"));
        if (!done) {
            process.destroyForcibly();
        }
        assertThat(done).as("LibreOffice finished in time: %s", log).isTrue();
        assertThat(process.exitValue()).as("soffice exit code: %s", log).isZero();
    }

    private static List<Cell> row(List<List<Cell>> rows, List<String> header, String title) {
        return rows.stream().filter(r -> r.size() > header.indexOf("Titel")
                && r.get(header.indexOf("Titel")).text().equals(title)
                || r.size() > header.indexOf("Titel") && r.get(header.indexOf("Titel")).text().equals("'" + title))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + title));
    }

    private static List<List<Cell>> cells(Path fods) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(fods.toFile());
        List<List<Cell>> rows = new ArrayList<>();
        var rowNodes = document.getElementsByTagNameNS(TABLE, "table-row");
        for (int r = 0; r < rowNodes.getLength(); r++) {
            List<Cell> row = new ArrayList<>();
            for (Node n = rowNodes.item(r).getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element cell && TABLE.equals(cell.getNamespaceURI())) {
                    String repeated = cell.getAttributeNS(TABLE, "number-columns-repeated");
                    int times = repeated.isEmpty() ? 1 : Math.min(Integer.parseInt(repeated), 50);
                    var value = new Cell(paragraphs(cell), cell.getAttributeNS(OFFICE, "value-type"),
                            cell.hasAttributeNS(TABLE, "formula") ? cell.getAttributeNS(TABLE, "formula") : null);
                    for (int i = 0; i < times; i++) {
                        row.add(value);
                    }
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** The cell's text: paragraphs are its lines. */
    private static String paragraphs(Element cell) {
        List<String> lines = new ArrayList<>();
        var paragraphs = cell.getElementsByTagNameNS(TEXT, "p");
        for (int i = 0; i < paragraphs.getLength(); i++) {
            StringBuilder line = new StringBuilder();
            text(paragraphs.item(i), line);
            lines.add(line.toString());
        }
        return String.join("\n", lines);
    }

    private static void text(Node node, StringBuilder out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE) {
                out.append(n.getNodeValue());
            } else if (n instanceof Element e && TEXT.equals(e.getNamespaceURI())) {
                switch (e.getLocalName()) {
                    case "s" -> out.append(" ".repeat(e.hasAttributeNS(TEXT, "c")
                            ? Integer.parseInt(e.getAttributeNS(TEXT, "c")) : 1));
                    case "line-break" -> out.append('\n');
                    case "tab" -> out.append('\t');
                    default -> text(e, out);
                }
            }
        }
    }
}
