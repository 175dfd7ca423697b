package org.hotline.telephony.agi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.reply.AgiReply;

/**
 * The IVR's own prompts (Asterisk has none in Arabic or Kurdish), named in {@code ivr/prompts.tsv} with the words to
 * record, and played as {@code hotline/<language>/<name>}. A missing file never breaks a call: the same prompt in
 * Arabic, then English, then Kurdish is tried, and a digit falls back to Asterisk's own digits.
 */
public final class Prompts {

    static final String MANIFEST = "/ivr/prompts.tsv";

    /** Every prompt of the manifest: name and language. */
    public record Prompt(String name, String language, String words) {
    }

    private final List<Prompt> manifest;

    public Prompts() {
        this.manifest = load();
    }

    public List<Prompt> manifest() {
        return manifest;
    }

    private static List<Prompt> load() {
        List<Prompt> prompts = new ArrayList<>();
        try (var in = Prompts.class.getResourceAsStream(MANIFEST);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("name\t")) {
                    continue;
                }
                String[] columns = line.split("\t", 3);
                prompts.add(new Prompt(columns[0], columns[1], columns[2]));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return List.copyOf(prompts);
    }

    /**
     * Plays a prompt and returns the key the caller pressed during it (one of {@code keys}), or 0.
     *
     * @throws AgiHangupException when the caller hung up during it
     */
    char play(AgiChannel channel, String language, String name, String keys) throws AgiException {
        for (String tried : fallbacks(language)) {
            char pressed = channel.streamFile("hotline/" + tried + "/" + name, keys);
            if (!isMissing(channel.getLastReply())) {
                return pressed == 0xFFFF ? 0 : pressed;
            }
        }
        if (name.startsWith("digit-")) {
            return channel.sayDigits(name.substring("digit-".length()), keys);
        }
        return 0; // no recording in any language: the call goes on without it
    }

    /** Says digits one by one, in the caller's language. */
    void sayDigits(AgiChannel channel, String language, String digits) throws AgiException {
        for (char digit : digits.toCharArray()) {
            play(channel, language, "digit-" + digit, "");
        }
    }

    /**
     * Asterisk answers STREAM FILE with {@code result=-1 endpos=0} when it cannot open the file; -1 after some of it
     * played means the caller hung up.
     */
    private static boolean isMissing(AgiReply reply) throws AgiHangupException {
        if (reply == null || reply.getResultCode() != -1) {
            return false;
        }
        String endpos = reply.getAttribute("endpos");
        if (endpos != null && !"0".equals(endpos.strip())) {
            throw new AgiHangupException();
        }
        return true;
    }

    private static Set<String> fallbacks(String language) {
        Set<String> order = new LinkedHashSet<>();
        order.add(language);
        order.add("ar");
        order.add("en");
        order.add("ku");
        return order;
    }
}
