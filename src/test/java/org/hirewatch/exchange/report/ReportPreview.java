package org.hirewatch.exchange.report;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Not a test: writes the fixture's reports and PNG images of the PDF pages to a folder, for people to look at. */
public final class ReportPreview {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/report-preview");
        Files.createDirectories(out);
        Path tmp = Files.createTempDirectory("report-preview");
        try (ReportFixture fx = new ReportFixture(tmp)) {
            for (boolean redacted : new boolean[] {false, true}) {
                String base = redacted ? "redacted" : "full";
                fx.service().write(fx.caseFile.id(), new ReportOptions(ReportFormat.HTML, redacted), out.resolve(base + ".html"));
                Path pdf = out.resolve(base + ".pdf");
                fx.service().write(fx.caseFile.id(), new ReportOptions(ReportFormat.PDF, redacted), pdf);
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    PDFRenderer r = new PDFRenderer(doc);
                    for (int i = 0; i < doc.getNumberOfPages(); i++) {
                        BufferedImage img = r.renderImageWithDPI(i, 80);
                        ImageIO.write(img, "png", new File(out.toFile(), base + "-page-" + (i + 1) + ".png"));
                    }
                }
            }
        }
    }
}
