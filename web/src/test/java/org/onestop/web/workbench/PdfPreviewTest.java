package org.onestop.web.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class PdfPreviewTest {

    @Test
    void theFirstPageIsDrawnAtMostOneAndAHalfPixelsAPointAndNineHundredOnItsLongestSide() throws Exception {
        var small = ImageIO.read(new ByteArrayInputStream(PdfPreview.firstPage(pdf(new PDRectangle(200, 100))).orElseThrow()));
        assertThat(small.getWidth()).isEqualTo(300);
        assertThat(small.getHeight()).isEqualTo(150);
        var a3 = ImageIO.read(new ByteArrayInputStream(PdfPreview.firstPage(pdf(PDRectangle.A3)).orElseThrow()));
        assertThat(Math.max(a3.getWidth(), a3.getHeight())).as("the scaled side, rounded down")
                .isBetween(PdfPreview.LONGEST_SIDE - 1, PdfPreview.LONGEST_SIDE);
    }

    @Test
    void aFileThatIsNoReadablePdfOrHasNoPageHasNoPreview() throws Exception {
        assertThat(PdfPreview.firstPage("%PDF-1.7\nnot really\n%%EOF".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(PdfPreview.firstPage(new byte[0])).isEmpty();
        try (var empty = new PDDocument(); var bytes = new ByteArrayOutputStream()) {
            empty.save(bytes);
            assertThat(PdfPreview.firstPage(bytes.toByteArray())).isEmpty();
        }
    }

    private static byte[] pdf(PDRectangle size) throws Exception {
        try (var document = new PDDocument(); var bytes = new ByteArrayOutputStream()) {
            document.addPage(new PDPage(size));
            document.save(bytes);
            return bytes.toByteArray();
        }
    }
}
