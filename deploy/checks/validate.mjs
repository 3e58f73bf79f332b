// Offline checks of OneStop's deployment files; run.sh renders them first and passes the paths:
//   node validate.mjs <repo root> <rendered compose yaml> <overlay>=<rendered manifests yaml>...
// 1. every Kubernetes object of every overlay against the Kubernetes schemas (kubernetes-models,
//    and the Prometheus Operator's for PodMonitor/PrometheusRule); Strimzi and CloudNativePG objects
//    against the rules below, as no schema package exists for them;
// 2. our own rules: probes, resources, pinned tags and non-root for every Deployment, an HPA, a PDB
//    and a Service per service, only the gateway reachable from outside, no Secret values,
//    Kafka topics replicated 3 with min.insync.replicas 2 (production), a database per service
//    behind the gateway (none for the gateway and the website), every Deployment scraped once on its
//    actuator port (production); the website reached only through the gateway, with sticky sessions;
// 3. docker-compose.yml: pinned images, health checks, start order by health, every service scraped
//    (on its management port when it has one), the website behind the gateway;
// 4. alerts: the PrometheusRule equals deploy/prometheus/alerts.yml; writes every dashboard query
//    to a rule file so that promtool can check its syntax (run.sh runs promtool).
import { readFileSync, writeFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { parseAllDocuments, parse } from "yaml";

const [root, composeFile, ...overlayArgs] = process.argv.slice(2);
// the gateway, the four services behind it, and the website (web: pages behind the gateway, no database, no Kafka)
const SERVICES = ["gateway", "portal-service", "management-service", "processing-service", "data-sharing-service", "web"];
const WEB = "web";
const DATABASES = { "portal-service": "portal", "management-service": "management",
  "processing-service": "processing", "data-sharing-service": "data-sharing" };
const problems = [];
const warnings = [];
let checks = 0;

function check(condition, message) {
  checks++;
  if (!condition) problems.push(message);
}

function pinned(image) {
  if (!image) return false;
  if (image.includes("@sha256:")) return true;
  const lastSegment = image.split("/").pop();
  const tag = lastSegment.includes(":") ? lastSegment.split(":").pop() : "";
  return tag !== "" && tag !== "latest" && !tag.includes("${");
}

async function kubernetesModel(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : [null, apiVersion];
  if (group === "monitoring.coreos.com") {
    return (await import(`@kubernetes-models/prometheus-operator/${apiVersion}/${kind}`))[kind];
  }
  try {
    return (await import(`kubernetes-models/${group ? `${group}/` : ""}${version}/${kind}`))[kind];
  } catch {
    return null;
  }
}

function matches(selector, labels) {
  const byLabel = Object.entries(selector?.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const byExpression = (selector?.matchExpressions ?? []).every(({ key, operator, values }) => {
    if (operator === "In") return values.includes(labels[key]);
    if (operator === "NotIn") return !values.includes(labels[key]);
    if (operator === "Exists") return key in labels;
    return !(key in labels);
  });
  return byLabel && byExpression;
}

async function checkOverlay(overlay, objects) {
  const where = (o) => `${overlay}: ${o.kind}/${o.metadata?.name}`;
  for (const o of objects) {
    check(o.metadata?.namespace === "onestop" || o.kind === "Namespace", `${where(o)} is not in namespace onestop`);
    const Model = await kubernetesModel(o.apiVersion, o.kind);
    if (Model) {
      try {
        new Model(o).validate();
        checks++;
      } catch (e) {
        problems.push(`${where(o)} does not match the Kubernetes schema: ${e.message}`);
      }
    } else {
      check(["kafka.strimzi.io/v1beta2", "postgresql.cnpg.io/v1"].includes(o.apiVersion),
        `${where(o)}: no schema for ${o.apiVersion} ${o.kind}`);
    }
  }
  const of = (kind) => objects.filter((o) => o.kind === kind);
  const named = (kind, name) => of(kind).find((o) => o.metadata.name === name);
  const production = overlay !== "small";

  check(of("Secret").length === 0, `${overlay}: a Secret is committed (secrets are made by operators, see docs/operations.md)`);
  const deployments = of("Deployment");
  check(isDeepStrictEqual(deployments.map((d) => d.metadata.name).sort(), [...SERVICES].sort()),
    `${overlay}: Deployments are ${deployments.map((d) => d.metadata.name)}, expected ${[...SERVICES].sort()}`);
  for (const d of deployments) {
    const name = d.metadata.name;
    const pod = d.spec.template.spec;
    const labels = d.spec.template.metadata.labels;
    check(pod.securityContext?.runAsNonRoot === true && pod.securityContext?.runAsUser > 0,
      `${where(d)} must run as a non-root user (runAsNonRoot, runAsUser > 0)`);
    for (const c of pod.containers) {
      check(pinned(c.image), `${where(d)}: image ${c.image} is not pinned to a tag or digest (and not latest)`);
      check(c.livenessProbe?.httpGet?.path === "/actuator/health/liveness", `${where(d)}: liveness probe must use /actuator/health/liveness`);
      check(c.readinessProbe?.httpGet?.path === "/actuator/health/readiness", `${where(d)}: readiness probe must use /actuator/health/readiness`);
      check(c.resources?.requests?.cpu && c.resources?.requests?.memory && c.resources?.limits?.memory,
        `${where(d)}: container ${c.name} needs cpu and memory requests and a memory limit`);
      check(c.securityContext?.allowPrivilegeEscalation === false && c.securityContext?.runAsUser !== 0,
        `${where(d)}: container ${c.name} must not escalate privileges or run as root`);
      check(!(c.env ?? []).some((e) => /PASSWORD|SECRET/.test(e.name) && e.value !== undefined),
        `${where(d)}: a password or secret is set as a literal value`);
    }
    const hpa = of("HorizontalPodAutoscaler").find((h) => h.spec.scaleTargetRef.kind === "Deployment" && h.spec.scaleTargetRef.name === name);
    check(hpa, `${where(d)} has no HorizontalPodAutoscaler`);
    check(of("PodDisruptionBudget").some((p) => matches(p.spec.selector, labels)), `${where(d)} has no PodDisruptionBudget`);
    check(of("Service").some((s) => s.metadata.name === name && matches({ matchLabels: s.spec.selector }, labels)),
      `${where(d)} has no Service of the same name`);
    const database = DATABASES[name];
    if (database) {
      const secretNames = pod.containers.flatMap((c) => c.env ?? []).map((e) => e.valueFrom?.secretKeyRef?.name).filter(Boolean);
      check(secretNames.includes(`${database}-db-app`), `${where(d)} must read its database credentials from ${database}-db-app`);
      const cluster = named("Cluster", `${database}-db`);
      check(cluster, `${overlay}: no CloudNativePG Cluster ${database}-db for ${name}`);
      const url = named("ConfigMap", name)?.data?.SPRING_DATASOURCE_URL;
      check(cluster && url === `jdbc:postgresql://${database}-db-rw:5432/${cluster.spec.bootstrap.initdb.database}`,
        `${overlay}: ${name}'s SPRING_DATASOURCE_URL (${url}) must point at its own cluster's database`);
    } else {
      const env = pod.containers.flatMap((c) => c.env ?? []);
      check(!named("ConfigMap", name)?.data?.SPRING_DATASOURCE_URL && !env.some((e) => e.name.startsWith("SPRING_DATASOURCE_")),
        `${where(d)} has no database: it must not be given datasource settings`);
    }
  }
  // The website: its pages reach people only through the gateway, its API calls go through the gateway,
  // and its in-memory sessions need sticky routing (the Service's ClientIP, the Ingress's cookie).
  const web = named("Deployment", WEB);
  if (web) {
    const webLabels = web.spec.template.metadata.labels;
    const onlyGateway = (selector) => isDeepStrictEqual(
      deployments.filter((d) => matches(selector, d.spec.template.metadata.labels)).map((d) => d.metadata.name), ["gateway"]);
    check(named("ConfigMap", "gateway")?.data?.ONESTOP_SERVICES_WEB === "http://web:8085",
      `${overlay}: the gateway's ONESTOP_SERVICES_WEB must be http://web:8085`);
    check(named("ConfigMap", WEB)?.data?.ONESTOP_WEB_GATEWAY_URL === "http://gateway:8080",
      `${overlay}: the website's ONESTOP_WEB_GATEWAY_URL must be http://gateway:8080`);
    check(named("ConfigMap", WEB)?.data?.MANAGEMENT_SERVER_PORT === "8090",
      `${overlay}: the website's actuator must be on its own port 8090 (MANAGEMENT_SERVER_PORT)`);
    if (production) {
      check(named("ConfigMap", WEB)?.data?.ONESTOP_WEB_SECURE_COOKIE === "true",
        `${overlay}: the website's session cookie must be Secure (ONESTOP_WEB_SECURE_COOKIE "true")`);
    }
    check(named("Service", WEB)?.spec.sessionAffinity === "ClientIP",
      `${overlay}: Service/web needs sessionAffinity ClientIP (sessions are in memory)`);
    check(of("Ingress").every((i) => i.metadata.annotations?.["nginx.ingress.kubernetes.io/affinity"] === "cookie"),
      `${overlay}: the Ingress needs cookie affinity so that a browser keeps its gateway and website pod`);
    for (const p of of("NetworkPolicy").filter((p) => matches(p.spec.podSelector, webLabels))) {
      for (const rule of p.spec.ingress ?? []) {
        const ports = (rule.ports ?? []).map((r) => r.port);
        const fromGateway = (rule.from ?? []).length > 0 && rule.from.every((f) => f.podSelector && !f.namespaceSelector && onlyGateway(f.podSelector));
        const fromMonitoring = (rule.from ?? []).length > 0 && rule.from.every((f) => f.namespaceSelector?.matchLabels?.["kubernetes.io/metadata.name"] === "monitoring" && !f.podSelector);
        check((fromGateway && isDeepStrictEqual(ports, [8085])) || (fromMonitoring && isDeepStrictEqual(ports, [8090])),
          `${where(p)}: the website admits only the gateway on 8085 and monitoring on 8090`);
      }
    }
  }
  for (const s of of("Service")) {
    check(!s.spec.type || s.spec.type === "ClusterIP", `${where(s)} must be ClusterIP (only the Ingress reaches the gateway)`);
  }
  for (const i of of("Ingress")) {
    const backends = i.spec.rules.flatMap((r) => r.http.paths.map((p) => p.backend.service.name));
    check(backends.every((b) => b === "gateway"), `${where(i)} routes to ${backends}: only the gateway may be exposed`);
  }
  // Only the gateway is reachable from outside: a default deny, and no other policy admits any source.
  const policies = of("NetworkPolicy");
  check(policies.some((p) => isDeepStrictEqual(p.spec.podSelector, {}) && p.spec.policyTypes?.includes("Ingress") && !p.spec.ingress),
    `${overlay}: no default-deny ingress NetworkPolicy`);
  for (const p of policies) {
    for (const rule of p.spec.ingress ?? []) {
      const open = !rule.from || rule.from.some((f) => f.ipBlock);
      const selectsOnlyGateway = p.spec.podSelector?.matchLabels?.["app.kubernetes.io/name"] === "gateway";
      check(!open || selectsOnlyGateway, `${where(p)} admits traffic from anywhere to pods other than the gateway`);
    }
  }
  for (const d of deployments) {
    const labels = d.spec.template.metadata.labels;
    check(policies.some((p) => p.spec.ingress && matches(p.spec.podSelector, labels)), `${where(d)}: no NetworkPolicy admits its callers`);
  }
  // Kafka through Strimzi, in KRaft mode.
  const kafka = named("Kafka", "onestop");
  check(kafka, `${overlay}: no Strimzi Kafka named onestop`);
  const pools = of("KafkaNodePool");
  check(pools.length > 0 && pools.some((p) => p.spec.roles.includes("controller")) && pools.some((p) => p.spec.roles.includes("broker")),
    `${overlay}: KRaft needs node pools with the controller and broker roles`);
  const brokers = pools.filter((p) => p.spec.roles.includes("broker")).reduce((n, p) => n + p.spec.replicas, 0);
  for (const t of of("KafkaTopic")) {
    const replicas = t.spec.replicas;
    const minIsr = Number(t.spec.config?.["min.insync.replicas"]);
    check(t.metadata.labels?.["strimzi.io/cluster"] === "onestop", `${where(t)} must be labelled strimzi.io/cluster: onestop`);
    check(replicas <= brokers, `${where(t)}: ${replicas} replicas but ${brokers} brokers`);
    if (production) {
      check(replicas >= 3 && minIsr >= 2 && minIsr < replicas, `${where(t)}: production topics need replication 3 and min.insync.replicas 2`);
    } else {
      check(minIsr <= replicas, `${where(t)}: min.insync.replicas above the replication factor`);
    }
  }
  if (kafka && production) {
    check(Number(kafka.spec.kafka.config["min.insync.replicas"]) >= 2 && Number(kafka.spec.kafka.config["default.replication.factor"]) >= 3,
      `${overlay}: the broker defaults (for dead-letter topics) need replication 3 and min.insync.replicas 2`);
    check(named("ConfigMap", "portal-service")?.data?.ONESTOP_IDENTITY_DEMO_ACCOUNTS === "false", `${overlay}: demo accounts must be off`);
    check(of("Cluster").every((c) => c.spec.instances >= 3), `${overlay}: production PostgreSQL clusters need 3 instances`);
    check(of("PrometheusRule").length === 1 && of("PodMonitor").length > 0, `${overlay}: monitoring (PodMonitors and PrometheusRule) missing`);
    // every Deployment scraped by exactly one PodMonitor, on its management port when it has one
    for (const d of deployments) {
      const labels = d.spec.template.metadata.labels;
      const ports = d.spec.template.spec.containers.flatMap((c) => c.ports ?? []).map((p) => p.name);
      const monitors = of("PodMonitor").filter((m) => matches(m.spec.selector, labels));
      check(monitors.length === 1, `${where(d)} is scraped by ${monitors.length} PodMonitors, expected one`);
      const expected = ports.includes("management") ? "management" : "http";
      for (const m of monitors) {
        check(m.spec.podMetricsEndpoints.every((e) => e.port === expected && e.path === "/actuator/prometheus"),
          `${where(m)} must scrape ${d.metadata.name}'s /actuator/prometheus on its port ${expected}`);
      }
    }
  }
  // Every topic of contracts' Topics should be declared (a warning: other modules add topics).
  const topicsJava = readFileSync(join(root, "contracts/src/main/java/org/onestop/contracts/Topics.java"), "utf8");
  for (const [, topic] of topicsJava.matchAll(/"([a-z-]+\.[a-z-]+\.v\d+)"/g)) {
    if (!named("KafkaTopic", topic)) warnings.push(`${overlay}: topic ${topic} (contracts Topics) has no KafkaTopic in k8s/base/kafka/topics.yaml`);
  }
}

function checkCompose() {
  const compose = parse(readFileSync(composeFile, "utf8"));
  for (const [name, s] of Object.entries(compose.services)) {
    check(pinned(s.image), `compose: ${name} image ${s.image} is not pinned`);
    check(s.healthcheck?.test, `compose: ${name} has no health check`);
    for (const [dependency, how] of Object.entries(s.depends_on ?? {})) {
      check(how.condition === "service_healthy", `compose: ${name} must wait for ${dependency} to be healthy`);
    }
  }
  for (const name of SERVICES) {
    const s = compose.services[name];
    check(s, `compose: service ${name} missing`);
    if (!s) continue;
    const env = s.environment ?? {};
    check(env.SERVER_PORT, `compose: ${name} has no SERVER_PORT`);
    // the website checks no tokens itself: the APIs behind the gateway do
    check(name === WEB || env.SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI, `compose: ${name} has no jwk-set-uri`);
    if (DATABASES[name]) {
      check(env.SPRING_DATASOURCE_URL?.endsWith(`/onestop_${DATABASES[name].replace("-", "_")}`), `compose: ${name} must use its own database`);
      check(env.SPRING_KAFKA_BOOTSTRAP_SERVERS, `compose: ${name} has no Kafka bootstrap servers`);
      check(s.depends_on?.postgres && s.depends_on?.kafka, `compose: ${name} must start after postgres and kafka`);
    } else {
      check(!Object.keys(env).some((k) => k.startsWith("SPRING_DATASOURCE_")), `compose: ${name} has no database: no datasource settings`);
    }
  }
  const webService = compose.services[WEB];
  if (webService) {
    const env = webService.environment ?? {};
    check(String(env.SERVER_PORT) === "8085", `compose: web must listen on 8085`);
    check(String(env.MANAGEMENT_SERVER_PORT) === "8090", `compose: web's actuator must be on its own port 8090`);
    check(env.ONESTOP_WEB_GATEWAY_URL === "http://gateway:8080", `compose: web's ONESTOP_WEB_GATEWAY_URL must be http://gateway:8080`);
    check(compose.services.gateway?.environment?.ONESTOP_SERVICES_WEB === "http://web:8085", `compose: the gateway's ONESTOP_SERVICES_WEB must be http://web:8085`);
    check(!webService.depends_on?.postgres && !webService.depends_on?.kafka, `compose: web uses neither PostgreSQL nor Kafka: it must not wait for them`);
  }
  const published = Object.entries(compose.services).filter(([, s]) => s.ports?.length).map(([n]) => n).sort();
  check(isDeepStrictEqual(published, ["gateway", "grafana", "prometheus"]), `compose: only gateway, prometheus and grafana may publish ports, not ${published}`);
  const prometheus = parse(readFileSync(join(root, "deploy/prometheus/prometheus.yml"), "utf8"));
  const scraped = prometheus.scrape_configs.flatMap((c) => c.static_configs.flatMap((s) => s.targets));
  for (const name of SERVICES) {
    const env = compose.services[name]?.environment ?? {};
    const port = env.MANAGEMENT_SERVER_PORT ?? env.SERVER_PORT;
    check(scraped.includes(`${name}:${port}`), `prometheus.yml does not scrape ${name} on its actuator port ${port}`);
  }
}

function checkAlertsAndDashboards() {
  const alerts = parse(readFileSync(join(root, "deploy/prometheus/alerts.yml"), "utf8"));
  const rule = parse(readFileSync(join(root, "k8s/components/monitoring/prometheus-rule.yaml"), "utf8"));
  check(isDeepStrictEqual(alerts.groups, rule.spec.groups),
    "k8s/components/monitoring/prometheus-rule.yaml differs from deploy/prometheus/alerts.yml: keep them identical");
  const dashboardsDir = join(root, "deploy/grafana/dashboards");
  const records = [];
  for (const file of readdirSync(dashboardsDir).filter((f) => f.endsWith(".json"))) {
    const dashboard = JSON.parse(readFileSync(join(dashboardsDir, file), "utf8"));
    check(dashboard.uid && dashboard.title && dashboard.panels.length > 0, `${file}: a dashboard needs a uid, a title and panels`);
    for (const panel of dashboard.panels) {
      for (const target of panel.targets ?? []) {
        const expr = target.expr.replaceAll("$__rate_interval", "5m").replace(/\$\w+/g, ".*");
        records.push({ record: `dashboard:${file.replace(/\W/g, "_")}:${panel.id}${target.refId}`, expr });
      }
    }
  }
  writeFileSync(process.env.DASHBOARD_RULES ?? "/tmp/onestop-dashboard-queries.yml", JSON.stringify({ groups: [{ name: "dashboard-queries", rules: records }] }));
  checks += records.length;
}

const overlays = {};
for (const arg of overlayArgs) {
  const [overlay, file] = arg.split("=");
  overlays[overlay] = parseAllDocuments(readFileSync(file, "utf8")).map((d) => d.toJS()).filter(Boolean);
}
for (const [overlay, objects] of Object.entries(overlays)) {
  await checkOverlay(overlay, objects);
}
checkCompose();
checkAlertsAndDashboards();
for (const w of [...new Set(warnings)]) console.log(`warning: ${w}`);
for (const p of problems) console.log(`FAILED: ${p}`);
console.log(`deployment checks: ${checks - problems.length} passed, ${problems.length} failed`);
process.exit(problems.length ? 1 : 0);
