package org.onestop.datasharing.linkcheck.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkPolicyTest {

    private final LinkPolicy policy = new LinkPolicy(List.of("intranet.example.gov.cn"));

    @Test
    void onlyHttpAndHttpsUrlsWithAHostAreCalled() {
        assertThat(policy.refusalOf(URI.create("https://www.zjzwfw.gov.cn/forms/a.docx"))).isEmpty();
        assertThat(policy.refusalOf(URI.create("http://www.zjzwfw.gov.cn/"))).isEmpty();
        assertThat(policy.refusalOf(URI.create("ftp://www.zjzwfw.gov.cn/a.docx"))).contains("not an http or https URL");
        assertThat(policy.refusalOf(URI.create("file:///etc/passwd"))).contains("not an http or https URL");
        assertThat(policy.refusalOf(URI.create("forms/a.docx"))).contains("not an http or https URL");
    }

    @Test
    void addressesOfTheServicesOwnNetworkAreNotCalled() throws UnknownHostException {
        for (String address : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "0.0.0.0", "100.64.0.1", "224.0.0.1", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1")) {
            assertThat(policy.refusalOf("host", addresses(address))).as(address).contains("not a public address");
        }
    }

    @Test
    void publicAddressesAreCalled() throws UnknownHostException {
        for (String address : List.of("93.184.216.34", "202.107.199.10", "100.128.0.1", "2001:db8::1")) {
            assertThat(policy.refusalOf("host", addresses(address))).as(address).isEmpty();
        }
    }

    @Test
    void aHostOneOfItsAddressesIsPrivateIsNotCalledUnlessTheOperatorListedIt() throws UnknownHostException {
        InetAddress[] mixed = {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.8")};

        assertThat(policy.refusalOf("www.example.org", mixed)).contains("not a public address");
        assertThat(policy.refusalOf("Intranet.Example.gov.cn", mixed)).isEmpty();
    }

    private static InetAddress[] addresses(String literal) throws UnknownHostException {
        return new InetAddress[] {InetAddress.getByName(literal)};
    }
}
