package org.hotline.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class ShortCodeAndSecretsTest {

    @Test
    void theShortCodeReadsAloudAndForgivesHowItIsTyped() throws Exception {
        byte[] digest = SecurePayloadTest.digest("كتاب رسمي");
        String code = ShortCode.of(digest);
        assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{8}"), code);
        assertTrue(ShortCode.matches(code.toLowerCase(), digest));
        assertTrue(ShortCode.matches(code.substring(0, 4) + "-" + code.substring(4), digest));
        assertTrue(ShortCode.matches(code.replace('0', 'O').replace('1', 'I'), digest), "O for 0, I for 1");
        assertFalse(ShortCode.matches(code.substring(0, 7), digest));
        assertFalse(ShortCode.matches(null, digest));
        assertFalse(ShortCode.matches(code, SecurePayloadTest.digest("كتاب آخر")));
    }

    @Test
    void privateKeysAreSealedAndHolderNamesHashedUnderTheSecret() {
        byte[] secret = new byte[32];
        Arrays.fill(secret, (byte) 7);
        DocumentSecrets secrets = new DocumentSecrets(secret);
        byte[] privateKey = DocumentSignatures.generate().getPrivate().getEncoded();
        byte[] sealed = secrets.seal(privateKey);
        assertFalse(Arrays.equals(privateKey, Arrays.copyOfRange(sealed, 12, 12 + privateKey.length)));
        assertArrayEquals(privateKey, secrets.unseal(sealed));
        byte[] otherSecret = new byte[32];
        assertThrows(IllegalStateException.class, () -> new DocumentSecrets(otherSecret).unseal(sealed));

        assertArrayEquals(secrets.holderHash("زينب  كاظم"), secrets.holderHash(" زينب كاظم "), "spacing");
        assertArrayEquals(secrets.holderHash("Zainab Kadhim"), secrets.holderHash("ZAINAB KADHIM"), "case");
        assertFalse(
                Arrays.equals(
                        secrets.holderHash("زينب كاظم"), new DocumentSecrets(otherSecret).holderHash("زينب كاظم")),
                "keyed: without the secret a name cannot be matched");
        assertEquals(32, secrets.holderHash("x").length);
        assertThrows(IllegalArgumentException.class, () -> new DocumentSecrets(new byte[16]));
    }

    @Test
    void holderHashesStayWhatTheRegistryAlreadyHolds() throws Exception {
        byte[] secret = new byte[32];
        Arrays.fill(secret, (byte) 9);
        byte[] holderKey = hmac(secret, "hotline 5599 document holders");
        DocumentSecrets secrets = new DocumentSecrets(secret);
        assertArrayEquals(hmac(holderKey, "zainab kadhim"), secrets.holderHash("  Zainab \t\n Kadhim "));
        assertArrayEquals(hmac(holderKey, "zainab kadhim"), secrets.holderHash("Zainab Kadhim"), "spaced once");
        assertArrayEquals(hmac(holderKey, "zainab kadhim"), secrets.holderHash("Zainab\tKadhim"), "a tab");
        assertArrayEquals(hmac(holderKey, "مواطن رقم 7"), secrets.holderHash("مواطن  رقم 7"));
        assertArrayEquals(
                secrets.holderHash("زينب كاظم"), secrets.holderHash("زينب كاظم"), "the same name twice, the same hash");
    }

    private static byte[] hmac(byte[] key, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    }
}
