package io.enterpriseconnect.cloud.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import java.util.List;
import org.junit.jupiter.api.Test;

class IpAllowListTest {

    @Test
    void emptyListAllowsEveryAddress() {
        IpAllowList list = IpAllowList.parse("  \n");
        assertTrue(list.isEmpty());
        assertTrue(list.permits("198.51.100.7"));
    }

    @Test
    void ipv4RangeAllowsOnlyItsAddresses() {
        IpAllowList list = IpAllowList.parse("203.0.113.0/24");
        assertTrue(list.permits("203.0.113.200"));
        assertFalse(list.permits("203.0.114.1"));
        assertFalse(list.permits("::1"));
    }

    @Test
    void bareAddressIsASingleAddressRange() {
        IpAllowList list = IpAllowList.parse("127.0.0.1");
        assertTrue(list.permits("127.0.0.1"));
        assertFalse(list.permits("127.0.0.2"));
        assertEquals(List.of("127.0.0.1/32"), list.entries());
    }

    @Test
    void ipv6RangesWork() {
        IpAllowList list = IpAllowList.parse("2001:db8::/32\n::1");
        assertTrue(list.permits("2001:db8:ffff::1"));
        assertTrue(list.permits("0:0:0:0:0:0:0:1"));
        assertFalse(list.permits("2001:db9::1"));
    }

    @Test
    void rangeIsStoredByItsNetworkAddress() {
        assertEquals("10.1.0.0/16", IpAllowList.parse("10.1.2.3/16").toString());
    }

    @Test
    void hostNamesAreRefusedWithoutLookingThemUp() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IpAllowList.parse("10.0.0.0/8\nexample.com"));
        assertTrue(e.getMessage().contains("example.com"));
        assertFalse(IpAllowList.parse("10.0.0.0/8").permits("localhost"));
    }

    @Test
    void prefixLongerThanTheAddressIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> IpAllowList.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> IpAllowList.parse("10.0.0.0/x"));
    }

    @Test
    void accountRefusesAnAddressOffItsListWithGitHubsMessage() {
        Account account = new Account("octo-org", "Octo Org", AccountType.ORGANIZATION, BillingPlan.INVOICED, null);
        account.setIpAllowList(IpAllowList.parse("192.0.2.0/24"));
        account.requireAllowed("192.0.2.9");
        RequestRefusedException refused = assertThrows(RequestRefusedException.class, () -> account.requireAllowed("198.51.100.1"));
        assertEquals(403, refused.status());
        assertEquals("Although you appear to have the correct authorization credentials, the `octo-org` organization "
                + "has an IP allow list enabled, and 198.51.100.1 is not permitted to access this resource.",
                refused.getMessage());
    }

    @Test
    void garbageAddressIsNeverPermitted() {
        assertFalse(IpAllowList.parse("0.0.0.0/0").permits(null));
        assertFalse(IpAllowList.parse("0.0.0.0/0").permits("not an address"));
        assertTrue(IpAllowList.parse("0.0.0.0/0").permits("192.0.2.1"));
    }
}
