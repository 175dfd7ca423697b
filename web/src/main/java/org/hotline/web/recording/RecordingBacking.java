package org.hotline.web.recording;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.hotline.common.BusinessException;
import org.hotline.recording.RecordingPlayback;
import org.hotline.recording.RecordingRemoved;
import org.hotline.recording.RecordingView;
import org.hotline.web.faces.Formats;
import org.hotline.web.faces.Messages;

/**
 * The player of a call's recording, on the pages that show a call (the desk's ticket, the officer's complaint). The
 * page shows what the boundary says of the recording (playable, removed under retention on a day, not available);
 * nothing at all for a call without one or one this user may not hear. <b>Listen</b> is the play: one audited call,
 * after which the audio element streams the recording from the address it was given, its range requests carrying no
 * further audit. A reload shows the button again, so listening again is a new play, audited again.
 */
@Named
@ViewScoped
public class RecordingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RecordingPlayback playback;

    @Inject
    private Formats formats;

    private final Map<String, RecordingView> views = new HashMap<>();
    private final Map<String, String> addresses = new HashMap<>();

    /** The call's recording as its player shows it; null when there is nothing to show. */
    public RecordingView of(String linkedid) {
        if (linkedid == null) {
            return null;
        }
        if (!views.containsKey(linkedid)) {
            views.put(linkedid, playback.recording(linkedid).orElse(null));
        }
        return views.get(linkedid);
    }

    /** The address the audio element streams from once played; null before. */
    public String url(String linkedid) {
        return linkedid == null ? null : addresses.get(linkedid);
    }

    /** Listen: the play, audited, then the player. */
    public void play(String linkedid) {
        try {
            String token = playback.play(linkedid).token();
            addresses.put(
                    linkedid,
                    FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                            + "/api/v1/recording-plays/" + token);
        } catch (RecordingRemoved removed) {
            Messages.error(null, removed.messageKey(), formats.dateTime(removed.removedAt()));
        } catch (BusinessException refused) {
            Messages.error(null, refused.messageKey());
        }
    }
}
