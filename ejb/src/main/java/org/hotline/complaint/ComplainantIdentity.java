package org.hotline.complaint;

import java.io.Serializable;

/** Who complained, once an officer unsealed it with a reason (audited). */
public record ComplainantIdentity(String number, String name, String phone, String nationalId)
        implements Serializable {}
