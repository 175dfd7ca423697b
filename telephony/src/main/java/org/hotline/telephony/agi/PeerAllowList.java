package org.hotline.telephony.agi;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The addresses that may open a FastAGI session ({@code HOTLINE_AGI_ALLOWED_PEERS}): a comma-separated list of
 * addresses ({@code 10.0.0.5}, {@code ::1}), CIDR ranges ({@code 10.0.0.0/24}, {@code fd00::/64}) or host names, which
 * are resolved once, when the server starts (the PBX's address does not move under a running IVR). A FastAGI session
 * can set channel variables and route a call, so anyone else is refused before a byte is read.
 *
 * <p>An IPv4 peer arriving on an IPv6 socket as {@code ::ffff:a.b.c.d} is matched as the IPv4 address it is.
 */
public final class PeerAllowList {

    private static final Pattern LITERAL = Pattern.compile("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final List<Range> ranges;
    private final String text;

    private PeerAllowList(List<Range> ranges, String text) {
        this.ranges = List.copyOf(ranges);
        this.text = text;
    }

    /**
     * Parses the list; an entry that is neither an address, a range nor a resolvable name is refused, naming it, so
     * that a typing error never opens the port to everyone or shuts the PBX out in silence.
     */
    public static PeerAllowList parse(String list) {
        List<Range> ranges = new ArrayList<>();
        for (String raw : list.split(",")) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int slash = entry.indexOf('/');
            String host = slash < 0 ? entry : entry.substring(0, slash);
            try {
                if (slash >= 0) {
                    byte[] network = literal(host, entry).getAddress();
                    int bits = Integer.parseInt(entry.substring(slash + 1));
                    if (bits < 0 || bits > network.length * 8) {
                        throw new IllegalArgumentException("HOTLINE_AGI_ALLOWED_PEERS: " + entry
                                + " has a prefix length outside 0-" + network.length * 8);
                    }
                    ranges.add(new Range(network, bits));
                } else if (LITERAL.matcher(host).matches()) {
                    byte[] address = literal(host, entry).getAddress();
                    ranges.add(new Range(address, address.length * 8));
                } else {
                    for (InetAddress address : InetAddress.getAllByName(host)) {
                        byte[] bytes = address.getAddress();
                        ranges.add(new Range(bytes, bytes.length * 8));
                    }
                }
            } catch (NumberFormatException | UnknownHostException notAnAddress) {
                throw new IllegalArgumentException("HOTLINE_AGI_ALLOWED_PEERS: " + entry
                        + " is not an address, a CIDR range or a known host name");
            }
        }
        return new PeerAllowList(ranges, list.strip());
    }

    private static InetAddress literal(String host, String entry) throws UnknownHostException {
        if (!LITERAL.matcher(host).matches()) {
            throw new IllegalArgumentException("HOTLINE_AGI_ALLOWED_PEERS: " + entry + " is not an address");
        }
        return InetAddress.getByName(host); // a literal: no lookup
    }

    /** Whether a peer at this address may open a session. */
    public boolean allows(InetAddress peer) {
        byte[] address = unmapped(peer.getAddress());
        for (Range range : ranges) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** {@code ::ffff:a.b.c.d} is the IPv4 address a.b.c.d. */
    private static byte[] unmapped(byte[] address) {
        if (address.length != 16) {
            return address;
        }
        for (int i = 0; i < 10; i++) {
            if (address[i] != 0) {
                return address;
            }
        }
        if (address[10] != (byte) 0xff || address[11] != (byte) 0xff) {
            return address;
        }
        return new byte[] {address[12], address[13], address[14], address[15]};
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    @Override
    public String toString() {
        return text.toLowerCase(Locale.ROOT);
    }

    private record Range(byte[] network, int bits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (address[whole] & mask) == (network[whole] & mask);
        }
    }
}
