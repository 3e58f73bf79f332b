package org.onestop.web.workbench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The first page of a PDF material as a PNG for the case page, so that a handler sees what was handed in
 * without opening it. Bounded: the document is parsed with at most {@link #MEMORY} bytes in memory (the rest in
 * a temporary file), and the picture is at most {@link #LONGEST_SIDE} pixels on its longest side. A file that is
 * no readable PDF, or has no page, has no preview (the page links to the file itself).
 */
final class PdfPreview {

    static final long MEMORY = 16L * 1024 * 1024;
    static final int LONGEST_SIDE = 900;
    /** At most 1.5 pixels a point (108 dpi): a page of A4 is 893 pixels high. */
    private static final float MOST_SCALE = 1.5f;

    private PdfPreview() {
    }

    static Optional<byte[]> firstPage(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf, "", null, null, MemoryUsageSetting.setupMixed(MEMORY).streamCache)) {
            if (document.getNumberOfPages() == 0) {
                return Optional.empty();
            }
            PDRectangle box = document.getPage(0).getCropBox();
            float longest = Math.max(box.getWidth(), box.getHeight());
            if (longest <= 0) {
                return Optional.empty();
            }
            float scale = Math.min(MOST_SCALE, LONGEST_SIDE / longest);
            BufferedImage image = new PDFRenderer(document).renderImage(0, scale, ImageType.RGB);
            var png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return Optional.of(png.toByteArray());
        } catch (IOException | RuntimeException unreadable) {
            // encrypted, damaged or not a PDF at all: the handler opens the file instead
            return Optional.empty();
        }
    }
}
