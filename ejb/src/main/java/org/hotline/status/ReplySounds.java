package org.hotline.status;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.hotline.ticket.PublicReplyAdded;
import org.jboss.logging.Logger;

/**
 * Spoken copies of the agents' public replies, for the IVR's status step: when a reply is saved, the text-to-speech
 * command ({@code HOTLINE_REPLY_VOICE}, e.g. the repository's {@code scripts/say.sh}: espeak-ng and sox, as the fixed
 * prompts are made) speaks it into the PBX's sounds folder for replies ({@code HOTLINE_REPLY_SOUNDS}, which Asterisk
 * sees as {@code sounds/hotline/replies}), as {@code <ticket number>-<reply id>.wav}. Without both settings nothing is
 * spoken, and the IVR tells the caller where to read the reply.
 *
 * <p>The work runs on the container's managed executor after the commit, never on the agent's request: the observer
 * only queues it. The file appears under its name only when complete (written aside, then moved), so the IVR never
 * plays half a reply. A failed or slow command is logged and leaves no file: the caller is told to read the reply.
 */
@ApplicationScoped
public class ReplySounds {

    private static final Logger LOG = Logger.getLogger(ReplySounds.class);

    /** Where Asterisk finds the replies, under its sounds folder. */
    static final String PBX_FOLDER = "hotline/replies/";

    /** Longer than any reply takes to speak; a hung command is stopped. */
    private static final long COMMAND_SECONDS = 120;

    @Inject
    private StatusSettings settings;

    @Resource
    private ManagedExecutorService executor;

    /** The file the IVR streams for a reply (without the extension, as Asterisk names sounds). */
    public static String pbxFile(String number, long replyId) {
        return PBX_FOLDER + number + "-" + replyId;
    }

    void replied(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicReplyAdded reply) {
        if (!settings.speaks()) {
            return;
        }
        try {
            executor.submit(() -> speak(reply));
        } catch (RejectedExecutionException busy) {
            LOG.warnf(
                    "No thread to speak the reply %d of ticket %s: callers are told to read it",
                    reply.commentId(), reply.number());
        }
    }

    private void speak(PublicReplyAdded reply) {
        String name = reply.number() + "-" + reply.commentId();
        Path target = settings.folder().resolve(name + ".wav");
        Path aside = settings.folder().resolve("." + name + ".part.wav");
        List<String> command = new ArrayList<>(settings.command());
        command.add(language(reply));
        command.add(aside.toString());
        try {
            Files.createDirectories(settings.folder());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try (OutputStream words = process.getOutputStream()) {
                words.write(reply.body().getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(COMMAND_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                LOG.warnf("Speaking the reply %s took over %d s and was stopped", name, COMMAND_SECONDS);
            } else if (process.exitValue() != 0 || !Files.isRegularFile(aside)) {
                LOG.warnf(
                        "Speaking the reply %s failed (%s exited with %d)", name, command.get(0), process.exitValue());
            } else {
                Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return;
            }
        } catch (IOException cannot) {
            LOG.warnf("Speaking the reply %s failed: %s", name, cannot.getMessage());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(aside);
        } catch (IOException ignored) {
            // nothing more to do: the next reply's file has another name
        }
    }

    /**
     * The voice for a reply: English for one with no Arabic letters, otherwise the citizen's Kurdish when they chose
     * it, else Arabic (Sorani is written in Arabic letters, so the letters alone cannot tell it from Arabic).
     */
    static String language(PublicReplyAdded reply) {
        boolean arabicScript = reply.body()
                .codePoints()
                .anyMatch(
                        c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC && Character.isLetter(c));
        if (!arabicScript) {
            return "en";
        }
        return "ku".equals(reply.language()) ? "ku" : "ar";
    }
}
