-- Institution codes have one spelling: the catalogue's own (capital Latin letters, digits, '-' and '_'). The
-- application canonicalises every code typed in and resolves it to the catalogue's row (org.hotline.catalog
-- .InstitutionCode); here the codes already stored are rewritten to that spelling, and the code columns get a binary
-- collation without padding, so that the database itself can no longer take a look-alike (full-width letters, another
-- case, an accent, a zero-width or trailing space) for the code it imitates. Recusal compares these columns.

-- First, the invisible and space-like characters that the old collation did not ignore are removed (no-break,
-- narrow no-break and figure spaces, zero-width space and joiners, bidi marks, the byte order mark), with the
-- ordinary spaces at either end.
UPDATE complaint SET institution_code = TRIM(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(
    REPLACE(REPLACE(institution_code, _utf8mb4 X'C2A0', ''), _utf8mb4 X'E280AF', ''), _utf8mb4 X'E28087', ''),
    _utf8mb4 X'E2808B', ''), _utf8mb4 X'E2808C', ''), _utf8mb4 X'E2808D', ''), _utf8mb4 X'E2808E', ''),
    _utf8mb4 X'E2808F', ''), _utf8mb4 X'E281A0', ''), _utf8mb4 X'EFBBBF', ''), _utf8mb4 X'E280AE', ''));
UPDATE user_account SET institution_code = TRIM(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(
    REPLACE(REPLACE(REPLACE(institution_code, _utf8mb4 X'C2A0', ''), _utf8mb4 X'E280AF', ''), _utf8mb4 X'E28087', ''),
    _utf8mb4 X'E2808B', ''), _utf8mb4 X'E2808C', ''), _utf8mb4 X'E2808D', ''), _utf8mb4 X'E2808E', ''),
    _utf8mb4 X'E2808F', ''), _utf8mb4 X'E281A0', ''), _utf8mb4 X'EFBBBF', ''), _utf8mb4 X'E280AE', ''))
    WHERE institution_code IS NOT NULL;
UPDATE user_account SET institution_code = NULL WHERE institution_code = '';

-- Then the old collation (utf8mb4_unicode_ci, which equates case, full-width forms, accents and Arabic-Indic digits)
-- is used one last time, on purpose: a stored look-alike lands on the institution it imitates, so that the recusal of
-- that institution's officers applies to the complaints filed with it. Only rows whose text differs are written.
UPDATE complaint c JOIN institution i ON i.code = c.institution_code
    SET c.institution_code = i.code WHERE BINARY c.institution_code <> BINARY i.code;
UPDATE user_account u JOIN institution i ON i.code = u.institution_code
    SET u.institution_code = i.code WHERE BINARY u.institution_code <> BINARY i.code;
UPDATE document_key k JOIN institution i ON i.code = k.institution_code
    SET k.institution_code = i.code WHERE BINARY k.institution_code <> BINARY i.code;
UPDATE secure_document d JOIN institution i ON i.code = d.institution_code
    SET d.institution_code = i.code WHERE BINARY d.institution_code <> BINARY i.code;
UPDATE ticket_document_check t JOIN institution i ON i.code = t.institution_code
    SET t.institution_code = i.code WHERE BINARY t.institution_code <> BINARY i.code;

-- A code that names no institution at all keeps its letters, in the catalogue's case; it matches nothing.
UPDATE complaint SET institution_code = UPPER(institution_code) WHERE BINARY institution_code <> BINARY UPPER(institution_code);

-- From now on the database compares codes byte for byte, trailing spaces included.
ALTER TABLE institution MODIFY code VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;
ALTER TABLE complaint MODIFY institution_code VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;
ALTER TABLE user_account MODIFY institution_code VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NULL;
ALTER TABLE document_key MODIFY institution_code VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;
ALTER TABLE secure_document MODIFY institution_code VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;
ALTER TABLE ticket_document_check MODIFY institution_code VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NULL;
