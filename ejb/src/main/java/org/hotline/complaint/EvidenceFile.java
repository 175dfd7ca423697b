package org.hotline.complaint;

/** A file offered as evidence, as received: the name the sender gave and the bytes. Its type is read from the bytes. */
public record EvidenceFile(String name, byte[] content) {}
