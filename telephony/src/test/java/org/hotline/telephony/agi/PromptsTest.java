package org.hotline.telephony.agi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hotline.ivr.IvrTopic;
import org.hotline.ticket.TicketStatus;
import org.junit.jupiter.api.Test;

class PromptsTest {

    private final Prompts prompts = new Prompts();

    /** Every prompt the entry script plays. */
    private static List<String> used() {
        List<String> names = new ArrayList<>(List.of("welcome", "closed", "callback-confirmed", "callback-impossible",
                "goodbye", "language-choice", "press", "change-language", "invalid", "to-agent", "enter-ticket",
                "ticket-invalid", "ticket-not-found", "ticket-number", "enter-pin", "pin-wrong", "pin-wait",
                "status-more"));
        for (IvrTopic topic : IvrTopic.values()) {
            names.add("topic-" + topic);
        }
        for (TicketStatus status : TicketStatus.values()) {
            names.add("status-" + status);
        }
        for (int digit = 0; digit <= 9; digit++) {
            names.add("digit-" + digit);
        }
        return names;
    }

    @Test
    void everyPromptTheScriptPlaysIsInTheManifestInArabicKurdishAndEnglish() {
        Set<String> present = new HashSet<>();
        prompts.manifest().forEach(prompt -> present.add(prompt.name() + "/" + prompt.language()));
        for (String name : used()) {
            for (String language : List.of("ar", "ku", "en")) {
                assertTrue(present.contains(name + "/" + language), name + " in " + language);
            }
        }
    }

    @Test
    void theManifestHasEachPromptOnceWithWordsToRecord() {
        Set<String> seen = new HashSet<>();
        prompts.manifest().forEach(prompt -> {
            assertTrue(seen.add(prompt.name() + "/" + prompt.language()), "twice: " + prompt);
            assertFalse(prompt.words().isBlank(), prompt.name());
            assertTrue(prompt.name().matches("[a-z0-9-]+|topic-[A-Z_]+|status-[A-Z_]+"), prompt.name());
        });
        assertEquals(used().size() * 3, prompts.manifest().size(), "no prompt the script does not play");
    }
}
