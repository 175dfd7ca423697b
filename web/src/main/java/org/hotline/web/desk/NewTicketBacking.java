package org.hotline.web.desk;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.hotline.call.CallNotAnswered;
import org.hotline.citizen.CitizenDirectory;
import org.hotline.citizen.CitizenView;
import org.hotline.citizen.InvalidNationalId;
import org.hotline.citizen.InvalidPhoneNumber;
import org.hotline.citizen.NewCitizen;
import org.hotline.common.Digits;
import org.hotline.common.InvalidInput;
import org.hotline.common.UnknownReference;
import org.hotline.ticket.Channel;
import org.hotline.ticket.NewTicket;
import org.hotline.ticket.Priority;
import org.hotline.ticket.TicketDesk;
import org.hotline.ticket.TicketType;
import org.hotline.ticket.TicketView;
import org.hotline.web.faces.FormKeys;
import org.hotline.web.faces.Messages;
import org.hotline.web.faces.Texts;

/**
 * A new ticket during a call: the caller is found by the number they call from (typed any way), or registered on the
 * spot, and the ticket is opened for them.
 */
@Named
@ViewScoped
public class NewTicketBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "newTicket";

    @EJB
    private CitizenDirectory citizens;

    @EJB
    private TicketDesk desk;

    @Inject
    private ExternalContext externalContext;

    private String phone;
    /** The call the ticket is opened during, when the agent came from the call panel. */
    private String call;

    private boolean callLeftOut;
    /** A call's id as the call log keeps it: Asterisk's linkedid. */
    private static final String CALL_ID = "[0-9]{1,20}\\.[0-9]{1,10}";

    private CitizenView citizen;
    private boolean lookedUp;
    private String fullName;
    private String nationalId;
    private String preferredLanguage = "ar";

    private TicketType type = TicketType.ENQUIRY;
    private Channel channel = Channel.PHONE;
    private Priority priority = Priority.NORMAL;
    private String subject;
    private String description;
    private String serviceCode;
    private final String formKey = FormKeys.newKey();

    /** Looks the caller up by the number typed; says so beside the field when it is not a number. */
    public void lookUp() {
        try {
            citizen = citizens.findByPhone(phone).orElse(null);
            lookedUp = true;
        } catch (InvalidPhoneNumber invalid) {
            Messages.error(FORM + ":phone", invalid.messageKey());
        }
    }

    /**
     * Registers a new caller with everything typed about them, opens the ticket, and shows it (Post/Redirect/Get: a
     * page refreshed shows the ticket again, it does not open another). The form's one-time key makes a double submit
     * open one ticket, and lead both submits to it.
     */
    public void create() throws IOException {
        String number = FormKeys.once(formKey, this::open);
        if (number != null) {
            externalContext.getFlash().setKeepMessages(true);
            Messages.info("ticket.created", number);
            externalContext.redirect(externalContext.getRequestContextPath() + "/desk/ticket.xhtml?number=" + number);
        }
    }

    /** The number of the ticket opened, or null when the input was refused (and said so beside the field). */
    private String open() {
        if (call != null && !callLeftOut && !call.matches(CALL_ID)) {
            callLeftOut = true; // no call's id: said, as a call not the agent's is, and left out
            Messages.error(null, "call.notAnswered");
            return null;
        }
        try {
            if (citizen == null && phone != null && !phone.isBlank()) {
                citizen = citizens.findByPhone(phone)
                        .orElseGet(() ->
                                citizens.register(new NewCitizen(phone, fullName, nationalId, preferredLanguage)));
            }
            TicketView opened = desk.open(new NewTicket(
                    type,
                    channel,
                    priority,
                    subject,
                    description,
                    citizen == null ? null : citizen.id(),
                    Texts.blankToNull(serviceCode),
                    null,
                    null,
                    callLeftOut ? null : Texts.blankToNull(call)));
            return opened.number();
        } catch (InvalidPhoneNumber invalid) {
            Messages.error(FORM + ":phone", invalid.messageKey());
        } catch (InvalidNationalId invalid) {
            Messages.error(FORM + ":nationalId", invalid.messageKey());
        } catch (CallNotAnswered notTheAgents) {
            // the call came with the page's address: left out from now on, so sending again opens the ticket without it
            callLeftOut = true;
            Messages.error(null, notTheAgents.messageKey());
        } catch (UnknownReference unknown) {
            Messages.error(FORM + ":eService", unknown.messageKey());
        } catch (InvalidInput invalid) {
            // text the field's own check let through (only spaces of another kind): said beside the field it is in
            Messages.error(
                    FORM + (invalid.field().equals("subject") ? ":subject" : ":description"), invalid.messageKey());
        }
        return null;
    }

    public String getFormKey() {
        return formKey;
    }

    public TicketType[] getTypes() {
        return TicketType.values();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    /**
     * Opened from the call panel: the call is linked, and the caller's number is looked up at once. A number the
     * PBX reports that is not a phone number (withheld, an extension) leaves the field for the agent to fill.
     */
    public void fromCall() {
        if (phone != null && !phone.isBlank() && citizen == null) {
            try {
                citizen = citizens.findByPhone(phone).orElse(null);
                lookedUp = true;
            } catch (InvalidPhoneNumber notANumber) {
                phone = null;
            }
        }
    }

    public String getCall() {
        return call;
    }

    /** Whether the page's call is shown as the ticket's: one of the form of a call's id, and not left out. */
    public boolean isCallShown() {
        return call != null && !callLeftOut && call.matches(CALL_ID);
    }

    /** The call from the page's address, in the call log's digits (Arabic-Indic ones typed are the same call). */
    public void setCall(String call) {
        this.call = call == null || call.isBlank() ? null : Digits.toLatin(call).strip();
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        if (phone == null ? this.phone != null : !phone.equals(this.phone)) {
            lookedUp = false;
            citizen = null;
        }
        this.phone = phone;
    }

    public CitizenView getCitizen() {
        return citizen;
    }

    public boolean isLookedUp() {
        return lookedUp;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getNationalId() {
        return nationalId;
    }

    public void setNationalId(String nationalId) {
        this.nationalId = nationalId;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public TicketType getType() {
        return type;
    }

    public void setType(TicketType type) {
        this.type = type;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }
}
