package org.hotline.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.hotline.attachment.AttachmentContent;
import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void theHeaderCarriesTheNameAsRfc5987Utf8AndAnAsciiFallbackAndNothingThatEndsIt() {
        String header = Downloads.contentDisposition("صورة الهوية (1).png");
        assertEquals(
                "attachment; filename=\"____ ______ (1).png\"; filename*=UTF-8''"
                        + "%D8%B5%D9%88%D8%B1%D8%A9%20%D8%A7%D9%84%D9%87%D9%88%D9%8A%D8%A9%20%281%29.png",
                header);
        String value = header.substring(header.indexOf("''") + 2);
        assertEquals("صورة الهوية (1).png", URLDecoder.decode(value, StandardCharsets.UTF_8));
        assertTrue(
                value.chars()
                        .allMatch(c -> c < 0x7F && (Character.isLetterOrDigit(c) || "%!#$&+-.^_`|~".indexOf(c) >= 0)),
                "only RFC 5987 attr-chars and escapes: " + value);
    }

    @Test
    void aStoredNameCannotInjectAHeaderOrAParameter() {
        // An older row, kept before the names were cleaned: the download cleans it again.
        String name = new AttachmentContent(
                        "a\"; filename=evil.html\r\nSet-Cookie: x=1\u202Egnp.pdf", "application/pdf", "00", new byte[0])
                .fileName();
        String header = Downloads.contentDisposition(name);
        assertFalse(header.contains("\r") || header.contains("\n") || header.contains("\u202E"), header);
        assertEquals(2, header.chars().filter(c -> c == '"').count(), "the fallback's own quotes only: " + header);
        assertTrue(header.endsWith("filename*=UTF-8''a%3B%20filename%3Devil.htmlSet-Cookie%3A%20x%3D1gnp.pdf"), header);
    }
}
