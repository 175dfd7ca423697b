package org.hotline.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.hotline.ivr.IvrMenu;
import org.hotline.ivr.IvrTopic;
import org.hotline.ivr.MenuOption;
import org.hotline.ivr.MenuRejected;
import org.hotline.web.faces.Messages;

/**
 * The IVR's main menu for administrators: the keys in the order callers hear them, each with its topic and queue.
 * Saving replaces the whole menu; the next call hears it.
 */
@Named
@ViewScoped
public class IvrMenuBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private IvrMenu menu;

    private List<Row> rows;

    /** One key being edited. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String digit;
        private IvrTopic topic;
        private String queue;

        Row(String digit, IvrTopic topic, String queue) {
            this.digit = digit;
            this.topic = topic;
            this.queue = queue;
        }

        public String getDigit() {
            return digit;
        }

        public void setDigit(String digit) {
            this.digit = digit;
        }

        public IvrTopic getTopic() {
            return topic;
        }

        public void setTopic(IvrTopic topic) {
            this.topic = topic;
        }

        public String getQueue() {
            return queue;
        }

        public void setQueue(String queue) {
            this.queue = queue;
        }
    }

    @PostConstruct
    void load() {
        rows = new ArrayList<>();
        menu.options().forEach(option -> rows.add(new Row(option.digit(), option.topic(), option.queue())));
    }

    public List<Row> getRows() {
        return rows;
    }

    public IvrTopic[] getTopics() {
        return IvrTopic.values();
    }

    public void add() {
        rows.add(new Row(null, IvrTopic.ENQUIRY, null));
    }

    public void remove(Row row) {
        rows.remove(row);
    }

    public void save() {
        try {
            menu.replace(rows.stream()
                    .map(row -> new MenuOption(
                            row.getDigit(),
                            row.getTopic(),
                            row.getTopic() == IvrTopic.TICKET_STATUS
                                            || row.getQueue() == null
                                            || row.getQueue().isBlank()
                                    ? null
                                    : row.getQueue().strip()))
                    .toList());
            Messages.info("ivr.saved");
            load();
        } catch (MenuRejected refused) {
            Messages.error(null, refused.messageKey());
        }
    }
}
