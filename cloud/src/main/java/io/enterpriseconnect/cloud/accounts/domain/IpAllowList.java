package io.enterpriseconnect.cloud.accounts.domain;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An account's IP allow list: CIDR ranges (IPv4 or IPv6), one per line. An empty list allows every
 * address, as on GitHub where the allow list is opt-in.
 */
public final class IpAllowList {

    /** Only literal addresses: parsing must never trigger a DNS lookup. */
    private static final Pattern LITERAL = Pattern.compile("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final List<Range> ranges;

    private IpAllowList(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /**
     * Reads one range per line (blank lines ignored); a bare address is a single-address range.
     *
     * @throws IllegalArgumentException naming the first line that is not a CIDR range
     */
    public static IpAllowList parse(String text) {
        List<Range> ranges = new ArrayList<>();
        for (String line : text.split("[\\r\\n,]+")) {
            String entry = line.strip();
            if (!entry.isEmpty()) {
                ranges.add(Range.parse(entry));
            }
        }
        return new IpAllowList(ranges);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Whether the address may use the account's credentials. Unparseable addresses never may. */
    public boolean permits(String address) {
        if (ranges.isEmpty()) {
            return true;
        }
        if (address == null || !LITERAL.matcher(address).matches()) {
            return false;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return ranges.stream().anyMatch(range -> range.contains(bytes));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    public List<String> entries() {
        return ranges.stream().map(Range::toString).toList();
    }

    @Override
    public String toString() {
        return String.join("\n", entries());
    }

    private record Range(byte[] network, int prefix) {

        static Range parse(String entry) {
            String[] parts = entry.split("/", -1);
            if (parts.length > 2 || !LITERAL.matcher(parts[0]).matches()) {
                throw new IllegalArgumentException("Not an IP address or CIDR range: " + entry);
            }
            byte[] address;
            try {
                address = InetAddress.getByName(parts[0]).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("Not an IP address or CIDR range: " + entry);
            }
            int bits = address.length * 8;
            int prefix;
            try {
                prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bits;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not an IP address or CIDR range: " + entry);
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("Prefix length out of range in " + entry);
            }
            return new Range(mask(address, prefix), prefix);
        }

        boolean contains(byte[] address) {
            return address.length == network.length && java.util.Arrays.equals(mask(address, prefix), network);
        }

        private static byte[] mask(byte[] address, int prefix) {
            int bits = address.length * 8;
            BigInteger value = new BigInteger(1, address);
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    .xor(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
            byte[] raw = value.and(mask).toByteArray();
            byte[] out = new byte[address.length];
            int copy = Math.min(raw.length, out.length);
            System.arraycopy(raw, raw.length - copy, out, out.length - copy, copy);
            return out;
        }

        @Override
        public String toString() {
            try {
                return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
