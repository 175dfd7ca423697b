package org.hotline.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PbxMemberNameTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "agent1",
                "Agent1",
                "AGENT1",
                " agent1 ",
                "\tagent1\n",
                "agent1\u00A0",
                "\u200Bagent1",
                "agent\u200B1",
                "age\u200Dnt1",
                "\u202Eagent1",
                "\uFEFFagent1",
                "\uFF41\uFF47\uFF45\uFF4E\uFF54\uFF11",
                "\uFF21GENT1",
                "agent\u0661",
                "agent\u06F1",
                "\u3000agent1\u2003"
            })
    void everyLookAlikeOfAMemberNameIsThatName(String typed) {
        assertEquals("agent1", PbxMemberName.typed(typed).value(), typed);
    }

    @Test
    void anInterfaceKeepsItsSlashAndAtSignInLowerCaseAsAsteriskFindsItWhateverTheCase() {
        assertEquals(
                "local/agent1@agents",
                PbxMemberName.typed("Local/agent1@agents").value());
        assertEquals("pjsip/1001", PbxMemberName.typed(" PJSIP/1001 ").value());
        assertEquals(
                "local/1001@from-queue/n",
                PbxMemberName.typed("Local/1001@from-queue/n").value());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "\u200B",
                "agent 1",
                "agent\u00A01",
                "\u0430gent1",
                "ag\u00E9nt1",
                "agent1\u0301",
                "agent,1",
                "agent;1",
                "\u0639\u0636\u0648",
                "-agent1",
                "/agent1",
                "agent1\n2",
                "agent\u00001"
            })
    void whatIsNotAMemberNameIsRefusedRatherThanGuessed(String typed) {
        assertThrows(PbxMemberRejected.class, () -> PbxMemberName.typed(typed), typed);
    }

    @Test
    void nothingAndTooMuchAreRefused() {
        assertThrows(PbxMemberRejected.class, () -> PbxMemberName.typed(null));
        assertThrows(PbxMemberRejected.class, () -> PbxMemberName.typed("a".repeat(81)));
        assertEquals("a".repeat(80), PbxMemberName.typed("a".repeat(80)).value());
        assertThrows(
                PbxMemberRejected.class,
                () -> PbxMemberName.typed("\u200B".repeat(1000) + "agent1"),
                "typing far longer than any name is refused before it is normalised");
    }

    @Test
    void theKeptSpellingIsStable() {
        for (String typed : new String[] {"agent1", "Local/agent1@agents", "PJSIP/1001", "john.doe", "7001+x"}) {
            String kept = PbxMemberName.typed(typed).value();
            assertEquals(kept, PbxMemberName.typed(kept).value());
        }
    }

    @Test
    void aNameThePbxReportedIsFoldedAsAsteriskComparesThemAndNotMadePlain() {
        assertEquals("agent1", PbxMemberName.folded(" Agent1 "));
        assertEquals("\uFF41gent1", PbxMemberName.folded("\uFF41gent1"), "another member on the PBX");
        AgentNames names = new AgentNames(Map.of("agent1", new AgentNames.Person("zainab", "Zainab")));
        assertEquals("\uFF41gent1", names.shown("\uFF41gent1"), "a look-alike on the PBX is nobody here");
    }
}
