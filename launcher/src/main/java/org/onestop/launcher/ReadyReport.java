package org.onestop.launcher;

import java.time.Duration;
import java.util.List;

/** What the user sees once everything is ready: where each process listens, who can log in, where the logs are. */
public final class ReadyReport {

    /** A row of the table. */
    public record Row(String name, String url, int port, long pid) {
    }

    private static final String ACCOUNTS = """
            Demo accounts (password onestop-demo):
              admin       ADMIN
              zhangsan    CITIZEN
              acme        LEGAL_PERSON
              clerk       STAFF, CLERK       杭州市市场监督管理局 (330100-AMR)
              editor      STAFF, EDITOR      same department
              reviewer    STAFF, REVIEWER    same department
              approver    STAFF, APPROVER    same department
              supervisor  STAFF, SUPERVISOR  same department
            Demo machine client (processing-service's registry checks): onestop-processing / onestop-demo-secret""";

    private ReadyReport() {
    }

    public static String render(PlatformSettings settings, List<Row> rows, Duration startUp) {
        StringBuilder text = new StringBuilder();
        text.append("OneStop is ready (took ").append(startUp.toSeconds()).append(" s). Everything goes through the gateway: ")
                .append("http://localhost:").append(settings.gatewayPort()).append('\n');
        text.append("The website: http://localhost:").append(settings.gatewayPort()).append("/ (English: ?lang=en)")
                .append('\n').append('\n');
        text.append(String.format("  %-22s %-42s %-6s %s%n", "NAME", "URL", "PORT", "PID"));
        rows.forEach(row -> text.append(String.format("  %-22s %-42s %-6d %d%n", row.name(), row.url(), row.port(), row.pid())));
        text.append('\n').append(ACCOUNTS).append('\n').append('\n');
        text.append("Swagger UI:\n");
        settings.services().stream().filter(service -> !service.isGateway() && service.database().isPresent()).forEach(service ->
                text.append(String.format("  %-22s %s/swagger-ui.html%n", service.name(), service.url())));
        text.append('\n').append("Mail the platform sent (zhangsan and acme are told by email): ").append(settings.mailDrop())
                .append(" (one .eml file each), or by IMAP at 127.0.0.1:").append(settings.imapPort())
                .append(" (user: the address, such as zhangsan@example.com; any password)\n");
        text.append("Logs: ").append(settings.logs()).append('\n');
        text.append("Stop: ./onestop down (or Ctrl-C where it runs in the foreground)\n");
        return text.toString();
    }
}
