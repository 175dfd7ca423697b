package org.hotline.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.security.KeyPair;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    @Test
    void aSignedPayloadDrawnAsAQrCodeIsReadBackAndVerifies() throws Exception {
        KeyPair pair = DocumentSignatures.generate();
        String payload = DocumentSignatures.sign(
                        SecurePayload.unsigned(
                                "MOHESR-2026-88412",
                                "MOHESR",
                                LocalDate.of(2026, 9, 1),
                                "ABCD2345",
                                SecurePayloadTest.digest("شهادة تخرج")),
                        pair.getPrivate())
                .encode();
        byte[] png = QrCodes.png(payload, 360);
        assertTrue(png.length > 100 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "a PNG image");
        String read = QrCodes.read(png);
        assertEquals(payload, read);
        assertTrue(DocumentSignatures.verifies(SecurePayload.decode(read), pair.getPublic()));
        assertTrue(
                DocumentSignatures.verifies(SecurePayload.decode(QrCodes.read(asJpeg(png))), pair.getPublic()),
                "a photo (JPEG) of the code reads as well");
    }

    @Test
    void everyGeneratedCodeReadsBackNotOnlyMostOfThem() throws Exception {
        // One generated code in about a hundred defeated ZXing's usual reading; the fallbacks must read them all.
        KeyPair pair = DocumentSignatures.generate();
        for (int i = 0; i < 300; i++) {
            String payload = DocumentSignatures.sign(
                            SecurePayload.unsigned(
                                    "MOI/2026/" + i,
                                    "MOI",
                                    LocalDate.of(2026, 1, 1).plusDays(i),
                                    "ABCD2345",
                                    SecurePayloadTest.digest("وثيقة " + i)),
                            pair.getPrivate())
                    .encode();
            assertEquals(payload, QrCodes.read(QrCodes.png(payload, 360)), "code " + i);
        }
    }

    @Test
    void anImageWithoutACodeOrAFileThatIsNoImageIsMalformed() throws Exception {
        BufferedImage blank = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(blank, "png", png);
        assertThrows(MalformedPayload.class, () -> QrCodes.read(png.toByteArray()));
        assertThrows(MalformedPayload.class, () -> QrCodes.read("%PDF-1.7 not an image".getBytes()));
    }

    private static byte[] asJpeg(byte[] png) throws Exception {
        BufferedImage source = ImageIO.read(new java.io.ByteArrayInputStream(png));
        BufferedImage rgb = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(source, 0, 0, null);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(rgb, "jpg", jpeg);
        return jpeg.toByteArray();
    }
}
