package org.hotline.web.complaint;

import jakarta.servlet.http.Part;
import java.util.ArrayList;
import java.util.List;
import org.hotline.complaint.EvidenceFile;
import org.hotline.web.faces.Uploads;

/**
 * Files chosen in a form's file field, read for the complaint desk (see {@link Uploads}): an empty field gives
 * nothing. Each file's type is decided by the desk, by its content. The one way in for files of a complaint: evidence,
 * and the files of the conversation both ways (the officers' bench uses it too).
 */
public final class EvidenceUploads {

    private EvidenceUploads() {}

    public static List<EvidenceFile> read(List<Part> parts) {
        List<EvidenceFile> files = new ArrayList<>();
        if (parts == null) {
            return files;
        }
        for (Part part : parts) {
            if (!Uploads.none(part)) {
                files.add(new EvidenceFile(part.getSubmittedFileName(), Uploads.read(part)));
            }
        }
        return files;
    }
}
