package org.hotline.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * A document to register, as an institution delivers it: the holder's name (kept only as its keyed hash) and the
 * SHA-256 of the document's content (hex), never the content.
 */
public record NewDocument(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9/-]{0,39}")
        String number,

        @NotBlank @Size(max = 32) String institutionCode,
        @NotNull DocumentType type,
        @NotNull @PastOrPresent LocalDate issueDate,
        @NotBlank @Size(max = 300) String subject,
        @NotBlank @Size(max = 200) String holderName,
        @NotBlank @Pattern(regexp = "[0-9a-fA-F]{64}") String contentSha256) {

    byte[] digest() {
        return HexFormat.of().parseHex(contentSha256);
    }
}
