package org.hotline.security;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The PBX members an administrator says are one person, as typed: member names ({@code agent1}) or, for members
 * without one, interfaces ({@code Local/agent1@agents}). Each is checked and spelled by {@link PbxMemberName}.
 */
public record PbxMembers(
        @NotNull @Size(max = PbxMembers.MOST) List<@NotNull String> members) {

    /** More members than one person could be is a mistake, not a person. */
    public static final int MOST = 20;
}
