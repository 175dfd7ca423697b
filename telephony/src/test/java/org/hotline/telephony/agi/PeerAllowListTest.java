package org.hotline.telephony.agi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class PeerAllowListTest {

    private static InetAddress at(String literal) throws Exception {
        return InetAddress.getByName(literal);
    }

    @Test
    void anAddressAllowsItselfOnly() throws Exception {
        PeerAllowList list = PeerAllowList.parse("127.0.0.1");
        assertTrue(list.allows(at("127.0.0.1")));
        assertFalse(list.allows(at("127.0.0.2")));
        assertFalse(list.allows(at("::1")));
        assertFalse(list.allows(at("10.0.0.1")));
    }

    @Test
    void rangesInBothFamiliesAndMappedAddresses() throws Exception {
        PeerAllowList list = PeerAllowList.parse(" 10.20.0.0/14 , fd00:1::/32,192.168.1.7/32 ");
        assertTrue(list.allows(at("10.20.0.1")));
        assertTrue(list.allows(at("10.23.255.255")));
        assertFalse(list.allows(at("10.24.0.0")));
        assertFalse(list.allows(at("10.19.255.255")));
        assertTrue(list.allows(at("fd00:1:ffff::5")));
        assertFalse(list.allows(at("fd00:2::5")));
        assertTrue(list.allows(at("192.168.1.7")));
        assertFalse(list.allows(at("192.168.1.8")));
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = 10;
        mapped[13] = 21;
        assertTrue(list.allows(InetAddress.getByAddress(mapped)), "::ffff:10.21.0.0 is 10.21.0.0");
    }

    @Test
    void theDefaultIsTheLoopback() throws Exception {
        PeerAllowList list = PeerAllowList.parse(AgiSettings.LOOPBACK);
        assertTrue(list.allows(at("127.0.0.1")));
        assertTrue(list.allows(at("127.0.0.2")));
        assertTrue(list.allows(at("::1")));
        assertFalse(list.allows(at("192.0.2.1")));
    }

    @Test
    void aMistakeIsRefusedNamingTheEntryNeverReadAsEveryone() {
        for (String wrong :
                new String[] {"10.0.0.0/33", "::/129", "10.0.0.0/x", "no-such-host.invalid", "10.0.0.0/-1"}) {
            IllegalArgumentException refused = assertThrows(
                    IllegalArgumentException.class, () -> PeerAllowList.parse("127.0.0.1," + wrong), wrong);
            assertTrue(refused.getMessage().contains(wrong), refused.getMessage());
        }
    }

    @Test
    void zeroBitsIsEveryoneOnlyWhenSaidSo() throws Exception {
        assertTrue(PeerAllowList.parse("0.0.0.0/0").allows(at("203.0.113.9")));
        assertTrue(PeerAllowList.parse("").isEmpty());
        assertFalse(PeerAllowList.parse("").allows(at("127.0.0.1")));
    }
}
