package org.hotline.ivr;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A key of the main menu as administrators set it and the IVR reads it: a digit 0–8 (9 changes the language, * and
 * # are for typing), the topic, and the queue that takes it (none for the status check, which the IVR answers).
 */
public record MenuOption(
        @NotNull @Pattern(regexp = "[0-8]", message = "a digit from 0 to 8")
        String digit,

        @NotNull IvrTopic topic,

        @Size(max = 80) @Pattern(regexp = "[A-Za-z0-9_-]{1,80}", message = "a queue name as the PBX has it")
        String queue) {}
