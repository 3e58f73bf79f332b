package org.onestop.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The two providers' signatures against the worked examples of their own documentation. */
class SmsSignaturesTest {

    /** Alibaba Cloud SMS's "HTTP协议及签名" example (SendSms with testId/testSecret). */
    @Test
    void alibabaCloudsSignatureMatchesItsDocumentedExample() {
        TreeMap<String, String> parameters = new TreeMap<>();
        parameters.put("AccessKeyId", "testId");
        parameters.put("Action", "SendSms");
        parameters.put("Format", "XML");
        parameters.put("OutId", "123");
        parameters.put("PhoneNumbers", "15300000001");
        parameters.put("RegionId", "cn-hangzhou");
        parameters.put("SignName", "阿里云短信测试专用");
        parameters.put("SignatureMethod", "HMAC-SHA1");
        parameters.put("SignatureNonce", "45e25e9b-0a6f-4070-8c85-2956eda1b466");
        parameters.put("SignatureVersion", "1.0");
        parameters.put("TemplateCode", "SMS_71390007");
        parameters.put("TemplateParam", "{\"customer\":\"test\"}");
        parameters.put("Timestamp", "2017-07-12T02:42:19Z");
        parameters.put("Version", "2017-05-25");

        assertThat(AliyunSignature.stringToSign("GET", parameters)).isEqualTo("GET&%2F&AccessKeyId%3DtestId%26Action"
                + "%3DSendSms%26Format%3DXML%26OutId%3D123%26PhoneNumbers%3D15300000001%26RegionId%3Dcn-hangzhou%26SignName"
                + "%3D%25E9%2598%25BF%25E9%2587%258C%25E4%25BA%2591%25E7%259F%25AD%25E4%25BF%25A1%25E6%25B5%258B%25E8%25AF"
                + "%2595%25E4%25B8%2593%25E7%2594%25A8%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D45e25e9b-0a6f-4070"
                + "-8c85-2956eda1b466%26SignatureVersion%3D1.0%26TemplateCode%3DSMS_71390007%26TemplateParam%3D%257B%2522"
                + "customer%2522%253A%2522test%2522%257D%26Timestamp%3D2017-07-12T02%253A42%253A19Z%26Version%3D2017-05-25");
        assertThat(AliyunSignature.sign("GET", parameters, "testSecret")).isEqualTo("zJDF+Lrzhj/ThnlvIToysFRq6t4=");
        assertThat(AliyunSignature.signedQuery("GET", parameters, "testSecret"))
                .endsWith("&Signature=zJDF%2BLrzhj%2FThnlvIToysFRq6t4%3D");
    }

    @Test
    void alibabaCloudsEncodingIsRfc3986() {
        assertThat(AliyunSignature.encode("a b*c~d+e/f")).isEqualTo("a%20b%2Ac~d%2Be%2Ff");
    }

    /** Tencent Cloud API 3.0's signature v3 example (CVM DescribeInstances, timestamp 1551113065). */
    @Test
    void tencentCloudsSignatureMatchesItsDocumentedExample() {
        Instant timestamp = Instant.ofEpochSecond(1551113065);
        String payload = "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}";

        assertThat(TencentSignature.sha256Hex(payload))
                .isEqualTo("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064");
        String canonical = TencentSignature.canonicalRequest("cvm.tencentcloudapi.com", "DescribeInstances", payload);
        assertThat(TencentSignature.sha256Hex(canonical))
                .isEqualTo("7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84");
        assertThat(TencentSignature.signature("Gu5t9xGARNpq86cd98joQYCN3*******", timestamp, "cvm",
                TencentSignature.stringToSign(timestamp, "cvm", canonical)))
                .isEqualTo("be4f67d323c78ab9acb7395e43c0dbcf822a9cfac32fea2449a7bc7726b770a3");
        assertThat(TencentSignature.authorization("AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******",
                "Gu5t9xGARNpq86cd98joQYCN3*******", timestamp, "cvm", "cvm.tencentcloudapi.com", "DescribeInstances",
                payload)).isEqualTo("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/"
                + "tc3_request, SignedHeaders=content-type;host;x-tc-action, Signature="
                + "be4f67d323c78ab9acb7395e43c0dbcf822a9cfac32fea2449a7bc7726b770a3");
    }
}
