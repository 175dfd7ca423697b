package org.hotline.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hotline.attachment.SampleFiles;
import org.hotline.common.Role;
import org.openqa.selenium.By;

/**
 * How long each role's pages and actions keep a person waiting, in a real headless Chromium against the provisioned
 * server: from the click (or the address typed) until the page that follows is complete, or the part of the page an
 * action redraws shows its answer. That is what a person waits for, browser included.
 *
 * <p>Run by scripts/bench-pages.sh (not by the test suite: timed assertions are flaky on a shared machine). Every step
 * is taken {@value #TIMES} times per run, after one warm-up pass; printed per run: each step's median and maximum in
 * milliseconds. The baseline, in the same run and the same browser, is the smallest thing the browser can be asked for
 * on that server: the stylesheet, loaded as a page.
 */
public final class PageSpeedBenchmark {

    static final int TIMES = 5;
    private static final String PASSWORD = "a page speed passphrase 5599";
    private static final java.util.concurrent.atomic.AtomicInteger CITIZENS =
            new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger NEW_CALLERS =
            new java.util.concurrent.atomic.AtomicInteger((int) (System.currentTimeMillis() / 1000 % 5_000_000));

    private PageSpeedBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        SystemUnderTest.ensureUser("speed.agent", "Speed Agent", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("speed.officer", "Speed Officer", PASSWORD, Role.OFFICER);
        SystemUnderTest.ensureUser("speed.supervisor", "Speed Supervisor", PASSWORD, Role.SUPERVISOR);
        Path evidence = Files.createTempDirectory("speed").resolve("إيصال.png");
        Files.write(evidence, SampleFiles.png(640, 480));
        walk(new Steps(), evidence, 1);
        System.out.println("warm-up pass: not counted");
        for (int run = 1; run <= runs; run++) {
            Steps steps = new Steps();
            walk(steps, evidence, TIMES);
            System.out.println("== run " + run);
            steps.print();
        }
    }

    /** Every role's main jobs, {@code times} times each, each time by people who have just opened their browser. */
    private static void walk(Steps steps, Path evidence, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            try (Browser agent = new Browser();
                    Browser officer = new Browser();
                    Browser supervisor = new Browser();
                    Browser citizen = new Browser()) {
                // each citizen from an address of their own, as citizens are: one address files five an hour at most
                citizen.comingFrom(
                        "10.55." + (CITIZENS.get() / 250 % 250) + "." + (CITIZENS.getAndIncrement() % 250 + 1));
                walk(steps, agent, officer, supervisor, citizen, evidence);
            }
        }
    }

    private static void walk(
            Steps steps, Browser agent, Browser officer, Browser supervisor, Browser citizen, Path evidence)
            throws Exception {
        agent.open("/login.xhtml");
        java.net.URI stylesheet = java.net.URI.create(
                (String) agent.script("return document.querySelector('link[rel=stylesheet][href*=hotline]').href"));
        steps.time(
                "baseline: the stylesheet as a page",
                () -> agent.open(stylesheet.getRawPath() + "?" + stylesheet.getRawQuery()));
        steps.time("sign in (agent)", () -> agent.signIn("speed.agent", PASSWORD));
        steps.time("agent's home", () -> agent.open("/agent/index.xhtml"));
        steps.time("ticket list", () -> agent.open("/desk/tickets.xhtml"));
        steps.time("new-ticket page", () -> agent.open("/desk/new-ticket.xhtml"));
        // a caller the hotline has not heard from yet, each time
        String phone = String.format(Locale.ROOT, "0771 %07d", NEW_CALLERS.incrementAndGet());
        agent.type(By.id("newTicket:phone"), phone);
        steps.time("caller look-up", () -> {
            agent.click(By.id("newTicket:lookUp"));
            agent.waitForSomeText(By.id("newTicket:register"));
        });
        agent.type(By.id("newTicket:fullName"), "حسين كاظم");
        agent.type(By.id("newTicket:subject"), "استفسار عن تجديد البطاقة الوطنية ");
        steps.time("new ticket created", () -> agent.submit(By.id("newTicket:create")));
        String ticket = agent.text(By.id("ticketNumber"));
        agent.open("/desk/tickets.xhtml"); // the ticket just created is on the list at least
        agent.script("document.querySelector(\"[id='tickets:list_data'] tr\").dataset.before = 'true'");
        steps.time("ticket list sorted by a column's header", () -> {
            agent.click(By.id("tickets:list:priority"));
            agent.waitUntil(
                    "var row = document.querySelector(\"[id='tickets:list_data'] tr\");"
                            + " return row !== null && !row.dataset.before",
                    java.time.Duration.ofSeconds(30));
        });
        agent.click(By.cssSelector("[id='tickets:list_data'] tr:first-child .ui-chkbox-box"));
        agent.script("var menu = PrimeFaces.getWidgetById('tickets:bulkAssignee'); menu.selectValue('speed.agent');"
                + " menu.triggerChange();");
        steps.time("a ticket ticked and assigned from the list", () -> {
            agent.click(By.id("tickets:assign"));
            agent.waitForSomeText(By.id("messages"));
        });
        agent.open("/desk/ticket.xhtml?number=" + ticket);
        String before = agent.text(By.id("ticketStatus"));
        steps.time("ticket status changed", () -> {
            agent.click(By.cssSelector("button.move-OPEN"));
            agent.waitUntil(
                    "return document.getElementById('ticketStatus').textContent.trim() != '" + before + "'",
                    java.time.Duration.ofSeconds(30));
        });
        steps.time("search page with a query", () -> agent.open("/search.xhtml?q=%D8%AA%D8%AC%D8%AF%D9%8A%D8%AF"));
        steps.time("agent's complaint page", () -> agent.open("/agent/complaint.xhtml?phone=07801112233"));
        fillComplaint(agent);
        agent.click(By.cssSelector("[id='complaint:anonymous'] .ui-chkbox-box")); // a named complaint
        agent.type(By.id("complaint:complainantName"), "زينب كاظم");
        steps.time("agent's complaint filed", () -> {
            agent.submit(By.id("complaint:submit"));
            agent.waitForSomeText(By.id("receiptNumber"));
        });

        steps.time("public complaint page", () -> citizen.open("/complaint/new.xhtml"));
        fillComplaint(citizen);
        steps.time("public complaint filed", () -> fileAndReadReceipt(citizen));
        citizen.open("/complaint/new.xhtml");
        fillComplaint(citizen);
        citizen.upload(By.id("complaint:evidence"), evidence);
        steps.time("public complaint filed with evidence", () -> fileAndReadReceipt(citizen));
        String number = citizen.text(By.id("receiptNumber"));
        String pin = citizen.text(By.id("receiptPin"));
        steps.time("follow-up page", () -> citizen.open("/complaint/follow.xhtml"));
        citizen.type(By.id("followUp:number"), number);
        citizen.type(By.id("followUp:pin"), pin);
        steps.time("follow-up shown with number and PIN", () -> {
            citizen.submit(By.id("followUp:show"));
            citizen.waitForSomeText(By.id("followStatus"));
        });

        citizen.type(By.id("messageForm:text"), "راجعت الدائرة مرة ثانية وطلبوا نفس المبلغ");
        steps.time("complainant's message sent", () -> citizen.submit(By.id("messageForm:send")));
        steps.time("ticket status page", () -> citizen.open("/ticket/status.xhtml"));
        citizen.type(By.id("status:number"), ticket);
        citizen.type(By.id("status:phone"), phone);
        steps.time("ticket status shown with number and phone", () -> {
            citizen.submit(By.id("status:show"));
            citizen.waitForSomeText(By.id("shownStatus"));
        });

        steps.time("sign in (officer)", () -> officer.signIn("speed.officer", PASSWORD));
        steps.time("officer's case list", () -> officer.open("/officer/index.xhtml"));
        steps.time("officer's case", () -> officer.open("/officer/complaint.xhtml?number=" + number));
        choose(officer, "decision:target", "TRIAGE");
        officer.type(By.id("decision:reason"), "ضمن اختصاصنا: طلب رشوة في دائرة الجوازات");
        String state = officer.text(By.id("caseState"));
        steps.time("officer's decision", () -> {
            officer.submit(By.id("decision:decide"));
            officer.waitUntil(
                    "return document.getElementById('caseState').textContent.trim() != '" + state + "'",
                    java.time.Duration.ofSeconds(30));
        });
        officer.type(By.id("question:text"), "متى طُلب منك المبلغ بالضبط؟ وهل كان أمام مراجعين آخرين؟");
        steps.time("officer's question to the complainant", () -> officer.submit(By.id("question:ask")));
        steps.time("officer's reports", () -> officer.open("/officer/reports.xhtml"));
        steps.time("hotspots", () -> officer.open("/officer/hotspots.xhtml"));

        steps.time("sign in (supervisor)", () -> supervisor.signIn("speed.supervisor", PASSWORD));
        steps.time("supervisor's board", () -> supervisor.open("/supervisor/index.xhtml"));
        steps.time("call report page", () -> supervisor.open("/supervisor/reports.xhtml"));
        steps.time("call report shown for the period", () -> supervisor.submit(By.id("period:show")));
        steps.time(
                "call report against the previous period",
                () -> supervisor.open("/supervisor/reports.xhtml?compare=true"));
    }

    /** Sends the complaint form and waits for the receipt; a refusal stops the benchmark with what the page said. */
    private static void fileAndReadReceipt(Browser citizen) {
        citizen.submit(By.id("complaint:submit"));
        if (!citizen.isShown(By.id("receiptNumber"))) {
            throw new IllegalStateException("no receipt: " + citizen.text(By.tagName("main")));
        }
    }

    private static void fillComplaint(Browser browser) {
        choose(browser, "complaint:institution", "MOI");
        choose(browser, "complaint:allegation", "BRIBE_REQUEST");
        browser.type(By.id("complaint:office"), "مديرية الجوازات - الرصافة");
        browser.type(By.id("complaint:accusedDescription"), "موظف الاستعلامات، الطابق الاول");
        browser.type(By.id("complaint:narrative"), "طلب الموظف مبلغ حتى يكمل معاملة الجواز، وكال ارجع باچر");
    }

    private static void choose(Browser browser, String selectOneMenu, String value) {
        // PrimeFaces draws its own list over a hidden native select, which is what the form posts
        browser.script("document.getElementById(arguments[0] + '_input').value = arguments[1]", selectOneMenu, value);
    }

    private interface Step {
        void take() throws Exception;
    }

    /** The milliseconds each step took, in the order steps were first taken. */
    private static final class Steps {
        private final Map<String, List<Double>> millis = new LinkedHashMap<>();

        void time(String name, Step step) throws Exception {
            long begin = System.nanoTime();
            step.take();
            millis.computeIfAbsent(name, n -> new ArrayList<>()).add((System.nanoTime() - begin) / 1e6);
        }

        void print() {
            millis.forEach((name, taken) -> {
                List<Double> sorted = taken.stream().sorted().toList();
                System.out.printf(
                        Locale.ROOT,
                        "step %-40s p50 %7.1f ms max %7.1f ms%n",
                        name,
                        sorted.get(sorted.size() / 2),
                        sorted.get(sorted.size() - 1));
            });
        }
    }
}
