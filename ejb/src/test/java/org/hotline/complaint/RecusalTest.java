package org.hotline.complaint;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RecusalTest {

    @Test
    void anOfficerOfTheAccusedInstitutionStaysAway() {
        assertTrue(Recusal.applies("MOI", "MOI"));
        assertTrue(Recusal.applies("moi", "MOI"), "codes typed in another case are the same institution");
        assertTrue(Recusal.applies(" MOI ", "MOI"));
    }

    @Test
    void anOfficerOfAnotherInstitutionOrOfNoneHandlesIt() {
        assertFalse(Recusal.applies("MOH", "MOI"));
        assertFalse(Recusal.applies(null, "MOI"), "most officers belong to no institution");
        assertFalse(Recusal.applies("", "MOI"));
        assertFalse(Recusal.applies("MOI-TRAFFIC", "MOI"), "a code is compared whole, not as a prefix");
    }
}
