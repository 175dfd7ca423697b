package org.hotline.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SecurePayloadTest {

    private static final KeyPair MOI = DocumentSignatures.generate();
    private static final KeyPair MOH = DocumentSignatures.generate();

    static byte[] digest(String content) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
    }

    private static SecurePayload signed(KeyPair pair) throws Exception {
        return DocumentSignatures.sign(
                SecurePayload.unsigned(
                        "MOI/2026/004711",
                        "MOI",
                        LocalDate.of(2026, 3, 15),
                        "K7Q2M9XA",
                        digest("كتاب رسمي: تأييد صحة صدور")),
                pair.getPrivate());
    }

    @Test
    void aPayloadIsWrittenAndReadBackFieldForField() throws Exception {
        SecurePayload payload = signed(MOI);
        String text = payload.encode();
        assertTrue(text.startsWith("SD1|MOI/2026/004711|MOI|20260315|K7Q2M9XA|"), text);
        assertTrue(text.length() < 200, "compact enough for a small QR code: " + text.length());
        SecurePayload read = SecurePayload.decode(text);
        assertEquals("MOI/2026/004711", read.number());
        assertEquals("MOI", read.institutionCode());
        assertEquals(LocalDate.of(2026, 3, 15), read.issueDate());
        assertEquals("K7Q2M9XA", read.keyId());
        assertArrayEquals(payload.digest(), read.digest());
        assertArrayEquals(payload.signature(), read.signature());
        assertTrue(DocumentSignatures.verifies(read, MOI.getPublic()));
    }

    @Test
    void aTamperedPayloadOrAnotherInstitutionsKeyFailsTheSignature() throws Exception {
        String text = signed(MOI).encode();
        SecurePayload otherDate = SecurePayload.decode(text.replace("|20260315|", "|20260316|"));
        assertFalse(DocumentSignatures.verifies(otherDate, MOI.getPublic()), "a changed date");
        SecurePayload otherNumber = SecurePayload.decode(text.replace("004711", "004712"));
        assertFalse(DocumentSignatures.verifies(otherNumber, MOI.getPublic()), "a changed number");
        assertFalse(
                DocumentSignatures.verifies(SecurePayload.decode(text), MOH.getPublic()), "another institution's key");
    }

    @Test
    void truncatedGarbledOrForeignTextIsMalformed() throws Exception {
        String text = signed(MOI).encode();
        for (String bad : new String[] {
            text.substring(0, text.length() - 10),
            "https://example.org/not-ours",
            "",
            "SD1|x",
            text.replace("|20260315|", "|2026-03-15|"),
            text.replace("SD1|", "SD9|"),
            text.replace("|MOI|", "|M O I|"),
            text + "|extra",
            "SD1|A|B|20260315|KEY1|@@@|@@@",
            null
        }) {
            assertThrows(MalformedPayload.class, () -> SecurePayload.decode(bad), String.valueOf(bad));
        }
    }

    @Test
    void aRetiredKeyVouchesForWhatItSignedBeforeRetiringAndARevokedOneForNothing() {
        DocumentKey key = new DocumentKey(
                "K7Q2M9XA", "MOI", MOI.getPublic().getEncoded(), null, Instant.parse("2025-01-01T00:00:00Z"));
        assertEquals(null, key.refusal("MOI", LocalDate.of(2026, 3, 15)));
        assertEquals("signed with another institution's key", key.refusal("MOH", LocalDate.of(2026, 3, 15)));
        key.retire(Instant.parse("2026-06-30T12:00:00Z")); // rotated: 30 June in Baghdad
        assertEquals(null, key.refusal("MOI", LocalDate.of(2026, 6, 30)), "issued before it retired");
        assertTrue(key.refusal("MOI", LocalDate.of(2026, 7, 1)).contains("retired"), "issued after");
        key.revoke("the key leaked from the ministry's issuing system", Instant.parse("2026-08-01T00:00:00Z"));
        assertEquals("signed with a revoked key", key.refusal("MOI", LocalDate.of(2026, 3, 15)));
    }
}
