package org.hotline.attachment;

import static org.hotline.attachment.SampleFiles.ascii;
import static org.hotline.attachment.SampleFiles.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AttachmentPolicyTest {

    @Test
    void realFilesAreAcceptedAsWhatTheyAre() {
        assertEquals(AttachmentPolicy.Kind.PNG, AttachmentPolicy.check(SampleFiles.png(40, 30)));
        assertEquals(AttachmentPolicy.Kind.JPEG, AttachmentPolicy.check(SampleFiles.jpeg(40, 30)));
        assertEquals(AttachmentPolicy.Kind.PDF, AttachmentPolicy.check(SampleFiles.pdf("وصل الدفع")));
        assertEquals(
                AttachmentPolicy.Kind.PNG,
                AttachmentPolicy.check(SampleFiles.png(4000, 3000)),
                "a phone photo's size is within the limits (decoded subsampled)");
    }

    @Test
    void decompressionBombsAreRefusedFromTheHeaderBeforeAnyPixelIsDecoded() {
        byte[] bomb = SampleFiles.pngBomb(10_000, 10_000, false);
        assertTrue(bomb.length < 64 * 1024, "a few kilobytes: " + bomb.length);
        assertEquals(AttachmentRejected.Reason.IMAGE_TOO_LARGE, reason(bomb));
        assertEquals(
                AttachmentRejected.Reason.IMAGE_TOO_LARGE,
                reason(SampleFiles.pngBomb(10_000, 10_000, true)),
                "a huge header with truncated data");
        assertEquals(AttachmentRejected.Reason.IMAGE_TOO_LARGE, reason(SampleFiles.jpegClaiming(60_000, 60_000)));
        assertEquals(
                AttachmentRejected.Reason.IMAGE_TOO_LARGE,
                reason(SampleFiles.pngBomb(20_000, 10, false)),
                "one side too long");
        assertEquals(
                AttachmentRejected.Reason.IMAGE_TOO_LARGE,
                assertThrows(
                                AttachmentRejected.class,
                                () -> UploadedImages.decode(bomb, AttachmentPolicy.Kind.PNG, 2048))
                        .reason(),
                "the QR reader's path has the same limit");
    }

    @Test
    void aPictureThatDoesNotDecodeIsMalformed() {
        byte[] png = SampleFiles.png(300, 300);
        assertEquals(AttachmentRejected.Reason.MALFORMED, reason(java.util.Arrays.copyOf(png, png.length / 2)));
        assertEquals(
                AttachmentRejected.Reason.MALFORMED,
                reason(SampleFiles.pngBomb(1000, 1000, true)),
                "within the limits but its data stops short");
        assertEquals(
                AttachmentRejected.Reason.MALFORMED,
                reason(concat(java.util.Arrays.copyOf(png, 8), ascii("<html><script>alert(1)</script></html>"))),
                "a PNG signature in front of a page");
        assertEquals(
                AttachmentRejected.Reason.UNSUPPORTED_TYPE,
                reason(ascii("GIF89a\u0010\u0027\u0010\u0027")),
                "GIF is not accepted at all");
    }

    @Test
    void aPdfMustParseAndEndAtItsEndOfFileMarker() {
        byte[] pdf = SampleFiles.pdf("letter");
        assertEquals(
                AttachmentRejected.Reason.MALFORMED,
                reason(ascii("%PDF-1.7\n<html><body><script>alert(1)" + "</script></body></html>\n")),
                "a PDF header followed by HTML");
        assertEquals(
                AttachmentRejected.Reason.MALFORMED,
                reason(concat(pdf, ascii("<html><script>alert(1)</script>"))),
                "a page appended after %%EOF");
        assertEquals(
                AttachmentRejected.Reason.MALFORMED,
                reason(concat(
                        ascii("%PDF-1.4\n%<html><script>x</script>\n"),
                        java.util.Arrays.copyOfRange(pdf, 9, pdf.length))),
                "markup where browsers sniff");
        assertEquals(
                AttachmentRejected.Reason.MALFORMED,
                reason(java.util.Arrays.copyOf(pdf, pdf.length - 40)),
                "cut short");
        assertEquals(
                AttachmentPolicy.Kind.PDF,
                AttachmentPolicy.check(concat(pdf, ascii("\r\n  \n"))),
                "whitespace after %%EOF is allowed");
    }

    @Test
    void aPdfWhoseStructureWouldInflatePastTheBoundIsRefusedBeforeTheParserInflatesIt() {
        byte[] compressed = SampleFiles.pdf("letter", true);
        assertTrue(
                new String(compressed, java.nio.charset.StandardCharsets.ISO_8859_1).contains("/ObjStm"),
                "a PDF 1.5 with object streams");
        assertTrue(PdfStructure.structureInflatesWithinBound(compressed));
        assertEquals(AttachmentPolicy.Kind.PDF, AttachmentPolicy.check(compressed));
        byte[] bomb = SampleFiles.pdfObjectStreamBomb(64);
        assertTrue(bomb.length < 512 * 1024, "64 MiB in " + bomb.length + " bytes");
        assertFalse(PdfStructure.structureInflatesWithinBound(bomb));
        assertTrue(PdfStructure.structureInflatesWithinBound(SampleFiles.pdfObjectStreamBomb(4)), "4 MiB is allowed");
        assertEquals(AttachmentRejected.Reason.MALFORMED, reason(bomb));
    }

    @Test
    void theDeclaredTypeMustBeTheContentsOrSayNothing() {
        assertTrue(AttachmentPolicy.declaredTypeFits("application/octet-stream", AttachmentPolicy.Kind.PDF));
        assertTrue(AttachmentPolicy.declaredTypeFits("image/PNG; q=1", AttachmentPolicy.Kind.PNG));
        assertTrue(AttachmentPolicy.declaredTypeFits(null, AttachmentPolicy.Kind.JPEG));
        assertFalse(AttachmentPolicy.declaredTypeFits("image/png", AttachmentPolicy.Kind.PDF));
        assertFalse(AttachmentPolicy.declaredTypeFits("application/pdf", AttachmentPolicy.Kind.JPEG));
    }

    @Test
    void namesLoseBidiControlsAndPathsAndStayBounded() {
        assertEquals("invoicefdp.exe", AttachmentPolicy.cleanName("invoice\u202Efdp.exe"));
        assertEquals("ab.pdf", AttachmentPolicy.cleanName("a\u2066\u2067\u2068\u2069\u202A\u202B\u202C\u202Db.pdf"));
        assertEquals("x.png", AttachmentPolicy.cleanName("\u200E\u200F\u061Cx.png"));
        assertEquals("evilX-Injected: 1.pdf", AttachmentPolicy.cleanName("evil\r\nX-Injected: 1.pdf"));
        assertEquals("ab.pdf", AttachmentPolicy.cleanName("a\u0000\u0085\u009Bb.pdf"), "C0 and C1 controls");
        assertEquals("passwd", AttachmentPolicy.cleanName("..\\..\\etc/passwd"));
        assertEquals("htaccess", AttachmentPolicy.cleanName(".htaccess"));
        assertEquals("attachment", AttachmentPolicy.cleanName("\u202E\u202E/"));
        assertEquals("attachment", AttachmentPolicy.cleanName(null));
        assertEquals(
                "نامه\u200Cی من.pdf",
                AttachmentPolicy.cleanName("نامه\u200Cی من.pdf"),
                "the zero-width non-joiner stays: Kurdish needs it");
        assertEquals("صورة الهوية.png", AttachmentPolicy.cleanName("صورة الهوية.png"));
        String longName = "a".repeat(300) + ".pdf";
        assertEquals(
                AttachmentPolicy.MAX_NAME_LENGTH,
                AttachmentPolicy.cleanName(longName).length());
        assertTrue(AttachmentPolicy.cleanName(longName).endsWith(".pdf"));
        String emoji = "\uD83D\uDE00".repeat(200) + ".png";
        String cut = AttachmentPolicy.cleanName(emoji);
        assertFalse(Character.isLowSurrogate(cut.charAt(0)), "never half a character");
    }

    @Test
    void subsamplingBringsTheLongSideWithinTheDecodedSize() {
        assertEquals(1, UploadedImages.subsampling(new UploadedImages.Dimensions(512, 100), 512));
        assertEquals(2, UploadedImages.subsampling(new UploadedImages.Dimensions(513, 100), 512));
        assertEquals(8, UploadedImages.subsampling(new UploadedImages.Dimensions(4000, 4096), 512));
    }

    private static AttachmentRejected.Reason reason(byte[] content) {
        return assertThrows(AttachmentRejected.class, () -> AttachmentPolicy.check(content))
                .reason();
    }
}
