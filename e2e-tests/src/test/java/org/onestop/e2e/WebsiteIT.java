package org.onestop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;

/**
 * The website as people use it, in a real browser through the gateway of the platform that
 * {@code ./onestop up} starts: in Chinese and in English, on a desktop and on a phone screen, each
 * main page checked with axe-core and saved as a screenshot (e2e-tests/target/screenshots).
 */
@ExtendWith(JourneyPlatform.class)
class WebsiteIT {

    private static final int GATEWAY = JourneyPlatform.PORTS.gateway();
    private static final String FOOD_LICENCE = "食品经营许可证核发";
    private static final String MEDICAL_DEVICES = "第二类医疗器械";
    /** Keeps the last upload progress the page's script was told of (sent/total bytes), across the page it opens. */
    private static final String RECORD_UPLOAD_PROGRESS = """
            var send = XMLHttpRequest.prototype.send;
            XMLHttpRequest.prototype.send = function (body) {
              this.upload.addEventListener('progress', function (e) {
                sessionStorage.setItem('upload', e.loaded + '/' + e.total);
              });
              return send.call(this, body);
            };""";

    @Test
    void aVisitorFindsAServiceAndReadsItsWholeGuideInChineseAndInEnglish() {
        try (Browser browser = Browser.on(GATEWAY, Browser.DESKTOP)) {
            browser.open("/");
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("zh-CN");
            assertThat(browser.text("#person-topics")).isEqualTo("个人办事");
            assertThat(browser.all(".cards .card")).isNotEmpty();
            browser.screenshot("home-desktop-zh").assertAccessible();

            browser.type("#q", "食品经营").click(".search-row button");
            assertThat(browser.path()).startsWith("/search?q=");
            assertThat(browser.text(".results .count")).startsWith("找到");
            assertThat(browser.all(".results h2 a")).extracting(link -> link.getText()).contains(FOOD_LICENCE);
            browser.screenshot("search-desktop-zh").assertAccessible();

            browser.clickLink("杭州市市场监督管理局 (" + departmentCount(browser) + ")");
            assertThat(browser.path()).contains("department=330100-AMR").contains("q=");
            assertThat(browser.find(".facets a.selected").getText()).startsWith("杭州市市场监督管理局");
            assertThat(browser.all(".results h2 a")).extracting(link -> link.getText()).contains(FOOD_LICENCE);

            browser.clickLink(FOOD_LICENCE);
            assertThat(browser.text("h1")).isEqualTo(FOOD_LICENCE);
            assertThat(browser.text("#materials + p, #materials ~ .table-wrap")).contains("营业执照", "食品经营许可申请书");
            assertThat(browser.text("#halls ~ .cards")).contains("杭州市民中心行政服务中心");
            assertThat(browser.text("#process ~ ol")).contains("受理", "送达");
            browser.screenshot("guide-desktop-zh").assertAccessible();

            browser.click(".lang");
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
            assertThat(browser.text("#materials")).isEqualTo("Materials");
            assertThat(browser.text("h1")).isEqualTo(FOOD_LICENCE);
            browser.screenshot("guide-desktop-en").assertAccessible();

            browser.click(".lang");
            assertThat(browser.text("#materials")).isEqualTo("申请材料");
        }
    }

    @Test
    void anEnterpriseRegistersInWeChatAndItsGuideViewsAreCountedForThatChannel() {
        Gateway gateway = new Gateway(GATEWAY);
        String admin = gateway.signIn("admin");
        String item = "330100-AMR-XK-002";
        String figures = "/supervision/indicators/guide_views?item=" + item + "&channel=wechat&days=7";
        String username = "ent" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Browser supervisor = Browser.on(GATEWAY, Browser.DESKTOP);
             Browser wechat = Browser.on(GATEWAY, Browser.PHONE)) {
            signInAs(supervisor, "supervisor");
            long before = today(supervisor.open(figures), NUMERATOR);

            // WeChat opens the website's own pages, saying where the person came from once
            wechat.open("/register?kind=enterprise&channel=wechat");
            wechat.type("#enterpriseName", "杭州微信示例科技有限公司").type("#creditCode", IdentityNumbers.creditCode())
                    .type("#legalRepresentative", "赵六").type("#username", username)
                    .type("#password", "ent-Passw0rd-2026").type("#passwordAgain", "ent-Passw0rd-2026")
                    .click("form.form button.primary");
            assertThat(wechat.path()).isEqualTo("/my?welcome");
            assertThat(wechat.text(".greeting")).contains("杭州微信示例科技有限公司");
            wechat.screenshot("registered-enterprise-phone-zh").assertAccessible();
            wechat.open("/items/" + item);
            wechat.open("/items/" + item);

            awaitTodaysFigures("two more views of the guide from WeChat today", gateway, admin, () ->
                    assertThat(today(supervisor.open(figures), NUMERATOR)).isGreaterThanOrEqualTo(before + 2));
        }
    }

    @Test
    void aCitizenSignsInOnAPhoneSeesTheirSpaceAndSignsOut() {
        try (Browser browser = Browser.on(GATEWAY, Browser.PHONE)) {
            browser.open("/my");
            assertThat(browser.path()).startsWith("/sign-in?next=/my");

            browser.type("#username", "zhangsan").type("#password", "not-the-password-1").click("form.form button");
            assertThat(browser.text(".error")).isEqualTo("用户名或密码错误。");
            assertThat(browser.find("#username").getAttribute("value")).isEqualTo("zhangsan");
            assertThat(browser.find("#password").getAttribute("value")).isEmpty();
            browser.screenshot("sign-in-phone-zh").assertAccessible();

            browser.type("#password", Gateway.DEMO_PASSWORD).click("form.form button");
            assertThat(browser.path()).isEqualTo("/my");
            assertThat(browser.text("h1")).isEqualTo("我的空间");
            assertThat(browser.text(".greeting")).startsWith("您好");
            assertThat(browser.text(".unread")).startsWith("未读消息");
            browser.screenshot("my-space-phone-zh").assertAccessible();

            Cookie session = browser.driver().manage().getCookieNamed("ONESTOP_SESSION");
            assertThat(session.isHttpOnly()).isTrue();
            assertThat(session.getSameSite()).isEqualTo("Lax");
            assertThat(browser.driver().getPageSource()).doesNotContain("eyJ");

            browser.click(".account form button");
            assertThat(browser.path()).isEqualTo("/");
            assertThat(browser.all(".account a")).extracting(link -> link.getText()).contains("登录");
            browser.open("/my");
            assertThat(browser.path()).startsWith("/sign-in");
        }
    }

    @Test
    void aNewPersonRegistersAndEachMistakeIsShownNextToItsFieldWithWhatWasTypedKept() {
        String username = "web" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Browser browser = Browser.on(GATEWAY, Browser.PHONE)) {
            browser.open("/register");
            browser.type("#name", "李四").type("#identityNumber", IdentityNumbers.of(false)).type("#mobile", "13912345678")
                    .type("#username", username).type("#password", "web-Passw0rd-2026").type("#passwordAgain", "different-1")
                    .click("form.form button.primary");
            assertThat(browser.text("#passwordAgain-error")).isEqualTo("两次输入的密码不一致。");
            assertThat(browser.find("#name").getAttribute("value")).isEqualTo("李四");
            assertThat(browser.find("#password").getAttribute("value")).isEmpty();

            browser.type("#password", "web-Passw0rd-2026").type("#passwordAgain", "web-Passw0rd-2026")
                    .click("form.form button.primary");
            assertThat(browser.text("#identityNumber-error")).isEqualTo("身份证号码无效，请核对（含校验位）。");
            assertThat(browser.find("#identityNumber").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find("#username").getAttribute("value")).isEqualTo(username);
            browser.screenshot("register-errors-phone-zh").assertAccessible();

            browser.type("#identityNumber", IdentityNumbers.of(true)).type("#password", "web-Passw0rd-2026")
                    .type("#passwordAgain", "web-Passw0rd-2026").click("form.form button.primary");
            assertThat(browser.path()).isEqualTo("/my?welcome");
            assertThat(browser.text(".notice")).isEqualTo("注册成功，欢迎使用。");
            assertThat(browser.text(".greeting")).contains("李四");
        }
    }

    /** Scripts off: every step is a link or a form's post, and the supervision figures are there as text and tables. */
    @Test
    void withoutJavaScriptACitizenAppliesWithUploadsAndTracksTheCaseAndTheFiguresAreStillThere() throws Exception {
        Path pdf = tempFile("申请书", ".pdf", PDF);
        Path png = tempFile("id-card", ".png", PNG);
        try (Browser browser = Browser.withoutScript(GATEWAY, Browser.PHONE)) {
            browser.open("/");
            browser.type("#q", "个体工商户").click(".search-row button");
            browser.clickLink("个体工商户注册登记");
            browser.click(".actions button.primary");
            browser.type("#username", "zhangsan").type("#password", Gateway.DEMO_PASSWORD).click("form.form button");
            browser.click(".actions button.primary");
            assertThat(browser.path()).startsWith("/my/drafts/");
            browser.type("#field-address", "杭州市西湖区文三路90号").type("#field-contactPhone", "13812345678")
                    .type("#field-shopName", "无脚本便利店").click("button[value=save]");
            assertThat(browser.text(".flash")).isEqualTo("草稿已保存。");
            upload(browser, "个体工商户登记（备案）申请书", pdf);
            upload(browser, "居民身份证", png);
            assertThat(browser.find("#field-shopName").getAttribute("value")).isEqualTo("无脚本便利店");
            browser.click("button[value=submit]");
            assertThat(browser.path()).startsWith("/my/applications/").endsWith("?submitted");
            String trackingNumber = browser.text(".facts dd");
            String code = browser.text(".notice .code");

            browser.open("/progress");
            browser.type("#trackingNumber", trackingNumber).type("#code", code).click("form.form button");
            assertThat(browser.text("main")).contains("个体工商户注册登记", "已提交");

            signInAs(browser, "supervisor");
            browser.open("/supervision");
            assertThat(browser.all(".cards li.indicator .latest")).as("every indicator's latest figure").hasSize(8);
            assertThat(browser.all(".chart[data-drawn]")).as("no script drew a chart").isEmpty();
            browser.open("/supervision/indicators/on_time_conclusion_rate?days=7");
            assertThat(browser.all("table.figures thead th")).as("the day-by-day figures as a table").hasSize(4);
        }
    }

    @Test
    void aCitizenAppliesOnlineWithUploadsIsToldEveryMissingPieceAtOnceAndTracksTheCase() throws Exception {
        Path pdf = tempFile("申请书", ".pdf", PDF);
        Path png = tempFile("id-card", ".png", PNG);
        try (Browser browser = Browser.on(GATEWAY, Browser.DESKTOP)) {
            browser.open("/items/330100-AMR-GG-009");
            browser.click(".actions button.primary");
            assertThat(browser.path()).startsWith("/sign-in?next=/items/330100-AMR-GG-009");
            browser.type("#username", "zhangsan").type("#password", Gateway.DEMO_PASSWORD).click("form.form button");
            assertThat(browser.path()).isEqualTo("/items/330100-AMR-GG-009");

            browser.click(".actions button.primary");
            assertThat(browser.path()).startsWith("/my/drafts/");
            String draft = browser.path();
            browser.type("#field-address", "杭州市上城区解放东路18号").click("button[value=submit]");
            assertThat(browser.path()).isEqualTo(draft);
            assertThat(browser.all(".field.invalid input")).extracting(input -> input.getAttribute("id"))
                    .contains("field-contactPhone", "field-shopName");
            assertThat(browser.find("#field-address").getAttribute("value")).isEqualTo("杭州市上城区解放东路18号");
            assertThat(browser.all(".material .field-error")).hasSize(2);
            browser.screenshot("apply-errors-desktop-zh").assertAccessible();

            browser.type("#field-contactPhone", "13812345678").type("#field-shopName", "张三便利店").click("button[value=save]");
            assertThat(browser.text(".flash")).isEqualTo("草稿已保存。");
            browser.find("#upload-0").sendKeys(pdf.toString());
            browser.driver().executeScript(RECORD_UPLOAD_PROGRESS);
            browser.click("#upload-0 ~ button");
            assertThat(browser.text(".flash")).isEqualTo("材料已上传。");
            assertThat(String.valueOf(browser.driver().executeScript("return sessionStorage.getItem('upload')")))
                    .as("the upload's progress, sent and total bytes").matches("([1-9]\\d*)/\\1");
            browser.find("#upload-1").sendKeys(png.toString());
            browser.click("#upload-1 ~ button");
            assertThat(browser.all(".material .held li")).hasSize(2);
            assertThat(browser.find("#field-shopName").getAttribute("value")).isEqualTo("张三便利店");
            browser.screenshot("apply-ready-desktop-zh").assertAccessible();

            browser.click("button[value=submit]");
            assertThat(browser.path()).startsWith("/my/applications/").endsWith("?submitted");
            String trackingNumber = browser.text(".facts dd");
            String code = browser.text(".notice .code");
            assertThat(code).hasSize(8);
            assertThat(browser.text(".timeline")).contains("已提交");
            browser.screenshot("application-submitted-desktop-zh").assertAccessible();

            browser.open("/my");
            assertThat(browser.all("table a")).extracting(link -> link.getText()).contains(trackingNumber);
            browser.click(".account form button");
            browser.open("/progress");
            browser.type("#trackingNumber", trackingNumber).type("#code", code).click("form.form button");
            assertThat(browser.text(".result")).contains("个体工商户注册登记");
        } finally {
            Files.deleteIfExists(pdf);
            Files.deleteIfExists(png);
        }
    }

    /**
     * The journey, in one go and all in the browser: a newcomer searches, reads a guide,
     * registers on the way to applying, asks to be told by email, applies with uploads and tracks the
     * case; the clerk accepts it and asks for a correction; the newcomer answers it; the reviewer and
     * the approver finish it; the newcomer rates it, finds the 营业执照 it issued and hands that
     * e-certificate in with the next application; a supervisor watches that case's item's figures move.
     */
    @Test
    void aNewcomerRegistersOnTheWayToAServiceAndFollowsTheCaseToItsCertificateWhileASupervisorWatches() throws Exception {
        Gateway gateway = new Gateway(GATEWAY);
        String admin = gateway.signIn("admin");
        String item = "330100-AMR-GG-009";
        String username = "web" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String email = username + "@example.com";
        Path pdf = tempFile("申请书", ".pdf", PDF);
        Path png = tempFile("layout", ".png", PNG);
        try (Browser supervisor = Browser.on(GATEWAY, Browser.DESKTOP);
             Browser citizen = Browser.on(GATEWAY, Browser.DESKTOP)) {
            supervisor.open("/sign-in?next=/supervision");
            supervisor.type("#username", "supervisor").type("#password", Gateway.DEMO_PASSWORD).click("form.form button");
            String concludedPage = "/supervision/indicators/on_time_conclusion_rate?item=" + item + "&days=7";
            String reviewsPage = "/supervision/indicators/good_review_rate?item=" + item + "&days=7";
            long concludedBefore = today(supervisor.open(concludedPage), DENOMINATOR);
            long goodReviewsBefore = today(supervisor.open(reviewsPage), NUMERATOR);

            // finds the service, reads its guide, and is asked to sign in, or register, to apply
            citizen.open("/");
            citizen.type("#q", "个体工商户").click(".search-row button");
            citizen.clickLink("个体工商户注册登记");
            assertThat(citizen.text("h1")).isEqualTo("个体工商户注册登记");
            assertThat(citizen.text("#materials ~ .table-wrap")).contains("居民身份证");
            citizen.click(".actions button.primary");
            assertThat(citizen.path()).isEqualTo("/sign-in?next=/items/" + item);
            citizen.click("main p a[href^='/register']");
            citizen.type("#name", "王五").type("#identityNumber", IdentityNumbers.of(true)).type("#mobile", "13712345678")
                    .type("#username", username).type("#password", "web-Passw0rd-2026")
                    .type("#passwordAgain", "web-Passw0rd-2026").click("form.form button.primary");
            assertThat(citizen.path()).as("back at the service, signed in").isEqualTo("/items/" + item);

            citizen.open("/my/notifications");
            if (!citizen.find("#emailEnabled").isSelected()) {
                citizen.find("#emailEnabled").click();
            }
            citizen.type("#email", email).click("form.form button.primary");
            assertThat(citizen.text(".flash")).isEqualTo("通知方式已保存。");

            citizen.open("/items/" + item).click(".actions button.primary");
            assertThat(citizen.path()).startsWith("/my/drafts/");
            citizen.type("#field-address", "杭州市上城区解放东路18号").type("#field-contactPhone", "13712345678")
                    .type("#field-shopName", "王五便利店");
            upload(citizen, "个体工商户登记（备案）申请书", pdf);
            upload(citizen, "居民身份证", png);
            assertThat(citizen.find("#field-shopName").getAttribute("value")).as("typed, kept across uploads")
                    .isEqualTo("王五便利店");
            citizen.click("button[value=submit]");
            assertThat(citizen.path()).startsWith("/my/applications/").endsWith("?submitted");
            String applicationPage = citizen.path().replace("?submitted", "");
            String trackingNumber = citizen.text(".facts dd");
            String code = citizen.text(".notice .code");
            assertThat(citizen.text(".timeline")).contains("已提交");

            // the clerk finds it in the department's queue, accepts it and asks for what is missing, all at once
            try (Browser clerk = Browser.on(GATEWAY, Browser.DESKTOP)) {
                clerk.open("/sign-in?next=/work/cases");
                clerk.type("#username", "clerk").type("#password", Gateway.DEMO_PASSWORD).click("form.form button");
                assertThat(clerk.path()).isEqualTo("/work/cases");
                org.awaitility.Awaitility.await("the case in the queue").atMost(java.time.Duration.ofSeconds(30))
                        .pollInterval(java.time.Duration.ofSeconds(1)).until(() -> clerk
                                .open("/work/cases?state=SUBMITTED&item=" + item).text("table.queue").contains(trackingNumber));
                assertThat(clerk.text("table.queue")).contains("王五");
                clerk.screenshot("work-queue-desktop-zh").assertAccessible();
                clerk.clickLink(trackingNumber);
                assertThat(clerk.all("#actions form")).extracting(form -> form.getAttribute("id"))
                        .containsExactly("action-accept", "action-not-accept");
                assertThat(clerk.text("main")).contains("个体工商户登记（备案）申请书", "居民身份证", "未开始计时");
                var preview = clerk.find("img.preview[alt='居民身份证']");
                assertThat(drawnWidth(clerk, preview)).as("the picture's preview drawn on the case page").isEqualTo(40);
                var firstPage = clerk.find("img.preview[alt='个体工商户登记（备案）申请书（第 1 页）']");
                assertThat(drawnWidth(clerk, firstPage)).as("the PDF's first page drawn on the case page").isEqualTo(300);
                clerk.screenshot("work-case-desktop-zh").assertAccessible();
                clerk.type("#text-accept", "材料齐全，予以受理").click("#action-accept button");
                assertThat(clerk.text(".flash")).isEqualTo("已受理。");
                assertThat(clerk.text("main")).contains("计时中", "已用 0 / ");
                String queuedCase = clerk.path();
                clerk.open("/work/cases?item=" + item);
                assertThat(clerk.text("table.queue")).contains(trackingNumber);
                clerk.find("#warning").click();
                clerk.click(".filters button");
                assertThat(clerk.find("#warning").isSelected()).isTrue();
                assertThat(clerk.text("main")).as("a clock just started is no early warning").doesNotContain(trackingNumber);
                clerk.open(queuedCase);
                clerk.type("#missing-request-correction", "经营场所证明（须加盖公章）")
                        .type("#text-request-correction", "请补齐").click("#action-request-correction button");
                assertThat(clerk.text(".flash")).isEqualTo("已一次性告知补正，法定时限暂停。");
                assertThat(clerk.text("#actions")).contains("当前没有您可以办理的操作。");
                assertThat(clerk.text(".timeline")).contains("受理", "告知补正");
            }

            // told by email, as they asked, with a link back to the site
            Mailbox mailbox = new Mailbox(JourneyPlatform.PORTS.imap(), email);
            org.awaitility.Awaitility.await("the correction mail").atMost(java.time.Duration.ofSeconds(30)).until(() -> mailbox
                    .mail().stream().anyMatch(mail -> mail.subject().equals("请补正材料：" + trackingNumber)));
            assertThat(mailbox.mail()).filteredOn(mail -> mail.subject().equals("请补正材料：" + trackingNumber))
                    .singleElement().satisfies(mail -> assertThat(mail.body()).contains("经营场所证明（须加盖公章）",
                            "法定办理时限暂停", "http://localhost:" + GATEWAY + "/my/messages"));

            // answers it, on the application's page
            org.awaitility.Awaitility.await("the correction request on the application").atMost(java.time.Duration.ofSeconds(30))
                    .pollInterval(java.time.Duration.ofSeconds(1))
                    .until(() -> !citizen.open(applicationPage).all("#correction .missing").isEmpty());
            assertThat(citizen.text("#correction .missing")).contains("经营场所证明（须加盖公章）");
            assertThat(citizen.find("#correction-name").getAttribute("value")).isEqualTo("经营场所证明（须加盖公章）");
            citizen.screenshot("correction-desktop-zh").assertAccessible();
            citizen.find("#correction-file").sendKeys(pdf.toString());
            citizen.click("#correction-file ~ button");
            assertThat(citizen.text("#correction .held")).contains("经营场所证明（须加盖公章）");
            citizen.type("#correction-note", "已补齐场所证明").click("#correction form.form button");
            assertThat(citizen.text(".flash")).isEqualTo("补正已提交。");

            // the reviewer and then the approver, on a phone and in English, finish it
            String casePage = "/work/cases/" + caseWhere(gateway, gateway.signIn("clerk"), "trackingNumber", trackingNumber);
            for (String[] step : new String[][] {{"reviewer", "review", "Review recorded."}, {"approver", "conclude", "Concluded."}}) {
                try (Browser staff = Browser.on(GATEWAY, Browser.PHONE)) {
                    staff.open("/sign-in?lang=en&next=" + casePage);
                    staff.type("#username", step[0]).type("#password", Gateway.DEMO_PASSWORD).click("form.form button");
                    org.awaitility.Awaitility.await("the " + step[1] + " offered").atMost(java.time.Duration.ofSeconds(30))
                            .pollInterval(java.time.Duration.ofSeconds(1))
                            .until(() -> !staff.open(casePage).all("#action-" + step[1]).isEmpty());
                    assertThat(staff.all("#actions form")).extracting(form -> form.getAttribute("id"))
                            .doesNotContain("action-accept");
                    staff.screenshot("work-" + step[1] + "-phone-en").assertAccessible();
                    staff.type("#text-" + step[1], "reviewer".equals(step[0]) ? "符合条件" : "准予登记")
                            .click("#action-" + step[1] + " button");
                    assertThat(staff.text(".flash")).isEqualTo(step[2]);
                }
            }

            // rates the concluded case
            org.awaitility.Awaitility.await("the case concluded on the application").atMost(java.time.Duration.ofSeconds(30))
                    .pollInterval(java.time.Duration.ofSeconds(1))
                    .until(() -> !citizen.open(applicationPage).all("#evaluation button.primary").isEmpty());
            assertThat(citizen.all("#correction")).isEmpty();
            citizen.click("#evaluation button.primary");
            assertThat(citizen.text(".error")).isEqualTo("请选择一项评价。");
            citizen.find("#level-1").click();
            citizen.find("#d-overall").sendKeys("5");
            citizen.type("#evaluation-comment", "补正说明很清楚").click("#evaluation button.primary");
            assertThat(citizen.text(".flash")).isEqualTo("感谢您的评价。");
            assertThat(citizen.text("#evaluation .notice")).isEqualTo("您已评价：满意");
            citizen.screenshot("evaluated-desktop-zh").assertAccessible();

            // the approval issued a 营业执照 (data-sharing), which the portal keeps for its holder
            org.awaitility.Awaitility.await("the 营业执照 among the certificates").atMost(java.time.Duration.ofSeconds(30))
                    .pollInterval(java.time.Duration.ofSeconds(1))
                    .until(() -> citizen.open("/my/certificates").text("main").contains("营业执照"));
            assertThat(citizen.text("table")).contains("营业执照", "有效");
            citizen.screenshot("certificates-desktop-zh").assertAccessible();

            citizen.open("/my/messages");
            assertThat(citizen.text(".messages")).contains("请补正材料", "邮件: 已发送");
            citizen.screenshot("messages-desktop-zh").assertAccessible();
            citizen.click("form.actions button");
            assertThat(citizen.all(".messages li.unread")).isEmpty();
            citizen.open("/my");
            assertThat(citizen.text(".unread")).startsWith("未读消息 0 条");
            assertThat(citizen.all("table a")).extracting(link -> link.getText()).contains(trackingNumber);

            // the next application hands that licence in as an e-certificate instead of a copy
            citizen.open("/items/330100-AMR-XK-001").click(".actions button.primary");
            assertThat(citizen.path()).startsWith("/my/drafts/");
            assertThat(citizen.all("#field-contactPhone")).as(citizen.text("main")).isNotEmpty();
            citizen.type("#field-contactPhone", "13712345678").type("#field-shopName", "王五小吃店");
            citizen.find("#field-category-0").click();
            citizen.click("button[value=save]");
            for (String material : List.of("食品经营许可申请书", "食品安全管理制度文本")) {
                upload(citizen, material, pdf);
            }
            upload(citizen, "经营场所平面布局图", png);
            // the form's file field (门头照片) is uploaded with the materials, where its link leads
            assertThat(citizen.find("#field-storefrontPhoto a").getAttribute("href")).endsWith("#file-storefrontPhoto");
            assertThat(citizen.all("input#field-storefrontPhoto")).as("a file field is no text input").isEmpty();
            upload(citizen, "门头照片", png);
            assertThat(citizen.text("#file-storefrontPhoto .held")).contains(png.getFileName().toString());
            int licence = materialIndex(citizen, "营业执照");
            citizen.click("#certificate-" + licence + " ~ button");
            assertThat(citizen.text(".flash")).isEqualTo("已使用电子证照。");
            assertThat(citizen.all("#materials .card.material").get(materialIndex(citizen, "营业执照")).getText())
                    .contains("电子证照 " + citizen.find("#certificate-" + licence).getAttribute("value"));
            citizen.screenshot("apply-with-certificate-desktop-zh").assertAccessible();
            citizen.click("button[value=submit]");
            assertThat(citizen.path()).startsWith("/my/applications/").endsWith("?submitted");

            // and the anonymous inquiry tells anyone with the number and the code how the first case ended
            try (Browser anyone = Browser.on(GATEWAY, Browser.PHONE)) {
                anyone.open("/progress");
                anyone.type("#trackingNumber", trackingNumber).type("#code", code).click("form.form button");
                assertThat(anyone.text(".result")).contains("个体工商户注册登记", "已办结");
            }

            // the supervisor sees the item's concluded cases and good reviews of today move by this one
            awaitTodaysFigures("the case concluded and rated, in the figures", gateway, admin, () -> {
                assertThat(today(supervisor.open(concludedPage), DENOMINATOR)).isGreaterThanOrEqualTo(concludedBefore + 1);
                assertThat(today(supervisor.open(reviewsPage), NUMERATOR)).isGreaterThanOrEqualTo(goodReviewsBefore + 1);
            });
            supervisor.screenshot("supervision-good-reviews-desktop-zh").assertAccessible();
        } finally {
            Files.deleteIfExists(pdf);
            Files.deleteIfExists(png);
        }
    }

    /** Uploads a file as the named material of the draft open in the browser (the page comes back with it held). */
    private static void upload(Browser browser, String material, Path file) {
        int index = materialIndex(browser, material);
        browser.find("#upload-" + index).sendKeys(file.toString());
        browser.click("#upload-" + index + " ~ button");
        assertThat(browser.text(".flash")).isEqualTo("材料已上传。");
    }

    /** The width a picture on the page was drawn with, once it has loaded (0 for one that could not be). */
    private static int drawnWidth(Browser browser, org.openqa.selenium.WebElement image) {
        org.awaitility.Awaitility.await("the picture loaded").atMost(java.time.Duration.ofSeconds(20)).until(() ->
                Boolean.TRUE.equals(browser.driver().executeScript("return arguments[0].complete", image)));
        return ((Number) browser.driver().executeScript("return arguments[0].naturalWidth", image)).intValue();
    }

    /** A file of the given content in the temporary folder, for an upload. */
    private static Path tempFile(String prefix, String suffix, byte[] content) throws java.io.IOException {
        Path file = Files.createTempFile(prefix, suffix);
        Files.write(file, content);
        return file;
    }

    /** Where a material's card is among the draft's materials (its upload is {@code #upload-<index>}). */
    private static int materialIndex(Browser browser, String material) {
        var cards = browser.all("#materials .card.material");
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).findElement(org.openqa.selenium.By.cssSelector("h3 span")).getText().equals(material)) {
                return i;
            }
        }
        throw new AssertionError("no material " + material + " on the draft's page");
    }


    @Test
    void aCitizenBooksAHallVisitAsksTheDepartmentAndReadsItsReply() {
        Gateway gateway = new Gateway(GATEWAY);
        String username = "asker" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        assertThat(gateway.post("/api/portal/v1/registrations/natural-persons", null, java.util.Map.of("name", "钱七",
                "identityNumber", IdentityNumbers.of(true), "mobile", "13712345678", "username", username,
                "password", "Qiantang-river-2026")).status()).isEqualTo(201);
        try (Browser browser = Browser.on(GATEWAY, Browser.PHONE)) {
            browser.open("/sign-in?next=/items/330100-AMR-XK-001");
            browser.type("#username", username).type("#password", "Qiantang-river-2026").click("form.form button");
            browser.clickLink("预约到大厅办理");
            assertThat(browser.text("h1")).isEqualTo("预约办理：" + FOOD_LICENCE);
            browser.screenshot("booking-phone-zh").assertAccessible();
            browser.click(".slots button:not([disabled])");
            assertThat(browser.path()).isEqualTo("/my/bookings");
            assertThat(browser.text(".flash")).isEqualTo("预约成功，请按时到大厅办理。");
            assertThat(browser.text("table.bookings")).contains(FOOD_LICENCE, "有效");
            browser.click("table.bookings button");
            assertThat(browser.text(".flash")).isEqualTo("预约已取消。");
            assertThat(browser.text("table.bookings")).contains("已取消");

            browser.open("/items/330100-AMR-XK-001");
            browser.clickLink("我要咨询");
            assertThat(browser.find("#itemCode").getAttribute("value")).isEqualTo("330100-AMR-XK-001");
            browser.type("#subject", "需要准备哪些材料").click("form.form button.primary");
            assertThat(browser.text("#text-error")).isNotBlank();
            assertThat(browser.find("#subject").getAttribute("value")).as("kept").isEqualTo("需要准备哪些材料");
            browser.screenshot("inquiry-errors-phone-zh").assertAccessible();
            browser.type("#text", "请问经营场所证明需要原件吗？").click("form.form button.primary");
            assertThat(browser.text(".notice")).startsWith("已提交，部门将于");
        }
        try (Browser clerk = Browser.on(GATEWAY, Browser.DESKTOP)) {
            clerk.open("/sign-in?next=/work/inquiries");
            clerk.type("#username", "clerk").type("#password", Gateway.DEMO_PASSWORD).click("form.form button");
            clerk.clickLink("需要准备哪些材料");
            assertThat(clerk.text(".thread")).contains("请问经营场所证明需要原件吗？");
            clerk.screenshot("work-inquiry-desktop-zh").assertAccessible();
            clerk.type("#reply-text", "需要原件，复印件一份。").click("#reply button");
            assertThat(clerk.text(".flash")).isEqualTo("答复已发送，申请人会在消息中收到。");
        }
        try (Browser browser = Browser.on(GATEWAY, Browser.DESKTOP)) {
            browser.open("/sign-in?next=/my/inquiries");
            browser.type("#username", username).type("#password", "Qiantang-river-2026").click("form.form button");
            browser.clickLink("需要准备哪些材料");
            assertThat(browser.text(".thread")).contains("部门答复", "需要原件，复印件一份。");
            assertThat(browser.text("dl.facts")).contains("已答复");
        }
    }

    @Test
    void aPersonChoosesQuietHoursForTheirEmailsIsToldWhatIsMissingAndKeepsWhatWasTyped() {
        try (Browser browser = Browser.on(GATEWAY, Browser.PHONE)) {
            browser.open("/sign-in?next=/my/notifications");
            browser.type("#username", "acme").type("#password", Gateway.DEMO_PASSWORD).click("form.form button");
            assertThat(browser.path()).isEqualTo("/my/notifications");
            assertThat(browser.find("#emailEnabled").isSelected()).as("the demo enterprise is told by email").isTrue();
            assertThat(browser.find("#email").getAttribute("value")).isEqualTo("acme@example.com");

            browser.driver().executeScript("document.getElementById('quietFrom').value = '22:00';"
                    + "document.getElementById('quietUntil').value = '';");
            browser.click("form.form button.primary");
            assertThat(browser.text("#quietUntil-error")).isEqualTo("请填写时段的开始和结束时间（时:分），两者不能相同。");
            assertThat(browser.find("#quietFrom").getAttribute("value")).isEqualTo("22:00");
            browser.assertAccessible();

            browser.driver().executeScript("document.getElementById('quietUntil').value = '07:00';");
            browser.click("form.form button.primary");
            assertThat(browser.text(".flash")).isEqualTo("通知方式已保存。");
            assertThat(browser.find("#quietUntil").getAttribute("value")).isEqualTo("07:00");
            browser.screenshot("notification-settings-phone-zh").assertAccessible();
        }
    }

    @Test
    void aCitizenWithdrawsAnApplicationOnAPhoneAndSeesItWithdrawn() {
        Gateway gateway = new Gateway(GATEWAY);
        String citizen = gateway.signIn("zhangsan");
        String id = draftOf(gateway, citizen, "张三不开了");
        submitted(gateway, citizen, id);
        try (Browser browser = Browser.on(GATEWAY, Browser.PHONE)) {
            browser.open("/sign-in?lang=en&next=/my/applications/" + id);
            browser.type("#username", "zhangsan").type("#password", Gateway.DEMO_PASSWORD).click("form.form button");
            assertThat(browser.text("#withdraw h2")).isEqualTo("Withdraw the application");
            browser.type("#withdraw-reason", "店面不租了").click("#withdraw button");
            assertThat(browser.text(".flash")).isEqualTo("The withdrawal is requested.");
            assertThat(browser.all("#withdraw")).as("no second withdrawal offered").isEmpty();

            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> "WITHDRAWN".equals(gateway
                    .get("/api/portal/v1/applications/" + id, citizen).json().path("status").asString()));
            browser.open("/my/applications/" + id);
            assertThat(browser.text(".facts .status")).isEqualTo("Withdrawn");
            assertThat(browser.all("#withdraw, #evaluation form")).isEmpty();
            browser.screenshot("application-withdrawn-phone-en").assertAccessible();
        }
    }

    @Test
    void aBadReviewIsVerifiedAndRectifiedOnTheWorkbench() {
        Gateway gateway = new Gateway(GATEWAY);
        String citizen = gateway.signIn("zhangsan");
        String clerk = gateway.signIn("clerk");
        String id = draftOf(gateway, citizen, "张三差评店");
        String trackingNumber = submitted(gateway, citizen, id).text("trackingNumber");
        String caseId = caseOf(gateway, clerk, id);
        assertThat(gateway.post(CASES + "/" + caseId + "/accept", clerk, java.util.Map.of()).status()).isEqualTo(200);
        assertThat(gateway.post(CASES + "/" + caseId + "/review", gateway.signIn("reviewer"), java.util.Map.of("opinion", "可以"))
                .status()).isEqualTo(200);
        assertThat(gateway.post(CASES + "/" + caseId + "/conclude", gateway.signIn("approver"),
                java.util.Map.of("outcome", "APPROVED")).status()).isEqualTo(200);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> "CONCLUDED".equals(gateway
                .get("/api/portal/v1/applications/" + id, citizen).json().path("status").asString()));
        var rated = gateway.post("/api/portal/v1/evaluations", citizen, java.util.Map.of("applicationId", id,
                "level", "VERY_DISSATISFIED", "dimensions", java.util.Map.of("overall", 1, "efficiency", 1,
                        "guideAccuracy", 2, "convenience", 1, "usability", 2), "comment", "窗口让我跑了两趟"));
        assertThat(rated.status()).as(rated.body()).isEqualTo(201);

        try (Browser staff = Browser.on(GATEWAY, Browser.DESKTOP)) {
            staff.open("/sign-in?next=/work/rectifications");
            staff.type("#username", "clerk").type("#password", Gateway.DEMO_PASSWORD).click("form.form button");
            assertThat(staff.text("table.rectifications")).contains(trackingNumber, "待核实");
            staff.clickLink(trackingNumber);
            assertThat(staff.text("dl.facts")).contains("非常不满意", "窗口让我跑了两趟");
            staff.screenshot("work-rectification-desktop-zh").assertAccessible();
            staff.find("#verification input[value='true']").click();
            staff.type("#verification-note", "情况属实").click("#verification button.primary");
            assertThat(staff.text(".flash")).isEqualTo("已核实。");
            staff.type("#completion-text", "已改为一次告知全部材料，并回访申请人").click("#completion button.primary");
            assertThat(staff.text(".flash")).isEqualTo("整改情况已反馈，评价人会在消息中收到。");
            assertThat(staff.text("dl.facts")).contains("已整改", "已改为一次告知全部材料");
        }
    }

    @Test
    void anEditorWritesANoticeAReviewerPublishesItAndAnyoneReadsIt() {
        String title = "关于调整窗口服务时间的通知 " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser editor = Browser.on(GATEWAY, Browser.DESKTOP)) {
            editor.open("/sign-in?next=/work/articles/new");
            editor.type("#username", "editor").type("#password", Gateway.DEMO_PASSWORD).click("form.form button");
            editor.find("#column").sendKeys("通知公告");
            editor.type("#body", "自下周一起，窗口服务时间调整为9:00至17:00。").click("#editor button.primary");
            assertThat(editor.text("#title-error")).isNotBlank();
            assertThat(editor.find("#body").getAttribute("value")).as("kept").contains("窗口服务时间调整");
            editor.screenshot("work-article-errors-desktop-zh").assertAccessible();
            editor.type("#title", title).click("#editor button.primary");
            assertThat(editor.text(".notice")).isEqualTo("已保存。");
            assertThat(editor.text("dl.facts")).contains("通知公告", "草稿");
            editor.click("#submit button");
            assertThat(editor.text(".flash")).isEqualTo("已提交审核。");
        }
        try (Browser reviewer = Browser.on(GATEWAY, Browser.DESKTOP)) {
            reviewer.open("/sign-in?next=/work/articles?status=IN_REVIEW");
            reviewer.type("#username", "reviewer").type("#password", Gateway.DEMO_PASSWORD).click("form.form button");
            reviewer.clickLink(title);
            reviewer.click("#approve button");
            assertThat(reviewer.text(".flash")).isEqualTo("已审核通过。");
        }
        try (Browser anyone = Browser.on(GATEWAY, Browser.PHONE)) {
            org.awaitility.Awaitility.await("the notice published").atMost(java.time.Duration.ofSeconds(30))
                    .pollInterval(java.time.Duration.ofSeconds(1)).untilAsserted(() -> {
                        anyone.open("/news?column=NOTICES");
                        assertThat(anyone.text("main")).contains(title);
                    });
        }
    }

    @Test
    void anEditorRevisesAPublishedGuideSeesEachProblemAtItsFieldAndAReviewerPublishesIt() {
        String question = "备案凭证遗失了怎么办？（" + UUID.randomUUID().toString().substring(0, 6) + "）";
        String itemPage;
        try (Browser editor = Browser.on(GATEWAY, Browser.DESKTOP)) {
            editor.open("/sign-in?next=/work/items");
            editor.type("#username", "editor").type("#password", Gateway.DEMO_PASSWORD).click("form.form button");
            editor.open("/work/items?status=PUBLISHED&q=" + MEDICAL_DEVICES);
            assertThat(editor.text("table.items")).contains("330100-AMR-XK-004", "已发布");
            editor.screenshot("work-items-desktop-zh").assertAccessible();
            editor.clickLink(MEDICAL_DEVICES + "经营备案凭证核发");
            assertThat(editor.text("#quality h2")).startsWith("办事指南质量：");
            editor.click("#new-version");
            assertThat(editor.find("#faq-0-question").getAttribute("value")).isEqualTo("可以网上办理吗？");
            editor.type("#promisedLimitDays", "45")
                    .type("#faq-2-question", question).type("#faq-2-answer", "可向原备案部门申请补发。");
            editor.click("#editor button.primary");
            assertThat(editor.text("#promisedLimitDays-error")).isEqualTo("不能超过法定时限 30 个工作日。");
            assertThat(editor.text("#problems")).contains("承诺时限（工作日）：不能超过法定时限 30 个工作日。");
            assertThat(editor.find("#faq-2-question").getAttribute("value")).as("kept").isEqualTo(question);
            assertThat(editor.find("#promisedLimitDays").getAttribute("value")).as("kept").isEqualTo("45");
            editor.screenshot("work-item-edit-errors-desktop-zh").assertAccessible();
            editor.type("#promisedLimitDays", "3").click("#editor button.primary");
            assertThat(editor.text("p.notice")).isEqualTo("已保存。");
            assertThat(editor.text("dl.facts")).contains("草稿", "承诺时限 3 个工作日");
            editor.click("#submit button");
            assertThat(editor.text(".flash")).isEqualTo("已提交审核。");
            itemPage = editor.path();
        }
        try (Browser reviewer = Browser.on(GATEWAY, Browser.PHONE)) {
            reviewer.open("/sign-in?lang=en&next=" + itemPage);
            reviewer.type("#username", "reviewer").type("#password", Gateway.DEMO_PASSWORD).click("form.form button");
            assertThat(reviewer.text("dl.facts")).contains("In review", "2");
            reviewer.screenshot("work-item-review-phone-en").assertAccessible();
            reviewer.click("#publish button");
            assertThat(reviewer.text(".flash")).isEqualTo("Approved and published.");
            assertThat(reviewer.text("dl.facts")).contains("Published");
        }
        try (Browser anyone = Browser.on(GATEWAY, Browser.PHONE)) {
            org.awaitility.Awaitility.await("the new version in the portal").atMost(java.time.Duration.ofSeconds(30))
                    .pollInterval(java.time.Duration.ofSeconds(1)).untilAsserted(() -> {
                        anyone.open("/items/330100-AMR-XK-004");
                        assertThat(anyone.text("main")).contains(question, "承诺时限 3 个工作日");
                    });
        }
    }

    @Test
    void aSupervisorSeesTheIndicatorsAsChartsAndWatchesOneMove() {
        Gateway gateway = new Gateway(GATEWAY);
        String admin = gateway.signIn("admin");
        String item = "330100-AMR-XK-001";
        try (Browser browser = Browser.on(GATEWAY, Browser.DESKTOP)) {
            browser.open("/sign-in?next=/supervision");
            browser.type("#username", "supervisor").type("#password", Gateway.DEMO_PASSWORD).click("form.form button");
            assertThat(browser.path()).isEqualTo("/supervision");
            assertThat(browser.all(".cards li.indicator")).hasSize(8);
            assertThat(browser.text("#card-on_time_conclusion_rate h3")).isEqualTo("按时办结率");
            assertThat(browser.text("#overdue-heading")).startsWith("本部门逾期办件");
            assertThat(browser.text("#warning-heading")).startsWith("本部门临期预警办件");
            // a chart for every indicator with figures in the period, a note for the others
            org.awaitility.Awaitility.await("the charts drawn").atMost(java.time.Duration.ofSeconds(20))
                    .until(() -> browser.all(".chart[data-drawn='true'] canvas").size() == browser.all(".chart").size());
            assertThat(browser.all(".chart").size() + browser.all(".no-data").size()).isEqualTo(8);
            browser.screenshot("supervision-desktop-zh").assertAccessible();

            String page = "/supervision/indicators/guide_views?item=" + item + "&days=7";
            browser.open(page);
            long before = today(browser, NUMERATOR);
            for (int i = 0; i < 3; i++) {
                assertThat(gateway.get("/api/portal/v1/catalog/items/" + item, null).status()).isEqualTo(200);
            }
            awaitTodaysFigures("three more views of the guide today", gateway, admin, () ->
                    assertThat(today(browser.open(page), NUMERATOR)).isGreaterThanOrEqualTo(before + 3));
            org.awaitility.Awaitility.await("its chart drawn").atMost(java.time.Duration.ofSeconds(20))
                    .until(() -> !browser.all(".chart.wide[data-drawn='true'] canvas").isEmpty());
            browser.screenshot("supervision-indicator-desktop-zh").assertAccessible();

            // the scope is chosen by name: a department, then a region
            browser.open("/supervision");
            new org.openqa.selenium.support.ui.Select(browser.find("#department")).selectByVisibleText("杭州市市场监督管理局");
            browser.click(".filters button");
            assertThat(browser.path()).contains("department=330100-AMR");
            assertThat(new org.openqa.selenium.support.ui.Select(browser.find("#department")).getFirstSelectedOption()
                    .getText()).isEqualTo("杭州市市场监督管理局");
            new org.openqa.selenium.support.ui.Select(browser.find("#region")).selectByValue("330100");
            assertThat(new org.openqa.selenium.support.ui.Select(browser.find("#region")).getFirstSelectedOption()
                    .getText()).isEqualTo("杭州市（330100）");
            browser.click(".filters button");
            assertThat(browser.path()).contains("region=330100", "department=330100-AMR");
            assertThat(browser.all(".cards li.indicator")).hasSize(8);

            browser.open("/supervision?lang=en");
            assertThat(browser.text("#card-good_review_rate h3")).isEqualTo("Good reviews");
        }
    }

    /** Has today's indicators computed again (as an administrator) until the figures the check reads have moved. */
    private static void awaitTodaysFigures(String what, Gateway gateway, String admin,
                                           org.awaitility.core.ThrowingRunnable check) {
        String today = ExpectedDeadline.today().toString();
        org.awaitility.Awaitility.await(what).atMost(java.time.Duration.ofSeconds(60))
                .pollInterval(java.time.Duration.ofSeconds(2)).untilAsserted(() -> {
                    assertThat(gateway.post("/api/data-sharing/v1/indicators/recomputation?from=" + today + "&to=" + today,
                            admin, java.util.Map.of()).status()).isEqualTo(200);
                    check.run();
                });
    }

    /** The columns of an indicator page's day-by-day table (day, value, numerator, denominator). */
    private static final int NUMERATOR = 2;
    private static final int DENOMINATOR = 3;

    /** Today's figure in a column of an indicator page's day-by-day table; no row for today counts as none. */
    private static long today(Browser browser, int column) {
        String today = ExpectedDeadline.today().toString();
        for (var row : browser.all("table.figures tbody tr")) {
            var cells = row.findElements(org.openqa.selenium.By.cssSelector("td"));
            if (cells.get(0).getText().equals(today)) {
                String figure = cells.get(column).getText();
                return figure.isBlank() ? 0 : (long) Double.parseDouble(figure);
            }
        }
        return 0;
    }

    private static final String CASES = "/api/processing/v1/cases";

    /** A PDF of one empty page, 200 by 100 points (no cross-reference table: readers rebuild it). */
    private static final byte[] PDF = """
            %PDF-1.4
            1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj
            2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj
            3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 200 100]>> endobj
            trailer <</Root 1 0 R>>
            %%EOF
            """.getBytes(StandardCharsets.US_ASCII);
    /** A real picture, 40 by 30 pixels, so that a preview of it can be seen to be drawn. */
    private static final byte[] PNG = picture(40, 30);

    private static byte[] picture(int width, int height) {
        var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var bytes = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A draft of zhangsan's for 个体工商户注册登记 with its form filled in and both materials uploaded. */
    private static String draftOf(Gateway gateway, String citizen, String shopName) {
        var draft = gateway.post("/api/portal/v1/applications/drafts", citizen, java.util.Map.of("itemCode", "330100-AMR-GG-009",
                "formData", java.util.Map.of("contactPhone", "13812345678", "shopName", shopName)));
        String id = draft.text("id");
        for (String material : new String[] {"个体工商户登记（备案）申请书", "居民身份证"}) {
            assertThat(gateway.upload("/api/portal/v1/applications/drafts/" + id + "/materials", citizen,
                    java.util.Map.of("name", material), "m.pdf", "application/pdf", PDF).status()).isEqualTo(201);
        }
        return id;
    }

    private static Gateway.Response submitted(Gateway gateway, String citizen, String draftId) {
        var submitted = gateway.post("/api/portal/v1/applications/drafts/" + draftId + "/submit", citizen, java.util.Map.of());
        assertThat(submitted.status()).isEqualTo(201);
        return submitted;
    }

    private static String caseOf(Gateway gateway, String clerk, String applicationId) {
        return caseWhere(gateway, clerk, "applicationId", applicationId);
    }

    /** The id of the case of 个体工商户注册登记 whose field has this value, once processing has it. */
    private static String caseWhere(Gateway gateway, String clerk, String field, String value) {
        java.util.concurrent.atomic.AtomicReference<String> found = new java.util.concurrent.atomic.AtomicReference<>();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            for (var c : gateway.get(CASES + "?size=100&itemCode=330100-AMR-GG-009", clerk).json().path("content")) {
                if (value.equals(c.path(field).asString())) {
                    found.set(c.path("id").asString());
                    return true;
                }
            }
            return false;
        });
        return found.get();
    }

    @Test
    void afterAnAdministratorResetsThePasswordThePersonIsAskedForANewOneFirstAndChangesIt() {
        Gateway gateway = new Gateway(GATEWAY);
        String username = "reset" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var registered = gateway.post("/api/portal/v1/registrations/natural-persons", null, java.util.Map.of("name", "赵六",
                "identityNumber", IdentityNumbers.of(true), "mobile", "13712345678", "username", username,
                "password", "Qiantang-river-2026"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(gateway.post("/api/portal/v1/accounts/" + registered.text("id") + "/password-reset",
                gateway.signIn("admin"), java.util.Map.of("newPassword", "Temporary-given-2026")).status()).isEqualTo(200);

        try (Browser browser = Browser.on(GATEWAY, Browser.PHONE)) {
            browser.open("/sign-in");
            browser.type("#username", username).type("#password", "Temporary-given-2026").click("form.form button");
            assertThat(browser.path()).isEqualTo("/my/password?required");
            assertThat(browser.text(".notice")).contains("管理员已重置您的密码");
            browser.open("/my");
            assertThat(browser.path()).as("nothing else until it is changed").isEqualTo("/my/password?required");
            browser.screenshot("password-required-phone-zh").assertAccessible();

            browser.type("#currentPassword", "Temporary-given-2026").type("#newPassword", "password1234")
                    .type("#newPasswordAgain", "password1234").click("form.form button");
            assertThat(browser.text("#newPassword-error")).isEqualTo("密码不符合要求。");
            browser.type("#currentPassword", "Temporary-given-2026").type("#newPassword", "Lingyin-temple-2027")
                    .type("#newPasswordAgain", "Lingyin-temple-2027").click("form.form button");
            assertThat(browser.path()).isEqualTo("/my");
            assertThat(browser.text(".flash")).isEqualTo("密码已修改。");
            assertThat(browser.text("h1")).isEqualTo("我的空间");
        }
        assertThat(gateway.post("/api/portal/v1/auth/token", null, java.util.Map.of("username", username,
                "password", "Lingyin-temple-2027")).status()).isEqualTo(200);
    }

    @Test
    void theProgressInquiryNeedsNoSignInAndSaysPlainlyWhenNothingMatches() {
        try (Browser browser = Browser.on(GATEWAY, Browser.DESKTOP)) {
            browser.open("/progress?lang=en");
            browser.type("#trackingNumber", "330100-20261204-99999999").type("#code", "WRONG123").click("form.form button");
            assertThat(browser.text(".error")).isEqualTo("No such case, or the verification code is wrong.");
            assertThat(browser.find("#trackingNumber").getAttribute("value")).isEqualTo("330100-20261204-99999999");
            browser.screenshot("progress-desktop-en").assertAccessible();
        }
    }

    @Test
    void publicContentIsListedByColumnAndReadInFull() {
        try (Browser browser = Browser.on(GATEWAY, Browser.PHONE)) {
            browser.open("/news");
            assertThat(browser.all(".articles li")).isNotEmpty();
            String title = browser.find(".articles li a").getText();
            browser.screenshot("news-phone-zh").assertAccessible();
            browser.click(".articles li a");
            assertThat(browser.text("h1")).isEqualTo(title);
            assertThat(browser.text("article .body")).isNotBlank();
            browser.assertAccessible();
        }
    }

    @Test
    void everyMainPageIsWholeInBothLanguagesOnAPhoneAndOnADesktop() {
        Gateway gateway = new Gateway(GATEWAY);
        String token = gateway.signIn("zhangsan");
        String draft = draftOf(gateway, token, "张三四屏店");
        String application = draftOf(gateway, token, "张三撤回店");
        submitted(gateway, token, application);
        String caseId = caseOf(gateway, gateway.signIn("clerk"), application);
        List<String> anyone = List.of("/", "/search?q=%E9%A3%9F%E5%93%81", "/items/330100-AMR-XK-001", "/progress", "/news",
                "/sign-in", "/register", "/register?kind=enterprise");
        List<String> citizen = List.of("/my", "/my/messages", "/my/certificates", "/my/bookings", "/my/inquiries",
                "/my/inquiries/new?item=330100-AMR-XK-001&kind=COMPLAINT", "/items/330100-AMR-XK-001/booking",
                "/my/password", "/my/notifications", "/my/drafts/" + draft, "/my/applications/" + application);
        List<String> supervisor = List.of("/work/cases", "/work/cases/" + caseId, "/work/inquiries", "/work/rectifications",
                "/supervision");
        List<String> editor = List.of("/work/items", "/work/articles", "/work/articles/new");
        for (String lang : List.of("zh-CN", "en")) {
            for (org.openqa.selenium.Dimension size : List.of(Browser.PHONE, Browser.DESKTOP)) {
                try (Browser browser = Browser.on(GATEWAY, size)) {
                    browser.open("/?lang=" + lang);
                    anyone.forEach(page -> assertWhole(browser, page, lang));
                    assertWhole(browser, linkOn(browser, "/news", "ul.articles a"), lang);
                    signInAs(browser, "zhangsan");
                    citizen.forEach(page -> assertWhole(browser, page, lang));
                    signInAs(browser, "supervisor");
                    supervisor.forEach(page -> assertWhole(browser, page, lang));
                    assertWhole(browser, linkOn(browser, "/supervision", "ul.cards h3 a"), lang);
                    signInAs(browser, "editor");
                    editor.forEach(page -> assertWhole(browser, page, lang));
                    browser.open("/work/items?status=PUBLISHED");
                    browser.click("table.items a");
                    assertWhole(browser, browser.path(), lang);
                    browser.click("#new-version");
                    assertWhole(browser, browser.path(), lang);
                }
            }
        }
    }

    /** Where the first link a page's selector finds leads (its path and query). */
    private static String linkOn(Browser browser, String page, String css) {
        browser.open(page);
        java.net.URI link = java.net.URI.create(browser.find(css).getAttribute("href"));
        return link.getRawPath() + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery());
    }

    /** Signs in afresh as the demo account (the language is kept: it is a cookie of its own). */
    private static void signInAs(Browser browser, String username) {
        browser.driver().manage().deleteCookieNamed("ONESTOP_SESSION");
        browser.open("/sign-in");
        browser.type("#username", username).type("#password", Gateway.DEMO_PASSWORD).click("form.form button");
    }

    /** The page answers in the language chosen, with every text found, fits the window's width and passes axe. */
    private static void assertWhole(Browser browser, String page, String lang) {
        browser.open(page);
        assertThat(browser.path()).as("not sent elsewhere").isEqualTo(page);
        assertThat(browser.find("html").getAttribute("lang")).as("the language of %s", page).isEqualTo(lang);
        assertThat(browser.driver().getPageSource()).as("a text missing on %s", page).doesNotContain("??");
        Object overflow = browser.driver().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("wider than the window: %s", page).isLessThanOrEqualTo(0);
        browser.assertAccessible();
    }

    @Test
    void everyPageHasAStrictContentSecurityPolicyNoScriptAndFriendlyErrors() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : new String[] {"/", "/search?q=%E9%A3%9F%E5%93%81", "/items/330100-AMR-XK-001", "/sign-in", "/register",
                "/progress", "/news"}) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + GATEWAY + path))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                    .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe");
            assertThat(page.body()).as(path).doesNotContain("<script", " style=", " onclick=");
        }
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + GATEWAY + "/no-such-page"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("页面不存在").doesNotContain("Exception", "Whitelabel");
        HttpResponse<String> unknownItem = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + GATEWAY + "/items/NO-SUCH-ITEM")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unknownItem.statusCode()).isEqualTo(404);
        assertThat(unknownItem.body()).contains("页面不存在", "请求编号");
    }

    /** The department facet's count as the page shows it, so the link text can be named exactly. */
    private static String departmentCount(Browser browser) {
        String text = browser.all(".facets a").stream().map(link -> link.getText())
                .filter(label -> label.startsWith("杭州市市场监督管理局 (")).findFirst().orElseThrow();
        return text.substring(text.indexOf('(') + 1, text.indexOf(')'));
    }
}
