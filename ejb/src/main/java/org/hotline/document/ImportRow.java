package org.hotline.document;

import java.time.LocalDate;

/** One checked row of an import file, ready for the registry: the holder already hashed, the digest in bytes. */
record ImportRow(
        String number,
        String institutionCode,
        DocumentType type,
        LocalDate issueDate,
        String subject,
        byte[] holderHash,
        byte[] digest) {}
