package org.onestop.portal.application.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class MaterialTypeTest {

    @Test
    void tellsPdfJpegAndPngByTheirFirstBytes() {
        assertThat(MaterialType.sniff("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains(MaterialType.PDF);
        assertThat(MaterialType.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}))
                .contains(MaterialType.JPEG);
        assertThat(MaterialType.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}))
                .contains(MaterialType.PNG);
    }

    @Test
    void anOfdIsAZipPackageWithItsRootDocumentAndAnyOtherZipIsNot() throws IOException {
        assertThat(MaterialType.sniff(zipWith("Doc_0/Document.xml", "OFD.xml"))).contains(MaterialType.OFD);
        assertThat(MaterialType.sniff(zipWith("word/document.xml"))).isEmpty();
    }

    @Test
    void refusesWhatIsNoneOfThemWhateverItIsCalled() {
        assertThat(MaterialType.sniff("MZ\u0090\u0000 an executable".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(MaterialType.sniff("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(MaterialType.sniff(new byte[0])).isEmpty();
    }

    static byte[] zipWith(String... names) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
