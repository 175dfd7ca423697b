package org.hotline.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgentNamesTest {

    private static final AgentNames.Person ZAINAB = new AgentNames.Person("zainab", "زينب الحسيني");
    private static final AgentNames.Person ALI = new AgentNames.Person("ali", "Ali Kareem");
    private final AgentNames names =
            new AgentNames(Map.of("agent1", ZAINAB, "agent7", ZAINAB, "local/agent2@agents", ALI));

    @Test
    void aMappedMemberIsItsPersonAndAnUnmappedOneKeepsItsPbxName() {
        assertEquals("زينب الحسيني", names.shown("agent1"));
        assertEquals("زينب الحسيني", names.shown("AGENT7 "), "as Asterisk compares member names");
        assertEquals("agent3", names.shown("agent3"), "nobody was given agent3: it still shows");
        assertNull(names.shown(null), "an unanswered call has no agent");
    }

    @Test
    void theMemberNameIsLookedUpFirstThenTheInterface() {
        assertEquals(Optional.of(ZAINAB), names.personOf("agent1", "Local/agent2@agents"));
        assertEquals(Optional.of(ALI), names.personOf("agent2", "Local/agent2@agents"), "agent2 is nobody's");
        assertEquals(Optional.of(ALI), names.personOf(null, "Local/agent2@agents"), "a member without a name");
        assertEquals(Optional.empty(), names.personOf("agent9", "Local/agent9@agents"));
        assertEquals(Optional.empty(), AgentNames.none().personOf("agent1"));
    }

    @Test
    void theReportsLookTheSameKeysUpInTheDatabaseAndFallBackToThePbxName() {
        String sql = AgentNames.nameSql("p.agent", "p.agent_key", "p.phone_key");
        assertTrue(sql.startsWith("coalesce((select "), sql);
        assertTrue(
                sql.contains("where pm.member = p.agent_key)") && sql.contains("where pm.member = p.phone_key)"), sql);
        assertTrue(sql.indexOf("p.agent_key") < sql.indexOf("p.phone_key"), "the member name first");
        assertTrue(sql.endsWith(", p.agent)"), sql);
    }
}
