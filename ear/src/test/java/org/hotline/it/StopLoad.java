package org.hotline.it;

import java.time.Instant;
import java.util.List;

/**
 * The load {@code scripts/check-stop.sh} stops the server under: the fake PBX on {@code hotline.ami.port}, calls
 * beginning without pause (every other one left in progress, answered and talking), and tickets opened through the
 * API by an agent, until the process is ended. With {@code pbx-only} as argument it only keeps the fake PBX
 * listening, with its queues, for the states that need a PBX and no load.
 */
public final class StopLoad {

    private static final String AGENT = "stop.agent";
    private static final String PASSPHRASE = "a long test passphrase 5599";

    private StopLoad() {}

    public static void main(String[] args) throws Exception {
        FakeAsterisk pbx = TestPbx.get();
        System.out.println("fake PBX up, " + pbx.logins() + " logins");
        if (args.length > 0 && args[0].equals("pbx-only")) {
            Thread.sleep(Long.MAX_VALUE);
        }
        SystemUnderTest.ensureUser(AGENT, "Stop Agent", PASSPHRASE, org.hotline.common.Role.AGENT);
        Api agent = Api.as(AGENT, PASSPHRASE);
        long base = Instant.now().getEpochSecond();
        for (int n = 0; ; n++) {
            String linkedid = base + "." + n;
            List<String> call = PbxCalls.answered(
                    linkedid,
                    "0770" + String.format("%07d", n),
                    "enquiries",
                    "PJSIP/18" + String.format("%02d", n % 20),
                    "Stop Agent " + n % 20,
                    Instant.now(),
                    2,
                    30);
            for (String block : call) {
                if (n % 2 == 1 && block.startsWith("Event: AgentComplete")) {
                    break; // every other call stays up: calls in progress when the server is stopped
                }
                pbx.send(block);
            }
            try {
                agent.post(
                        "/api/v1/tickets",
                        "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\"استفسار أثناء الإيقاف " + n + "\"}");
            } catch (Exception stopping) {
                // the server is going away: the load goes on until it is ended
            }
            if (n % 50 == 0) {
                System.out.println(n + " calls and tickets");
            }
            Thread.sleep(100);
        }
    }
}
