package org.hirewatch.exchange.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Lays the report's XHTML out as PDF. Every outside resource is refused (the report carries its own style sheet and
 * has no images), so rendering never reaches the network or the disk. Text uses DejaVu when the system has it, for
 * names in any script; otherwise the PDF's built-in fonts.
 */
final class PdfRenderer {
    static final String FONT = "Report Sans";
    static final String MONO = "Report Mono";
    private static final List<String> FONT_DIRS = List.of("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu",
            "/usr/share/fonts/TTF", "/Library/Fonts", System.getProperty("user.home") + "/Library/Fonts",
            "C:\\Windows\\Fonts");

    static {
        XRLog.setLoggerImpl(new Slf4jLogger());
    }

    private PdfRenderer() {
    }

    static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        b.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        font(b, "DejaVuSans.ttf", FONT, 400);
        font(b, "DejaVuSans-Bold.ttf", FONT, 700);
        font(b, "DejaVuSansMono.ttf", MONO, 400);
        b.withProducer("HireWatch");
        b.withHtmlContent(xhtml, null);
        b.toStream(out);
        try {
            b.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder b, String file, String family, int weight) {
        for (String dir : FONT_DIRS) {
            File f = new File(dir, file);
            if (f.isFile()) {
                b.useFont(f, family, weight, FontStyle.NORMAL, true);
                return;
            }
        }
    }
}
