package org.hotline.recording;

import java.nio.file.Path;

/** A recording the caller may stream now: the regular file inside the recordings folder, its size and a safe name. */
public record PlayableFile(String linkedid, Path file, long size, String fileName) {}
