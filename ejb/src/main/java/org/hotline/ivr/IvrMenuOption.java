package org.hotline.ivr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One key of the IVR's main menu: the digit, the topic it leads to, the queue that takes it, its place. */
@Entity
@Table(name = "ivr_menu_option")
public class IvrMenuOption {

    @Id
    @Column(name = "digit", length = 1)
    private String digit;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "topic", nullable = false, length = 30)
    private IvrTopic topic;

    @Column(name = "queue", length = 80)
    private String queue;

    @Column(name = "position", nullable = false)
    private int position;

    protected IvrMenuOption() {
        // for JPA
    }

    IvrMenuOption(String digit, IvrTopic topic, String queue, int position) {
        this.digit = digit;
        this.topic = topic;
        this.queue = queue;
        this.position = position;
    }

    /** The menu as callers hear it: the administrators' page and the IVR read it the same way. */
    static List<MenuOption> inOrder(EntityManager em) {
        return em.createQuery("select o from IvrMenuOption o order by o.position", IvrMenuOption.class)
                .getResultStream()
                .map(IvrMenuOption::view)
                .toList();
    }

    public MenuOption view() {
        return new MenuOption(digit, topic, queue);
    }
}
