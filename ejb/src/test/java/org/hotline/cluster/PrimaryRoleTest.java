package org.hotline.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The primary role as its followers see it: the current role at once, then each change once, until they stop. */
class PrimaryRoleTest {

    @AfterEach
    void secondaryAgain() {
        PrimaryRole.become(false, "test");
    }

    @Test
    void aFollowerIsToldTheRoleAtOnceThenEachChangeOnce() throws Exception {
        PrimaryRole.become(false, "test");
        List<Boolean> told = new ArrayList<>();
        try (AutoCloseable following = PrimaryRole.follow(told::add)) {
            PrimaryRole.become(true, "elected");
            PrimaryRole.become(true, "elected again"); // no change: nobody is told
            PrimaryRole.become(false, "moved");
        }
        PrimaryRole.become(true, "after the follower stopped");

        assertEquals(List.of(false, true, false), told);
        assertTrue(PrimaryRole.isPrimary());
    }

    @Test
    void aFollowerThatFailsDoesNotKeepTheOthersFromBeingTold() throws Exception {
        PrimaryRole.become(false, "test");
        List<Boolean> told = new ArrayList<>();
        try (AutoCloseable failing = PrimaryRole.follow(primary -> {
                    if (primary) {
                        throw new IllegalStateException("a follower's bug");
                    }
                });
                AutoCloseable following = PrimaryRole.follow(told::add)) {
            PrimaryRole.become(true, "elected");
        }
        assertEquals(List.of(false, true), told);
    }

    @Test
    void aNodeIsNotThePrimaryUntilItIsMadeOne() {
        PrimaryRole.become(false, "test");
        assertFalse(PrimaryRole.isPrimary());
    }
}
