package org.hotline.document;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * What a secure document's QR code holds: a version tag, the document number, the issuing institution's code, the
 * issue date, the id of the key that signed it, the SHA-256 of the document's content, and the signature over all of
 * that. Written as text so that any QR reader shows it, compact enough for a small code:
 * {@code SD1|<number>|<institution>|<yyyyMMdd>|<key id>|<digest, base64url>|<signature, base64url>}.
 */
public record SecurePayload(
        String number, String institutionCode, LocalDate issueDate, String keyId, byte[] digest, byte[] signature) {

    public static final String VERSION = "SD1";
    /** Document numbers as institutions write them: letters, digits, slashes and dashes. */
    public static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/-]{0,39}");

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,32}");
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9]{4,16}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** The payload before it is signed. */
    public static SecurePayload unsigned(
            String number, String institutionCode, LocalDate issueDate, String keyId, byte[] digest) {
        return new SecurePayload(number, institutionCode, issueDate, keyId, digest.clone(), null);
    }

    public SecurePayload signedWith(byte[] newSignature) {
        return new SecurePayload(number, institutionCode, issueDate, keyId, digest, newSignature.clone());
    }

    /** The exact bytes the signature covers: every field but the signature, in order. */
    public byte[] signedBytes() {
        return String.join(
                        "|",
                        VERSION,
                        number,
                        institutionCode,
                        DATE.format(issueDate),
                        keyId,
                        ENCODER.encodeToString(digest))
                .getBytes(StandardCharsets.US_ASCII);
    }

    public String encode() {
        if (signature == null) {
            throw new IllegalStateException("an unsigned payload is not written into a QR code");
        }
        return new String(signedBytes(), StandardCharsets.US_ASCII) + "|" + ENCODER.encodeToString(signature);
    }

    /** Reads a payload, checking its form only (not its signature): anything else is {@link MalformedPayload}. */
    public static SecurePayload decode(String text) throws MalformedPayload {
        if (text == null || text.length() > 400) {
            throw new MalformedPayload("not a secure document's code");
        }
        String[] fields = text.strip().split("\\|", -1);
        if (fields.length != 7 || !VERSION.equals(fields[0])) {
            throw new MalformedPayload(
                    fields.length > 0 && fields[0].startsWith("SD")
                            ? "a version of the code this registry does not read: " + fields[0]
                            : "not a secure document's code");
        }
        if (!NUMBER.matcher(fields[1]).matches()
                || !CODE.matcher(fields[2]).matches()
                || !KEY_ID.matcher(fields[4]).matches()) {
            throw new MalformedPayload("a field of the code has the wrong form");
        }
        LocalDate issued;
        byte[] digest;
        byte[] signature;
        try {
            issued = LocalDate.parse(fields[3], DATE);
            digest = DECODER.decode(fields[5]);
            signature = DECODER.decode(fields[6]);
        } catch (DateTimeParseException | IllegalArgumentException garbled) {
            throw new MalformedPayload("a field of the code is garbled");
        }
        if (digest.length != 32 || signature.length != 64) {
            throw new MalformedPayload("the code is truncated");
        }
        return new SecurePayload(fields[1], fields[2], issued, fields[4], digest, signature);
    }
}
