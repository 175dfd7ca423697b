package org.hotline.security;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who the PBX's queue members are: the person an administrator gave each member name or interface to, named as the
 * application shows people. The call log keeps the PBX's own names ({@code agent1}, {@code PJSIP/1001}: that is
 * what the PBX said); wherever agents are shown, the live view, the reports and their exports, the screen pop and an
 * officer's case, they are looked up here, so a mapping made today names the member's calls of every day, and a
 * member nobody was given still shows under its PBX name.
 *
 * <p>A person is shown by the account's display name, with the username beside it when another account has the same
 * display name, so that two people never merge into one row and two names of one person never split into two.
 *
 * <p>One rule, kept twice: in memory for the live picture ({@link #personOf}, a snapshot made by
 * {@link PhoneDirectory#agentNames()}) and as SQL for the reports, which group calls and presence by person in the
 * database ({@link #nameSql}). Both look a name up folded the way Asterisk compares member names
 * ({@link PbxMemberName#folded}) and both take the person's name from {@link #PERSON_NAME}.
 */
public final class AgentNames {

    /** A person as shown for a PBX member. */
    public record Person(String username, String name) {}

    /** The name a person is shown by, of the account {@code pu}, as SQL. */
    static final String PERSON_NAME = "case when exists (select 1 from user_account pd where pd.display_name ="
            + " pu.display_name and pd.id <> pu.id) then concat(pu.display_name, ' (', pu.username, ')')"
            + " else pu.display_name end";

    /** The PBX members with their accounts, as {@code pm} and {@code pu}. */
    static final String MEMBERS = "pbx_member pm join user_account pu on pu.id = pm.user_account_id";

    private final Map<String, Person> byMember;

    AgentNames(Map<String, Person> byMember) {
        this.byMember = Map.copyOf(byMember);
    }

    /** Nobody mapped: every member shows under its PBX name. */
    public static AgentNames none() {
        return new AgentNames(Map.of());
    }

    /** The person behind the first of these PBX names that is mapped: give the member name, then the interface. */
    public Optional<Person> personOf(String... pbxNames) {
        return Arrays.stream(pbxNames)
                .filter(Objects::nonNull)
                .map(PbxMemberName::folded)
                .map(byMember::get)
                .filter(Objects::nonNull)
                .findFirst();
    }

    /** How an agent the call log names is shown: the person's name, else the PBX's name (null stays null). */
    public String shown(String pbxName) {
        return personOf(pbxName).map(Person::name).orElse(pbxName);
    }

    /**
     * The SQL twin of {@link #personOf} then the PBX's name: the name of the person behind the first of the keys that
     * is mapped, else {@code shownColumn}, the PBX's name as kept. The keys are the PBX's names folded as
     * {@link PbxMemberName#folded} folds them: the {@code agent_key} of {@code call_record}, the {@code agent_key} and
     * {@code phone_key} of {@code agent_presence} (computed columns, binary, so that no collation takes a look-alike
     * for a member; give the member name's first, then the interface's). The reports group by it, so two members of
     * one person count as one, and unmapped members stay apart under their own names. Each lookup is a primary-key
     * read, which the database caches per distinct key.
     */
    public static String nameSql(String shownColumn, String... keyColumns) {
        return Arrays.stream(keyColumns)
                .map(key -> "(select " + PERSON_NAME + " from " + MEMBERS + " where pm.member = " + key + ")")
                .collect(Collectors.joining(", ", "coalesce(", ", " + shownColumn + ")"));
    }
}
