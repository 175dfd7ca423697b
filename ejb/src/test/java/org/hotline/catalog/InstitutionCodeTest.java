package org.hotline.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstitutionCodeTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "MOI",
                "moi",
                "Moi",
                "\uFF2D\uFF2F\uFF29",
                "\uFF4D\uFF4F\uFF49",
                "MO\u200BI",
                "\u200DMOI",
                "MOI\u200C",
                "\u202EMOI",
                "MOI\u200E",
                "\u2066MOI\u2069",
                "\uFEFFMOI",
                "MOI\u00A0",
                "\u00A0MOI",
                " MOI ",
                "\tMOI\n",
                "MOI\u2007",
                "MOI\u202F",
                "\u3000MOI",
                "MOI\u2003"
            })
    void everyLookAlikeOfACodeBecomesTheCode(String typed) {
        assertEquals(Optional.of("MOI"), InstitutionCode.wellFormed(typed), typed);
    }

    @Test
    void arabicIndicDigitsBecomeAsciiDigits() {
        assertEquals("GCT2", InstitutionCode.canonical("GCT\u0662"), "Arabic-Indic");
        assertEquals("GCT2", InstitutionCode.canonical("GCT\u06F2"), "Extended Arabic-Indic");
        assertEquals("GCT2", InstitutionCode.canonical("GCT\uFF12"), "full-width");
        assertEquals(
                "A0123456789",
                InstitutionCode.canonical("A\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667" + "\u0668\u0669"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "MO\u00CD",
                "MO\u00ED",
                "MOI\u0301",
                "M\u00D6I",
                "MO I",
                "MO\u00A0I",
                "\u041C\u041E\u0406",
                "MOI.",
                "M",
                "",
                "\u200B",
                "MOI\u0338",
                "\u0645\u0648\u0627",
                "MOI\u0967"
            })
    void whatIsNotACodeIsRefusedRatherThanGuessed(String typed) {
        assertEquals(Optional.empty(), InstitutionCode.wellFormed(typed), typed);
    }

    @Test
    void anAccentIsKeptSoTheAccentedCodeIsNotTheCode() {
        assertEquals("MO\u00CD", InstitutionCode.canonical("MOI\u0301"), "NFKC composes, it does not strip accents");
        assertFalse(InstitutionCode.wellFormed("MOI\u0301").isPresent());
    }

    @Test
    void blankIsNothingTyped() {
        assertNull(InstitutionCode.canonical(null));
        assertTrue(InstitutionCode.isBlank(null));
        assertTrue(InstitutionCode.isBlank(" \u00A0\u200B "));
        assertFalse(InstitutionCode.isBlank("MOI"));
    }

    @Test
    void theCanonicalSpellingIsStable() {
        for (String code : new String[] {"MOI", "MOH", "MOHESR", "GCT", "NDC", "MOLSA", "TRAFFIC", "A-1_B"}) {
            assertEquals(code, InstitutionCode.canonical(code));
            assertEquals(code, InstitutionCode.canonical(InstitutionCode.canonical(code)));
        }
    }
}
