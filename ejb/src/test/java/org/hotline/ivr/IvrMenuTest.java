package org.hotline.ivr;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What administrators may not make of the IVR's main menu: each refusal comes before anything is written (the bean
 * here has no database at all), so a refused menu leaves the one callers hear as it was.
 */
class IvrMenuTest {

    private static final MenuOption AGENT = new MenuOption("0", IvrTopic.AGENT, "agents");

    @Test
    void aDigitUsedTwiceIsRefused() {
        MenuRejected refused = assertThrows(
                MenuRejected.class,
                () -> new IvrMenu()
                        .replace(List.of(
                                AGENT,
                                new MenuOption("1", IvrTopic.ENQUIRY, "enquiries"),
                                new MenuOption("1", IvrTopic.COMPLAINT, "complaints"))));
        assertTrue(refused.getMessage().contains("digit 1 twice"), refused.getMessage());
    }

    @Test
    void aQueuedTopicWithoutAQueueIsRefused() {
        MenuRejected refused = assertThrows(
                MenuRejected.class,
                () -> new IvrMenu().replace(List.of(AGENT, new MenuOption("2", IvrTopic.REGISTRATION, null))));
        assertTrue(refused.getMessage().contains("needs a queue"), refused.getMessage());
    }

    @Test
    void aMenuWithNoKeyToAnAgentIsRefused() {
        MenuRejected refused = assertThrows(
                MenuRejected.class,
                () -> new IvrMenu()
                        .replace(List.of(
                                new MenuOption("1", IvrTopic.ENQUIRY, "enquiries"),
                                new MenuOption("4", IvrTopic.TICKET_STATUS, null))));
        assertTrue(refused.getMessage().contains("no key leads to an agent"), refused.getMessage());
    }
}
